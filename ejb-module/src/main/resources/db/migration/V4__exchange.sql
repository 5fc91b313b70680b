-- Data exchange: devices of registered units, stored values' history, the upload log and the
-- front-end processor's settings.

-- One end device per unit. Its SM4 key is sealed under the platform's master key (never stored
-- in clear). A key rotation replaces the key at once and lets the unit register once more.
create table device (
    device_id        varchar(32)  primary key,
    unit_id          bigint       not null unique references key_unit (id) on delete cascade,
    sealed_key       varchar(128) not null,
    key_version      integer      not null default 1,
    upload_time      varchar(8)   not null,
    origin           varchar(8)   not null check (origin in ('register', 'import')),
    reissue_pending  boolean      not null default false,
    registered_at    timestamptz  not null default now(),
    key_rotated_at   timestamptz
);

-- Grows when a unit's registered information or collect-item configuration changes (regVersion).
alter table key_unit add column config_version integer not null default 1;

-- Who sent a stored value, in which upload, when the front-end processor accepted it, and whether
-- it lay outside the item's configured range (stored, flagged).
alter table reading
    add column out_of_range boolean     not null default false,
    add column source       varchar(16) not null default 'device',
    add column upload_id    varchar(64);

-- A value that a re-send (补传) replaced, with the time it had arrived and its source.
create table reading_revision (
    id             bigserial     primary key,
    unit_id        bigint        not null references key_unit (id) on delete cascade,
    data_code      varchar(20)   not null,
    stat_type      smallint      not null,
    stat_date      timestamptz   not null,
    value          numeric(20,6) not null,
    input_type     smallint      not null,
    valid          smallint      not null,
    source         varchar(16)   not null,
    upload_id      varchar(64),
    received_at    timestamptz   not null,
    superseded_by  varchar(64),
    superseded_at  timestamptz   not null default now()
);
create index reading_revision_key_idx on reading_revision (unit_id, data_code, stat_type, stat_date);

-- Every request's outcome at the front-end processor, accepted or refused.
create table upload_log (
    id           bigserial    primary key,
    received_at  timestamptz  not null,
    operation    varchar(24)  not null,
    device_id    varchar(64),
    credit_code  varchar(32),
    unit_id      bigint       references key_unit (id) on delete set null,
    accepted     boolean      not null,
    items        integer      not null default 0,
    flagged      integer      not null default 0,
    reason       varchar(500),
    upload_id    varchar(64),
    remote_addr  varchar(64)
);
create index upload_log_time_idx on upload_log (received_at desc);
create index upload_log_unit_idx on upload_log (unit_id, received_at desc);

insert into platform_setting (key, value, description) values
 ('exchange.max-items', '5000', 'Most data items one uploadEnergyData request may carry.'),
 ('exchange.max-body-bytes', '4194304', 'Largest request body the front-end processor reads, in bytes.'),
 ('exchange.future-tolerance-minutes', '10',
  'How far past the current time the end of an uploaded period may lie (end-device clocks drift).'),
 ('exchange.realtime-minutes', '15',
  'Granularity of real-time (statType 0) values; 30 or 60 relax it as the protocol allows.'),
 ('exchange.upload-window', '00:30-05:30',
  'The window in which units are given their daily upload slot (uploadTime), Beijing time.'),
 ('exchange.valid-flag-meaning', '1=有效;0=可疑',
  'What the protocol field valid means in this province (sources disagree); shown with stored values.');
