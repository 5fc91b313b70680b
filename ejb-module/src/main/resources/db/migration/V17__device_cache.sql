-- The front-end processor keeps registered devices with their keys opened for a few seconds
-- instead of reading and opening them on every request (DeviceKeyCache; docs/benchmarks.md, ninth
-- session). A key rotation or a configuration change on this node applies to the next request;
-- on other nodes of a cluster within this time.
insert into platform_setting (key, value, description) values
 ('exchange.device-cache-ms', '10000',
  'How long the front-end processor uses a device''s key and configuration version read from the database before reading them again; changes made on the same node apply at once. 0: read on every request.');
