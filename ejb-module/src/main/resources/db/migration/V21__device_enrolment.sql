-- Device enrolment (docs/protocol.md, register): a registered device is pending until the unit's
-- enterprise user or a platform administrator confirms it with the whole deviceId its device
-- shows; a pending device's uploads and information changes are refused. DeviceIds are
-- credentials: the front-end processor finds a device by the SHA-256 digest of its deviceId and
-- compares the ids in constant time; pages, logs and answers show a six-character prefix at most.
alter table device
    add column status            varchar(10) not null default 'confirmed'
                                 check (status in ('pending', 'confirmed')),
    add column device_hash       bytea,
    add column registered_from   varchar(64),
    add column confirmed_at      timestamptz,
    add column confirmed_by      varchar(128),
    add column require_signature boolean     not null default false;

-- devices that uploaded before enrolment existed stay confirmed
update device set device_hash = sha256(convert_to(device_id, 'UTF8')),
                  confirmed_at = registered_at, confirmed_by = 'migration';
alter table device alter column device_hash set not null,
                   alter column status set default 'pending';
create unique index device_hash_idx on device (device_hash);

-- the upload log keeps the prefix only
update upload_log set device_id = left(device_id, 6) || '…' where length(device_id) > 6;

-- Rate limits of the front-end processor (FepRateLimits): token buckets per remote address and
-- per device, refilled continuously; the limit is also the burst. A device sends its 15-minute data
-- a few times an hour and re-sends missed days (补传) after an outage, one upload a day of data:
-- 120 a minute re-sends a month in 15 s. One address may be a whole province's devices behind a NAT
-- or a city platform's gateway, and the catch-up benchmark sends several hundred uploads a second
-- from one host (docs/benchmarks.md): 60,000 a minute (1,000 a second) lets them through and bounds
-- what a single flooding source costs.
insert into platform_setting (key, value, description) values
 ('exchange.rate.address-per-minute', '60000',
  'Requests a minute the front-end processor answers from one remote address (token bucket; the burst is as large). Beyond it: HTTP 429, responseCode 1 and Retry-After; nothing is written for the refused request. 0: no limit.'),
 ('exchange.rate.device-per-minute', '120',
  'Requests a minute the front-end processor answers for one registered device (token bucket; the burst is as large). Beyond it: HTTP 429, responseCode 1 and Retry-After. 0: no limit.');
