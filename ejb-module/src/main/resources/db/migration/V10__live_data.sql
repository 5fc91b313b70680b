-- Live data goes first (issue 4, freshness under load): uploads of live days are sent to the intake
-- queue with a higher JMS priority than catch-up (补传), and live changes get rollup cycles of their
-- own; catch-up cycles are paced to a target time.
insert into platform_setting (key, value, description) values
 ('data.live-days', '2',
  'Data of today and the days before it, this many days in all (Asia/Shanghai), is live: its uploads go ahead of catch-up in the intake queue and its rollups get cycles of their own.'),
 ('statistics.rollup-cycle-target-ms', '1000',
  'Time a catch-up rollup cycle aims at; the batch is sized from the previous cycle''s rate, between statistics.rollup-batch-min and statistics.rollup-batch.'),
 ('statistics.rollup-batch-min', '50',
  'Fewest changed readings a catch-up rollup cycle takes.');
