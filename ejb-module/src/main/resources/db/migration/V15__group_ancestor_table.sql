-- Every region and industry with itself and each one above it, kept as an indexed table. As the
-- view of V6 it was recomputed (3,360 regions, 191 industries, six joins) by every statement that
-- adds the rollups' deltas to the groups, and once per row where the planner put it on the inner
-- side of a nested loop: at least a seventh of PostgreSQL's CPU while devices upload
-- (docs/benchmarks.md, seventh session). The view stays, under a new name, as the definition the table is filled from;
-- statement triggers refill the table whenever either dictionary changes.
alter view group_ancestor rename to group_ancestor_tree;

create table group_ancestor (
    dim       char(1)     not null,
    code      varchar(6)  not null,
    ancestor  varchar(6)  not null,
    primary key (dim, code, ancestor)
);

insert into group_ancestor select distinct dim, code, ancestor from group_ancestor_tree;

create function group_ancestor_refresh() returns trigger language plpgsql as $$
begin
  delete from group_ancestor;
  insert into group_ancestor select distinct dim, code, ancestor from group_ancestor_tree;
  return null;
end $$;

create trigger region_group_ancestor
  after insert or update or delete or truncate on region
  for each statement execute function group_ancestor_refresh();

create trigger industry_group_ancestor
  after insert or update or delete or truncate on industry
  for each statement execute function group_ancestor_refresh();

analyze group_ancestor;
