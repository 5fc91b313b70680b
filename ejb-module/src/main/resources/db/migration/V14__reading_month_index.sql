-- The reconciliation view (supplier vs unit-reported purchases) reads the monthly readings of one
-- month across the province. No index led to them by date, so it scanned every reading of every
-- partition: 1.4 s on 25 million readings, growing with them (docs/benchmarks.md, sixth session).
-- Monthly readings are few (one per unit, item and month); 15-minute and daily readings never
-- enter this index.
create index reading_month_idx on reading (stat_date) where stat_type = 2;
