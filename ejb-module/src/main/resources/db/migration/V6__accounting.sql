-- Energy accounting (GB/T 2589): rollups by unit, region and industry for day, month, quarter and
-- year; the electricity convention; products with limit standards; data quality and its alarms;
-- period closing. Dictionary version 2 (products, economic indicators, two usage codes) is loaded
-- by V7 from db/reference.

-- ---------------------------------------------------------------- dictionaries and settings
alter table energy_type add column mix_group varchar(16);

create table energy_mix_group (
    code  varchar(16) primary key,
    name  varchar(32) not null,
    ord   smallint    not null
);

-- 等价值: the year's average coal consumption of thermal power supply, kgce per kWh. A year without
-- a row uses the latest earlier year's figure.
create table electricity_equal_value (
    year          integer       primary key,
    kgce_per_kwh  numeric(12,6) not null check (kgce_per_kwh > 0),
    source        varchar(200)  not null,
    recorded_at   timestamptz   not null default now()
);
insert into electricity_equal_value (year, kgce_per_kwh, source) values
 (2025, 0.300000, 'default [M] (≈0.30–0.31 kgce/kWh): replace by the published figure of the year'),
 (2026, 0.300000, 'default [M] (≈0.30–0.31 kgce/kWh): replace by the published figure of the year');

-- Which product (dictionary 10) a limit standard grades, on which basis, in which numerator unit.
alter table limit_standard
    add column product_item_code varchar(4),
    add column basis             varchar(16),
    add column numerator_unit    varchar(8);

-- Who recorded a coefficient revision and why (energy_coefficient rows are never rewritten).
alter table energy_coefficient add column recorded_at timestamptz not null default now();

insert into platform_setting (key, value, description) values
 ('accounting.energy-classes', '01,02',
  'energyClassCode values whose whole-plant items are energy in comprehensive consumption (01 一次能源, 02 二次能源).'),
 ('accounting.sent-out-usage-codes', '30',
  'dataUsageCode values of energy sent out of the unit''s boundary (输出/外供), subtracted from comprehensive consumption.'),
 ('accounting.electricity-convention', 'equivalent',
  'How electricity is converted in pages and reports: equivalent (当量值, coefficient table) or equal-value (等价值, table electricity_equal_value by year).'),
 ('accounting.electricity-energy-type', '3300', 'The energy type code of electricity (dictionary 8).'),
 ('accounting.raw-coal-types', '0100,0102,0103,0104,0105', 'Energy types counted as raw coal (原煤) in physical statistics.'),
 ('accounting.natural-gas-types', '1500', 'Energy types counted as natural gas (天然气) in physical statistics.'),
 ('accounting.economic-output-value', '0001', 'Dictionary 12 code of 工业总产值 (万元).'),
 ('accounting.economic-value-added', '0002', 'Dictionary 12 code of 工业增加值 (万元).'),
 ('statistics.rollup-batch', '5000', 'Most changed readings one rollup cycle takes up (newest periods first); smaller keeps cycles short under a backlog.'),
 ('statistics.day-close-time', '06:00', 'Beijing time at which the statistics job closes the previous day.'),
 ('statistics.month-close-day', '5', 'Day of the month on which the statistics job closes the previous month.'),
 ('quality.min-completeness', '0.90', 'Least share of expected values received (received ÷ expected from the collect-item configuration).'),
 ('quality.daily-monthly-tolerance', '0.05', 'Largest |Σ daily − monthly| ÷ monthly of one item.'),
 ('quality.min-timeliness', '0.90', 'Least share of values received by their deadline.'),
 ('quality.daily-deadline-hours', '24', 'Hours after the end of its day (or 15-minute slot''s day) by which a value is on time.'),
 ('quality.monthly-deadline-days', '5', 'Days after the end of its month by which a monthly value is on time.'),
 ('quality.max-gap-days', '3', 'Longest run of days without an expected daily value before an alarm (a broken link must be repaired within 3 working days).');

-- The day an item began to be collected (its metering went live): the quality index expects its
-- values from then on. Null: before any period the platform keeps.
alter table collect_item add column collecting_since date;

-- Every dataCode a unit was ever configured with: accounting finds the unit's readings through it,
-- so removing an item from the configuration never changes the figures of past periods.
create table unit_data_code (
    unit_id    bigint      not null references key_unit (id) on delete cascade,
    data_code  varchar(20) not null,
    stat_type  smallint    not null,
    primary key (unit_id, data_code, stat_type)
);
insert into unit_data_code (unit_id, data_code, stat_type)
select unit_id, data_code, stat_type from collect_item on conflict do nothing;

create function remember_data_code() returns trigger language plpgsql as $$
begin
  insert into unit_data_code (unit_id, data_code, stat_type)
  values (new.unit_id, new.data_code, new.stat_type) on conflict do nothing;
  return new;
end $$;
create trigger collect_item_remembered after insert on collect_item
  for each row execute function remember_data_code();

-- ---------------------------------------------------------------- rollups
-- Readings whose periods' figures must be recomputed; written in the transaction that stores them.
-- No key but the id, so that marking never waits for the rollups taking marks off the list.
create table rollup_dirty (
    id         bigserial   primary key,
    unit_id    bigint      not null,
    stat_type  smallint    not null,
    stat_date  timestamptz not null,
    marked_at  timestamptz not null default now()
);

-- Per unit, period and energy type. period_start is the first day of the period (Asia/Shanghai).
-- tce = (consumed − sent_out) × kgce_per_unit ÷ 1000; *_equal under the equal-value convention
-- (differs for electricity only). kgce_per_unit is the coefficient in force on period_start (for
-- quarters and years the effective one, tce × 1000 ÷ net); null when the type has none.
create table unit_period_energy (
    unit_id              bigint      not null references key_unit (id) on delete cascade,
    period_type          char(1)     not null check (period_type in ('D', 'M', 'Q', 'Y')),
    period_start         date        not null,
    energy_type_code     varchar(4)  not null,
    consumed             numeric     not null,
    sent_out             numeric     not null,
    kgce_per_unit        numeric,
    tce                  numeric     not null,
    consumed_tce         numeric     not null,
    equal_kgce_per_unit  numeric,
    tce_equal            numeric     not null,
    consumed_tce_equal   numeric     not null,
    basis                varchar(10) not null,
    computed_at          timestamptz not null default now(),
    primary key (unit_id, period_type, period_start, energy_type_code)
);
create index unit_period_energy_period_idx on unit_period_energy (period_type, period_start);

-- Products (class 04) and economic indicators (class 09) per unit and period.
create table unit_period_indicator (
    unit_id       bigint      not null references key_unit (id) on delete cascade,
    period_type   char(1)     not null,
    period_start  date        not null,
    class_code    varchar(2)  not null,
    item_code     varchar(4)  not null,
    amount        numeric     not null,
    computed_at   timestamptz not null default now(),
    primary key (unit_id, period_type, period_start, class_code, item_code)
);
create index unit_period_indicator_period_idx on unit_period_indicator (period_type, period_start);

-- Every region and industry with itself and each one above it: group figures are summed from the
-- figures of the units' own region or industry (a few hundred rows) up this tree.
create view group_ancestor as
  select 'R'::char(1) as dim, r.code as code, r.code as ancestor from region r
  union all
  select 'R', r.code, r.parent_code from region r where r.parent_code is not null
  union all
  select 'R', r.code, p.parent_code
    from region r join region p on p.code = r.parent_code where p.parent_code is not null
  union all
  select 'I', i.code, i.code from industry i
  union all
  select 'I', i.code, i.parent_code from industry i where i.parent_code is not null
  union all
  select 'I', i.code, p.parent_code
    from industry i join industry p on p.code = i.parent_code where p.parent_code is not null
  union all
  select 'I', i.code, g.parent_code
    from industry i join industry p on p.code = i.parent_code join industry g on g.code = p.parent_code
   where g.parent_code is not null;

-- Each unit's regions (its own, and every one above it) and industries (every GB/T 4754 level).
create view unit_group as
  select u.id as unit_id, a.dim, a.ancestor as code
    from key_unit u join group_ancestor a on a.dim = 'R' and a.code = u.region_code
  union all
  select u.id, a.dim, a.ancestor
    from key_unit u join group_ancestor a on a.dim = 'I' and a.code = u.industry_code;

-- The view kept as a table, so that the rollups join an indexed list; a unit's rows follow its
-- region and industry (a unit that moves takes its past figures along at the next statistics job).
create table unit_membership (
    dim      char(1)    not null,
    code     varchar(6) not null,
    unit_id  bigint     not null references key_unit (id) on delete cascade,
    primary key (dim, code, unit_id)
);
create index unit_membership_unit_idx on unit_membership (unit_id);
insert into unit_membership (dim, code, unit_id) select dim, code, unit_id from unit_group;

create function refresh_unit_membership() returns trigger language plpgsql as $$
begin
  delete from unit_membership where unit_id = new.id;
  insert into unit_membership (dim, code, unit_id)
  select dim, code, unit_id from unit_group where unit_id = new.id;
  return new;
end $$;
create trigger key_unit_membership after insert or update of region_code, industry_code
  on key_unit for each row execute function refresh_unit_membership();

-- Per region ('R') or industry ('I') of any level: sums over the units below it.
create table group_period_energy (
    dim                 char(1)    not null check (dim in ('R', 'I')),
    code                varchar(6) not null,
    period_type         char(1)    not null,
    period_start        date       not null,
    energy_type_code    varchar(4) not null,
    consumed            numeric    not null,
    sent_out            numeric    not null,
    tce                 numeric    not null,
    consumed_tce        numeric    not null,
    tce_equal           numeric    not null,
    consumed_tce_equal  numeric    not null,
    units               integer    not null,
    primary key (dim, code, period_type, period_start, energy_type_code)
);
create index group_period_energy_period_idx on group_period_energy (period_type, period_start, dim);

-- Comprehensive consumption and the number of units with figures, per group and period.
create table group_period_total (
    dim            char(1)     not null,
    code           varchar(6)  not null,
    period_type    char(1)     not null,
    period_start   date        not null,
    units          integer     not null,
    tce            numeric     not null,
    tce_equal      numeric     not null,
    computed_at    timestamptz not null default now(),
    primary key (dim, code, period_type, period_start)
);
create index group_period_total_period_idx on group_period_total (period_type, period_start, dim);

-- Indicator sums per group and period, with the comprehensive consumption of the units that
-- reported the indicator (an intensity divides the one by the other).
create table group_period_indicator (
    dim           char(1)    not null,
    code          varchar(6) not null,
    period_type   char(1)    not null,
    period_start  date       not null,
    class_code    varchar(2) not null,
    item_code     varchar(4) not null,
    amount        numeric    not null,
    tce           numeric    not null,
    tce_equal     numeric    not null,
    units         integer    not null,
    primary key (dim, code, period_type, period_start, class_code, item_code)
);

-- Recomputations of history after a bulk load (the demo province): when they ran.
create table rollup_backfill (
    id           bigserial   primary key,
    units        integer     not null,
    from_month   date        not null,
    to_month     date        not null,
    started_at   timestamptz not null default now(),
    finished_at  timestamptz
);

-- ---------------------------------------------------------------- closing and data quality
create table period_close (
    period_type   char(1)     not null,
    period_start  date        not null,
    closed_at     timestamptz not null,
    execution_id  bigint,
    units         integer     not null,
    tce           numeric     not null,
    revised_at    timestamptz,
    primary key (period_type, period_start)
);

-- The data-quality index of a unit for a day or a month (protocol §6 rules).
create table data_quality (
    unit_id             bigint       not null references key_unit (id) on delete cascade,
    period_type         char(1)      not null check (period_type in ('D', 'M')),
    period_start        date         not null,
    expected            integer      not null,
    received            integer      not null,
    completeness        numeric(7,4),
    on_time             integer      not null,
    timeliness          numeric(7,4),
    max_deviation       numeric(12,4),
    longest_gap_days    integer      not null,
    passed              boolean      not null,
    computed_at         timestamptz  not null default now(),
    primary key (unit_id, period_type, period_start)
);
create index data_quality_period_idx on data_quality (period_type, period_start);

create table quality_alarm (
    id            bigserial     primary key,
    unit_id       bigint        not null references key_unit (id) on delete cascade,
    period_type   char(1)       not null,
    period_start  date          not null,
    rule          varchar(24)   not null
                  check (rule in ('completeness', 'daily-vs-monthly', 'timeliness', 'gap')),
    subject       varchar(20)   not null default '',
    measured      numeric(14,4),
    threshold     numeric(14,4),
    detail        varchar(500)  not null,
    raised_at     timestamptz   not null default now(),
    status        varchar(12)   not null default 'open' check (status in ('open', 'resolved')),
    resolved_at   timestamptz,
    unique (unit_id, period_type, period_start, rule, subject)
);
create index quality_alarm_open_idx on quality_alarm (status, raised_at desc);

-- The rollups replace the monthly table of V1.
drop table unit_month_energy;
