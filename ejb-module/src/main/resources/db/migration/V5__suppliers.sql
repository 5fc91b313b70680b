-- Energy suppliers (power, gas, heat; protocol inputType 6 能源供应单位) and the per-customer supply
-- figures they send, reconciled against what the units report as purchased.

-- A supplier account in Keycloak carries the supplier's credit code (claim supplier_code).
create table energy_supplier (
    id                 bigserial    primary key,
    credit_code        varchar(18)  not null unique,
    name               varchar(128) not null,
    -- the energy types (dictionary 8) it supplies, comma-separated: 3300 power, 1500 gas, 3200 heat
    energy_type_codes  varchar(64)  not null
);

-- One supplier's figure for one customer unit, energy type and day (1) or month (2). A re-send of
-- the same key replaces the amount.
create table supply_figure (
    supplier_id       bigint        not null references energy_supplier (id),
    unit_id           bigint        not null references key_unit (id) on delete cascade,
    energy_type_code  varchar(4)    not null references energy_type (code),
    stat_type         smallint      not null check (stat_type in (1, 2)),
    stat_date         timestamptz   not null,
    amount            numeric(20,6) not null check (amount >= 0),
    received_at       timestamptz   not null,
    upload_id         varchar(64),
    primary key (supplier_id, unit_id, energy_type_code, stat_type, stat_date)
);
create index supply_figure_period_idx on supply_figure (energy_type_code, stat_date);

-- The demo suppliers; their credit codes are the supplier_code of the realm's demo accounts.
insert into energy_supplier (credit_code, name, energy_type_codes) values
 ('91130000100000016M', '国网河北省电力有限公司', '3300'),
 ('91130000100000024G', '河北省天然气有限责任公司', '1500');

insert into platform_setting (key, value, description) values
 ('exchange.reconciliation-tolerance', '0.05',
  'Largest |reported − supplied| ÷ supplied that reconciliation accepts before it flags a unit.');
