-- Dual control of energy (能耗双控, Part 9 §4.2.3): targets of total consumption (总量) and intensity
-- (强度) for the province, its cities and counties and the key units, allocated downwards and kept
-- in revisions; the policy rules that take energy out of the total counted against a target; the
-- warning and assessment settings; the assessment's scoring sheet, the measures officials enter
-- for a unit, and the frozen results of each assessment run. docs/conservation.md.

-- One row per revision of a holder's target. A change adds a revision (a draft); issuing a draft
-- marks the revision issued before it as replaced. Rows are never rewritten but for that status.
-- holder_code: a region code (level province, city, county) or a unit's credit code (level unit).
-- total: tce per year (annual) or over the plan (five-year); intensity: tce per 10,000 yuan of
-- value added (工业增加值). year: the annual target's year, or the five-year plan's last year.
create table conservation_target (
    id            bigserial     primary key,
    level         varchar(8)    not null check (level in ('province', 'city', 'county', 'unit')),
    holder_code   varchar(18)   not null,
    kind          varchar(9)    not null check (kind in ('total', 'intensity')),
    term          varchar(9)    not null check (term in ('annual', 'five-year')),
    year          integer       not null check (year between 2000 and 2100),
    base_year     integer       not null check (base_year between 2000 and 2100),
    base_value    numeric       not null check (base_value > 0),
    target_value  numeric       not null check (target_value > 0),
    allocated_by  varchar(6),
    revision      integer       not null check (revision >= 1),
    status        varchar(8)    not null check (status in ('draft', 'issued', 'replaced')),
    recorded_by   varchar(128)  not null,
    recorded_at   timestamptz   not null default now(),
    issued_by     varchar(128),
    issued_at     timestamptz,
    note          varchar(500),
    unique (level, holder_code, kind, term, year, revision)
);
create index conservation_target_year_idx on conservation_target (year, level, kind, status);

-- Energy left out of the total counted against a target, by policy, from valid_from on. Dictionary 8
-- has no renewable energy type, and the usage codes that would mark raw-material use are not
-- published (db/reference/usage_codes.csv), so the province names the energy types of each rule;
-- an empty list excludes nothing.
create table conservation_policy (
    id            bigserial     primary key,
    rule          varchar(24)   not null check (rule in ('raw-material', 'new-renewable')),
    applies       boolean       not null,
    energy_types  varchar(200)  not null default '',
    valid_from    date          not null,
    source        varchar(300)  not null,
    recorded_at   timestamptz   not null default now(),
    unique (rule, valid_from)
);
insert into conservation_policy (rule, applies, energy_types, valid_from, source) values
 ('raw-material', true, '', date '2022-01-01',
  '原料用能不纳入能源消费总量控制: 中央经济工作会议 2021-12-10 (“新增可再生能源和原料用能不纳入能源消费总量控制”); 国务院《“十四五”节能减排综合工作方案》. Energy types: none named yet [M]'),
 ('new-renewable', true, '', date '2022-01-01',
  '新增可再生能源消费不纳入能源消费总量控制: 国家发展改革委 国家统计局 国家能源局《关于进一步做好新增可再生能源消费不纳入能源消费总量控制有关工作的通知》2022-11-16 (风电、太阳能发电、水电、生物质发电、地热能发电; 2020 年为基数). Energy types: none in dictionary 8 [M]');

-- The assessment's scoring sheet for measures (措施得分), entered by officials per unit and year.
create table assessment_sheet_item (
    code        varchar(8)    primary key,
    name        varchar(128)  not null,
    max_points  numeric(5,1)  not null check (max_points > 0),
    ord         smallint      not null
);
insert into assessment_sheet_item (code, name, max_points, ord) values
 ('M1', '节能目标责任制与考核体系', 8, 1),
 ('M2', '能源管理岗位与能源管理负责人', 6, 2),
 ('M3', '能源计量器具配备与在线监测数据质量', 8, 3),
 ('M4', '节能技术改造与淘汰落后', 10, 4),
 ('M5', '能源审计、能效对标与节能诊断', 8, 5);

create table assessment_measure (
    unit_id     bigint        not null references key_unit (id) on delete cascade,
    year        integer       not null,
    item_code   varchar(8)    not null references assessment_sheet_item (code),
    points      numeric(5,1)  not null check (points >= 0),
    entered_by  varchar(128)  not null,
    entered_at  timestamptz   not null default now(),
    primary key (unit_id, year, item_code)
);

-- An assessment run of a year: a version of the results, frozen when the run finishes. A re-run
-- is a new version; no result of an earlier version is ever changed.
create table assessment_run (
    id            bigserial    primary key,
    year          integer      not null,
    version       integer      not null,
    instance_id   bigint       not null unique,
    started_at    timestamptz  not null default now(),
    finished_at   timestamptz,
    units         integer,
    regions       integer,
    unique (year, version)
);

create table assessment_result (
    run_id             bigint        not null references assessment_run (id),
    level              varchar(8)    not null,
    holder_code        varchar(18)   not null,
    holder_name        varchar(128)  not null,
    region_code        varchar(6)    not null,
    kind               varchar(9)    not null,
    target_value       numeric       not null,
    base_value         numeric       not null,
    actual_value       numeric,
    completion         numeric,
    completion_points  numeric(5,1)  not null,
    measures_points    numeric(5,1)  not null,
    score              numeric(5,1)  not null,
    grade              varchar(16)   not null,
    primary key (run_id, level, holder_code, kind)
);

create function assessment_result_frozen() returns trigger language plpgsql as $$
begin
  if exists (select 1 from assessment_run where id = old.run_id and finished_at is not null) then
    raise exception 'assessment run % is frozen', old.run_id using errcode = '55000';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger assessment_result_frozen before update or delete on assessment_result
  for each row execute function assessment_result_frozen();

insert into platform_setting (key, value, description) values
 ('conservation.warning.red-ratio', '1.05',
  'First-level warning (红色) when the year-end forecast exceeds the target by this ratio or more (forecast ÷ target ≥ value).'),
 ('conservation.warning.yellow-ratio', '1.00',
  'Second-level warning (黄色) when forecast ÷ target is above this value (and below the red ratio); at or below it third-level (绿色).'),
 ('conservation.warning.red-intensity-change', '0',
  'First-level warning (红色) of an intensity target when the intensity to date rose above its base value by more than this share (0: any rise).'),
 ('conservation.forecast.profile-years', '3',
  'How many complete past years the seasonal profile of the forecast averages (fewer if fewer are kept; none: calendar days).'),
 ('conservation.forecast.interval', '0.15,0.09,0.06,0.05,0.04,0.035,0.03,0.025,0.02,0.02,0.005,0',
  'Half-width of the forecast interval as a share of the forecast, by months of the year covered (1 … 12): the 90th percentile of the back-test''s errors, rounded up (docs/conservation.md).'),
 ('conservation.assessment.completion-points', '60',
  'Points of the scoring sheet for target completion (full points when the target is met, in proportion below).'),
 ('conservation.assessment.grades', '95,80,60',
  'Least scores of 超额完成, 完成 and 基本完成 for a holder that met its target; a holder that missed it is 未完成 whatever its score.');
