-- The regional evaluation of efficiency (docs/efficiency.md, "Regional evaluation"): the score's
-- weights and scale, and the rules that put a region or a unit on the watch-list.
insert into platform_setting (key, value, description) values
 ('efficiency.score.weights', '40,20,20,20',
  'Weights of the regional score, in order: change of intensity (tce per 万元 of value added) against a year before; share of graded indicators at or better than the advanced value; share not past the limit value; share of units with complete data.'),
 ('efficiency.score.intensity-span', '0.10',
  'The change of intensity that scores 0 (a rise of this much or more) or full marks (a fall of this much or more); no change scores half.'),
 ('efficiency.watch.rising-quarters', '2',
  'A region goes on the watch-list when its intensity rose against the quarter before in this many quarters in a row, up to the period''s quarter (0 turns the rule off).'),
 ('efficiency.watch.over-limit-units', '1',
  'A region goes on the watch-list when at least this many of its units have an indicator past the limit value (grade over-limit) in the period; each such unit is listed (0 turns the rule off).');

-- Efficiency leaders (能效领跑者): for a year and a limit standard's indicator, the units with
-- complete data and the lowest unit-product consumption. A list is prepared as a draft (its entries
-- drawn from the year's indicators), reviewed and published by officials; each preparation is a new
-- version, and every step records who and when (and an audit record).
create table efficiency_leader_list (
    id            bigserial    primary key,
    indicator     varchar(64)  not null references limit_standard (product_code),
    year          integer      not null,
    version       integer      not null,
    state         varchar(10)  not null check (state in ('draft', 'reviewed', 'published')),
    prepared_by   varchar(64)  not null,
    prepared_at   timestamptz  not null,
    reviewed_by   varchar(64),
    reviewed_at   timestamptz,
    published_by  varchar(64),
    published_at  timestamptz,
    unique (indicator, year, version)
);

-- A list's units as they stood when it was prepared (name and value kept with the list).
create table efficiency_leader_entry (
    list_id      bigint       not null references efficiency_leader_list (id) on delete cascade,
    rank         integer      not null,
    unit_id      bigint       references key_unit (id) on delete set null,
    credit_code  varchar(18)  not null,
    unit_name    varchar(128) not null,
    region_code  varchar(6)   not null,
    value        numeric      not null,
    grade        varchar(12),
    primary key (list_id, rank)
);

insert into platform_setting (key, value, description) values
 ('efficiency.leaders.size', '10',
  'How many units an efficiency leader list holds at most: the lowest unit-product consumption among the units with complete data of the year.');
