-- Metrology (Part 9 §4.2.3 计量管理, §4.3.3 计量器具管理): the enterprise meter registry extends the
-- meter table of V1 with what GB 17167 and the registry form ask for; every version of a meter is
-- kept in meter_history; meter_feed says which collect items a meter feeds; meter_exchange records
-- the final reading of a replaced meter and the first of its successor. The GB 17167 rules are
-- reference data (V28).

alter table meter
    add column maker                   varchar(128),
    add column model                   varchar(64),
    add column measuring_range         varchar(64),
    add column calibration_months      smallint     check (calibration_months between 1 and 120),
    add column calibration_institution varchar(128),
    add column certificate_no          varchar(64),
    add column counter_capacity        numeric(20,6) check (counter_capacity > 0),
    add column version                 integer      not null default 1,
    add column updated_at              timestamptz  not null default now(),
    add column updated_by              varchar(128) not null default 'platform';

-- the period of the meters stored so far: the months between the two dates they carry
update meter
   set calibration_months = (extract(year from age(calibration_due, calibrated_on)) * 12
                             + extract(month from age(calibration_due, calibrated_on)))::smallint
 where calibrated_on is not null and calibration_due > calibrated_on;

alter table meter add constraint meter_status_check
    check (status in ('in-service', 'spare', 'retired'));
create index meter_unit_idx on meter (unit_id);
create index meter_due_idx on meter (calibration_due) where status = 'in-service';

-- every version of every meter, as it was stored (the row without its id, as JSON)
create table meter_history (
    id          bigserial    primary key,
    meter_id    bigint       not null references meter (id) on delete cascade,
    version     integer      not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(128) not null,
    change      varchar(16)  not null check (change in ('create', 'update', 'import', 'exchange')),
    snapshot    jsonb        not null,
    unique (meter_id, version)
);

-- the collect items a meter feeds
create table meter_feed (
    meter_id         bigint not null references meter (id) on delete cascade,
    collect_item_id  bigint not null references collect_item (id) on delete cascade,
    primary key (meter_id, collect_item_id)
);
create index meter_feed_item_idx on meter_feed (collect_item_id);

-- a meter replaced by another: the old one's final reading, the new one's first
create table meter_exchange (
    id                 bigserial     primary key,
    unit_id            bigint        not null references key_unit (id) on delete cascade,
    old_meter_id       bigint        not null references meter (id) on delete cascade,
    new_meter_id       bigint        not null references meter (id) on delete cascade,
    exchanged_at       timestamptz   not null,
    old_final_reading  numeric(20,6) not null check (old_final_reading >= 0),
    new_first_reading  numeric(20,6) not null check (new_first_reading >= 0),
    recorded_at        timestamptz   not null,
    recorded_by        varchar(128)  not null,
    check (old_meter_id <> new_meter_id)
);
create index meter_exchange_unit_idx on meter_exchange (unit_id, exchanged_at);

-- GB 17167 rules, loaded by V28 from db/reference/gb17167_*.csv
-- the standard's energy categories (表1) and the platform's energy types in each
create table gb17167_category (
    code     varchar(24)  primary key,
    name     varchar(32)  not null,
    source   varchar(128) not null
);
create table gb17167_energy_type (
    energy_type_code varchar(4)  primary key references energy_type (code),
    category_code    varchar(24) references gb17167_category (code),
    note             varchar(128)
);
-- 表1: the required configuration rate (配备率, %) per category and level
create table gb17167_configuration_rate (
    category_code  varchar(24)  not null references gb17167_category (code),
    meter_level    smallint     not null check (meter_level between 1 and 3),
    required_rate  numeric(5,2) not null check (required_rate between 0 and 100),
    source         varchar(128) not null,
    primary key (category_code, meter_level)
);
-- 表3: the required accuracy class per meter kind (meter_types.energyKind), category and level
create table gb17167_accuracy (
    meter_kind      varchar(16)  not null,
    category_code   varchar(24)  not null references gb17167_category (code),
    meter_level     smallint     not null check (meter_level between 1 and 3),
    required_class  varchar(8)   not null,
    source          varchar(128) not null,
    primary key (meter_kind, category_code, meter_level)
);

insert into platform_setting (key, value, description) values
 ('metrology.due-window-days', '30',
  'A meter in service whose calibration (检定/校准) falls due within this many days is listed as due soon (the pages, the API, the summary); after its due day it has expired.'),
 ('metrology.reminder-hour', '7',
  'The hour (Beijing time, 0-23) at which the daily calibration job raises a notice (calibration-expired) for each meter in service whose calibration has expired and closes those of meters calibrated again.');
