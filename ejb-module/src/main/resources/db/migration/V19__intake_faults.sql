-- How the intake behaves under faults (IntakeConsumer, DeliveryPolicy) and when it counts as
-- unhealthy (the readiness checks and the exchange page).
insert into platform_setting (key, value, description) values
 ('intake.lock-timeout-ms', '10000',
  'Longest wait of a stored batch for a lock (PostgreSQL lock_timeout); a batch that cannot get its locks fails and is delivered again.'),
 ('intake.max-deliveries', '5',
  'Deliveries of one upload whose storing fails for a reason of its own before it is set aside in the dead letters with the reason; never while the database is away.'),
 ('intake.database-wait-ms', '60000',
  'How long a delivery waits for the database to come back before it is handed back to the broker.'),
 ('health.live-lane-max-age-ms', '60000',
  'The live lane is stalled when its oldest waiting upload is older than this: readiness is down, the exchange page shows an alarm and the log a warning once a minute.'),
 ('health.catch-up-lane-max-age-ms', '900000',
  'The same for the catch-up lane (补传), where a backlog after an outage waits its turn.'),
 ('health.prepared-max-age-ms', '60000',
  'A transaction prepared in the database for longer than this makes readiness down.'),
 ('health.rollup-max-age-ms', '3600000',
  'Readiness is down while a change of readings has waited longer than this to be rolled up.'),
 ('health.delivery-max-ms', '600000',
  'Liveness is down while one intake delivery has run longer than this (twice the transaction timeout): a consumer thread is stuck and the node needs a restart.');
