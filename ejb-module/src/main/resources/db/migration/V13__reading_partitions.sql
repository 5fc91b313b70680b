-- Readings in 8 hash partitions by unit. The intake's sessions store side by side; in one table
-- they queued on the extension lock of its one primary-key index (1.6-3.8 sessions waiting on
-- Lock:extend of reading_pkey in pg_stat_activity during the ingestion benchmark), each partition
-- has its own (docs/benchmarks.md, sixth session). Every statement on readings names a unit or a
-- list of units, so each reads the partitions of its units. The key is unchanged.
--
-- Autovacuum analyzes the partitions but never the partitioned table itself, whose statistics
-- the planner uses for joins with it; the statistics job analyzes it (RollupStore).
alter table reading rename to reading_single;
alter index reading_pkey rename to reading_single_pkey;

create table reading (like reading_single including defaults including constraints)
    partition by hash (unit_id);

do $$
begin
  for r in 0..7 loop
    execute format('create table reading_p%s partition of reading'
                   ' for values with (modulus 8, remainder %s)', r, r);
  end loop;
end $$;

insert into reading select * from reading_single;
drop table reading_single;

alter table reading add primary key (unit_id, data_code, stat_type, stat_date);

analyze reading;
