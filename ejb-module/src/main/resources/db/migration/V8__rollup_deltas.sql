-- Live group rollups by deltas: a rollup cycle no longer recomputes every group above the changed
-- units from all units' figures of each changed period; it adds, to each group above a changed
-- unit, the difference between the unit's figures after and before the cycle. The rows below hold
-- that difference for the cycle's transaction only (old figures with sign -1, new ones with +1),
-- each with the region and industry the unit counted in; they are empty between transactions.
create unlogged table rollup_delta_energy (
    sign                smallint    not null,
    region_code         varchar(6)  not null,
    industry_code       varchar(6)  not null,
    unit_id             bigint      not null,
    period_type         char(1)     not null,
    period_start        date        not null,
    energy_type_code    varchar(4)  not null,
    consumed            numeric     not null,
    sent_out            numeric     not null,
    tce                 numeric     not null,
    consumed_tce        numeric     not null,
    tce_equal           numeric     not null,
    consumed_tce_equal  numeric     not null
);

create unlogged table rollup_delta_indicator (
    sign           smallint    not null,
    region_code    varchar(6)  not null,
    industry_code  varchar(6)  not null,
    unit_id        bigint      not null,
    period_type    char(1)     not null,
    period_start   date        not null,
    class_code     varchar(2)  not null,
    item_code      varchar(4)  not null,
    amount         numeric     not null,
    -- the unit's comprehensive consumption in the same period, taken with the indicator
    tce            numeric     not null,
    tce_equal      numeric     not null
);

-- A unit moved to another region or industry: its figures leave the groups it counted in and join
-- the new ones at the next rollup cycle. Several moves before that cycle: the first one's old codes
-- are those the groups hold.
create table rollup_moved (
    id                  bigserial   primary key,
    unit_id             bigint      not null references key_unit (id) on delete cascade,
    old_region_code     varchar(6)  not null,
    old_industry_code   varchar(6)  not null,
    moved_at            timestamptz not null default now()
);

create function note_unit_move() returns trigger language plpgsql as $$
begin
  if new.region_code is distinct from old.region_code
     or new.industry_code is distinct from old.industry_code then
    insert into rollup_moved (unit_id, old_region_code, old_industry_code)
    values (old.id, old.region_code, old.industry_code);
  end if;
  return new;
end $$;
create trigger key_unit_moved after update of region_code, industry_code
  on key_unit for each row execute function note_unit_move();
