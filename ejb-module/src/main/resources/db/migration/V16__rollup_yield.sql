-- While the intake's catch-up lane stores a backlog of old days (补传), the catch-up rollup cycles
-- wait for it, up to this long at a time, so that the storing gets the cores; the old days' figures
-- follow. Live changes keep their own cycles (docs/benchmarks.md, eighth session).
insert into platform_setting (key, value, description) values
 ('statistics.rollup-yield-ms', '30000',
  'Longest a catch-up rollup cycle waits while the intake''s catch-up lane is storing uploads (a backlog of old days); live changes never wait. 0: never wait.');
