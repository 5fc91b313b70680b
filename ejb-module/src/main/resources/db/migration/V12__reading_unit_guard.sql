-- A reading's unit was checked by a foreign key, i.e. for every stored reading: a lookup of its
-- key unit with a row lock, 2.6 µs of the ~12 µs a reading took to merge (EXPLAIN ANALYZE of a
-- batch of 3,313 readings: 39 ms with the key, 30.5 ms without; docs/benchmarks.md). The intake
-- looks up and locks (FOR KEY SHARE) each unit of a batch once, in the transaction that stores
-- the batch (ReadingIntakeService), which is the key's own guarantee at one lock per unit and
-- batch instead of one per reading. What the key prevented on the other side, deleting a unit
-- that has readings, a trigger refuses.
alter table reading drop constraint reading_unit_id_fkey;

create function refuse_deleting_unit_with_readings() returns trigger language plpgsql as $$
begin
  if exists (select 1 from reading where unit_id = old.id) then
    raise exception 'key unit % has readings and cannot be deleted', old.credit_code
      using errcode = 'foreign_key_violation';
  end if;
  return old;
end $$;

create trigger key_unit_keeps_readings before delete on key_unit
  for each row execute function refuse_deleting_unit_with_readings();
