-- Schema of the provincial platform. Instants are timestamptz (stored in UTC);
-- calendar periods (stat_date) are the start of the period in Asia/Shanghai, also as timestamptz.

-- ---------------------------------------------------------------- dictionaries
create table dictionary_version (
    version      integer primary key,
    description  varchar(200) not null,
    loaded_at    timestamptz  not null default now()
);

create table region (
    code        varchar(6)  primary key,
    name        varchar(64) not null,
    level       varchar(8)  not null check (level in ('province', 'city', 'county')),
    parent_code varchar(6)  references region (code)
);
create index region_parent_idx on region (parent_code);

create table industry (
    code        varchar(5)   primary key,
    name        varchar(128) not null,
    level       varchar(8)   not null check (level in ('section', 'division', 'group', 'class')),
    parent_code varchar(5)   references industry (code)
);
create index industry_parent_idx on industry (parent_code);

create table energy_type (
    code              varchar(4)  primary key,
    name              varchar(64) not null,
    energy_class_code varchar(2),
    unit              varchar(16) not null
);

-- Conversion coefficients are versioned: a revision adds a row, it never rewrites one.
create table energy_coefficient (
    id               bigserial     primary key,
    energy_type_code varchar(4)    not null references energy_type (code),
    kgce_per_unit    numeric(12,6) not null,
    valid_from       date          not null,
    valid_to         date,
    source           varchar(200)  not null,
    unique (energy_type_code, valid_from)
);

-- Small code lists distributed to end devices (protocol §5), keyed by the protocol's itemIndex.
create table dictionary_entry (
    dictionary_no integer      not null,
    code          varchar(16)  not null,
    name          varchar(128) not null,
    attributes    jsonb,
    primary key (dictionary_no, code)
);

create table limit_standard (
    product_code varchar(64)   primary key,
    product_name varchar(64)   not null,
    standard     varchar(32)   not null,
    indicator    varchar(64)   not null,
    unit         varchar(32)   not null,
    grade1       numeric(12,3) not null,
    grade2       numeric(12,3) not null,
    grade3       numeric(12,3) not null
);

-- ---------------------------------------------------------------- registry
create table key_unit (
    id                  bigserial    primary key,
    credit_code         varchar(18)  not null unique,
    name                varchar(128) not null,
    region_code         varchar(6)   not null references region (code),
    industry_code       varchar(5)   not null references industry (code),
    economic_type_code  varchar(3),
    unit_level          varchar(16)  not null default 'province',
    annual_tce          numeric(14,2),
    latitude            numeric(9,6),
    longitude           numeric(9,6),
    created_at          timestamptz  not null default now()
);
create index key_unit_region_idx on key_unit (region_code);
create index key_unit_industry_idx on key_unit (industry_code);

-- Plant / process / process unit / equipment (protocol scope 1..4).
create table unit_structure (
    id          bigserial    primary key,
    unit_id     bigint       not null references key_unit (id) on delete cascade,
    parent_id   bigint       references unit_structure (id) on delete cascade,
    scope       smallint     not null check (scope between 1 and 4),
    code        varchar(8)   not null,
    name        varchar(128) not null
);
create index unit_structure_unit_idx on unit_structure (unit_id);

create table collect_item (
    id                  bigserial     primary key,
    unit_id             bigint        not null references key_unit (id) on delete cascade,
    structure_id        bigint        references unit_structure (id) on delete set null,
    data_code           varchar(20)   not null,
    name                varchar(128)  not null,
    energy_class_code   varchar(2)    not null,
    energy_type_code    varchar(4)    not null,
    data_usage_code     varchar(2)    not null,
    input_type          smallint      not null,
    stat_type           smallint      not null check (stat_type between 0 and 3),
    scope               smallint      not null check (scope between 1 and 4),
    value_min           numeric(20,6),
    value_max           numeric(20,6),
    unique (unit_id, data_code, stat_type)
);

create table meter (
    id                bigserial    primary key,
    unit_id           bigint       not null references key_unit (id) on delete cascade,
    structure_id      bigint       references unit_structure (id) on delete set null,
    meter_type_code   varchar(8)   not null,
    serial_no         varchar(64)  not null,
    name              varchar(128) not null,
    meter_level       smallint     not null check (meter_level between 1 and 3),
    energy_type_code  varchar(4),
    accuracy_class    varchar(8),
    calibrated_on     date,
    calibration_due   date,
    status            varchar(16)  not null default 'in-service',
    unique (unit_id, serial_no)
);

-- ---------------------------------------------------------------- monitoring
create table reading (
    unit_id      bigint        not null references key_unit (id),
    data_code    varchar(20)   not null,
    stat_type    smallint      not null,
    stat_date    timestamptz   not null,
    value        numeric(20,6) not null,
    input_type   smallint      not null,
    valid        smallint      not null default 1,
    received_at  timestamptz   not null default now(),
    primary key (unit_id, data_code, stat_type, stat_date)
);

-- Each JMS delivery that was stored, so a redelivered message is recognised and not stored twice.
create table intake_receipt (
    message_id   varchar(64) primary key,
    unit_id      bigint      not null references key_unit (id),
    points       integer     not null,
    stored_at    timestamptz not null default now()
);

-- Per-unit monthly energy, computed from the monthly readings by the monthly rollup
-- (batch job and live path). The coefficient that converted the amount is kept with it.
create table unit_month_energy (
    unit_id           bigint        not null references key_unit (id) on delete cascade,
    month             date          not null,
    energy_type_code  varchar(4)    not null references energy_type (code),
    amount            numeric(20,6) not null,
    kgce_per_unit     numeric(12,6) not null,
    tce               numeric(20,6) not null,
    computed_at       timestamptz   not null default now(),
    primary key (unit_id, month, energy_type_code)
);
create index unit_month_energy_month_idx on unit_month_energy (month);

-- Settings that are data, not code (names are dotted keys; values are text).
create table platform_setting (
    key          varchar(64)  primary key,
    value        varchar(512) not null,
    description  varchar(256) not null
);
insert into platform_setting (key, value, description) values
 ('accounting.consumption-usage-codes', '11',
  'dataUsageCode values whose monthly whole-plant energy items count as consumption (comma-separated). 11 is the usage seen on plant-level electricity and gas items in live traffic; its published meaning is not public, so it is a setting.');
