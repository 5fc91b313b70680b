-- Backpressure of the intake (IntakeBackpressure, exchange.domain.Backpressure): while a lane holds
-- this many uploads not yet stored, the front-end processor and the city-platform intake refuse
-- the uploads bound for that lane at once, with a retry hint, instead of acknowledging data that
-- would wait longer and longer. The counts are the broker's, read at most once a second.
--
-- The defaults, from the rate measured on a 2-core machine: about 140 k points/s of daily uploads
-- stored (README, docs/benchmarks.md). A unit's daily upload with its quarter-hour values is about
-- 1,000 points, i.e. about 140 uploads a second; smaller uploads (the benchmark's hold about 100
-- points) drain several times as many a second, so for them the same bound is a shorter wait.
-- * live, 1,000 uploads: about 7 s of storing, and about what the lane's address holds in memory
--   (max-size-bytes 100 MB, configure-20-messaging.cli) before the broker pages it to disk, where
--   live data would no longer reach the totals within seconds. Far below the 60 s at which the
--   lane counts as stalled (health.live-lane-max-age-ms).
-- * catch-up, 20,000 uploads: the lane legitimately holds a backlog of re-sent days (补传) after an
--   outage, paged to disk. About 2.5 minutes of storing at the measured rate, and under 10 minutes
--   even if every upload were the largest accepted (exchange.max-items 5,000; catch-up stores about
--   180 k points/s): below the 15 minutes at which that lane counts as stalled.
-- * retry hint, 60 s: a full live lane drains several times over, a full catch-up lane shrinks,
--   before the refused devices come back; well within the 15-minute period of real-time data.
insert into platform_setting (key, value, description) values
 ('exchange.live-backlog-max-messages', '1000',
  'Uploads waiting in the live lane (LiveIntake) from which uploads bound for it are refused with a retry hint: about 7 s of storing at the measured rate, before the lane would page to disk. 0: refuse every live upload.'),
 ('exchange.catch-up-backlog-max-messages', '20000',
  'The same for the catch-up lane (UploadIntake), which holds a re-send (补传) backlog after an outage: under 10 minutes of storing even for the largest uploads. A catch-up backlog never refuses live uploads.'),
 ('exchange.busy-retry-seconds', '60',
  'The retry hint of a refusal for a full lane: 平台繁忙：待入库数据积压，请 N 秒后重传, HTTP 503 with Retry-After.');
