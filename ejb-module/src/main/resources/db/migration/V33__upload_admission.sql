-- The front-end processor takes in a bounded number of uploads at once (UploadAdmission), with a
-- short line of uploads waiting for a slot. Under a load above what the cores can take in, an
-- upload that finds the line full, or no slot free within the wait, is refused as busy with the
-- retry hint (exchange.busy-retry-seconds), HTTP 503 and Retry-After, instead of every answer
-- growing slower until the senders time out (measured: docs/benchmarks.md, "Overload"). The line
-- is what keeps refusals instant: a wait alone holds a web worker for every upload it refuses.
insert into platform_setting (key, value, description) values
 ('exchange.upload-concurrency', '0',
  'Uploads the front-end processor decrypts, checks and hands to a lane at once; 0: twice the server''s processors.'),
 ('exchange.upload-admission-queue', '0',
  'Uploads that may wait for one of those slots; one that finds this many waiting is refused as busy at once: 平台繁忙：同时处理的上传已满，请 N 秒后重传. 0: as many as the slots.'),
 ('exchange.upload-admission-wait-ms', '1000',
  'How long an upload in that line waits for a slot before it is refused as busy.');
