-- Energy-efficiency analysis (docs/efficiency.md): the policy levels of the national list of key
-- industrial areas, versioned by edition; the indicators of every unit and period and the peer
-- distributions, computed from the rollups whenever a period's rollups change (EfficiencyRefresh),
-- so that a request reads precomputed rows.

-- 能效标杆水平 / 基准水平 per limit standard (its indicator and unit), one row per edition of the
-- list; a level that no source gave is null and the source says so (db/reference/policy_levels.csv).
create table efficiency_policy_level (
    edition         varchar(16)   not null,
    limit_standard  varchar(64)   not null references limit_standard (product_code),
    benchmark       numeric(12,3),
    baseline        numeric(12,3),
    deadline        date,
    document        varchar(128)  not null,
    source          varchar(512)  not null,
    primary key (edition, limit_standard)
);

-- One indicator of a unit in a month, quarter or year.
--   indicator   a limit standard's code (unit-product consumption graded by it), product:<item>
--               (a product without a standard), intensity-output / intensity-value-added (tce per
--               万元), reported:<item> (a class-08 efficiency indicator as reported)
--   peer_group  the distribution it is ranked in: the indicator itself for products (the same
--               product), indicator:<GB/T 4754 class> for intensities; null: not ranked
--   complete    whether the unit passed the data-quality rule in every assessed month of the period
--   percentile  among the complete units of its peer group (null: incomplete, or alone)
create table efficiency_unit_indicator (
    unit_id        bigint       not null references key_unit (id) on delete cascade,
    period_type    char(1)      not null check (period_type in ('M', 'Q', 'Y')),
    period_start   date         not null,
    indicator      varchar(64)  not null,
    kind           varchar(12)  not null check (kind in ('product', 'intensity', 'reported')),
    item_code      varchar(4),
    peer_group     varchar(80),
    value          numeric      not null,
    output         numeric,
    grade          varchar(12),
    policy_level   varchar(16),
    saving_tce     numeric,
    complete       boolean      not null,
    percentile     numeric(5,2),
    peers          integer,
    primary key (unit_id, period_type, period_start, indicator)
);
create index efficiency_unit_indicator_group_idx
    on efficiency_unit_indicator (period_type, period_start, peer_group);

-- The distribution of a peer group among its complete units; excluded: units of the group left
-- out because their data failed the quality rule.
create table efficiency_distribution (
    period_type   char(1)     not null,
    period_start  date        not null,
    peer_group    varchar(80) not null,
    indicator     varchar(64) not null,
    peers         integer     not null,
    excluded      integer     not null,
    best          numeric,
    q1            numeric,
    median        numeric,
    q3            numeric,
    worst         numeric,
    primary key (period_type, period_start, peer_group)
);

-- What each period's rows were computed from: the rollup rows and their latest change, the latest
-- quality assessment of its months, the convention; a period whose sources differ is computed again.
create table efficiency_period (
    period_type    char(1)      not null,
    period_start   date         not null,
    source_rows    bigint       not null,
    source_at      timestamptz,
    quality_at     timestamptz,
    convention     varchar(16)  not null,
    units          integer      not null,
    refreshed_at   timestamptz  not null,
    primary key (period_type, period_start)
);

insert into platform_setting (key, value, description) values
 ('efficiency.refresh-interval-s', '60',
  'Seconds between two looks of the efficiency refresh for periods whose rollups or data quality changed (0 turns it off).'),
 ('efficiency.months-kept', '25',
  'How many months back (from the current one) the efficiency indicators are kept current: 13 for the trend and 12 more for its year-on-year change.'),
 ('efficiency.min-peers-shown', '5',
  'An enterprise user sees the values of a peer distribution (best, quartiles, median) only when it holds at least this many units; its own percentile and the count always.'),
 ('efficiency.policy-edition', '2023',
  'The edition of the national list of energy-efficiency benchmark and baseline levels (efficiency_policy_level) units are placed against.');
