-- The audit trail (安全审计, GB/T 22239-2019 level 2): every sensitive action with who did it (the
-- account and its roles), when (UTC), from where (the request's source address), what to what, and
-- how it ended (success, refused, failed, with a short detail). Written by AuditStore only, in a
-- transaction of its own per record, so that a refused or failed action's record survives the
-- action's rollback.
--
-- Append-only. The platform has one database user, which owns the table, so revoking UPDATE and
-- DELETE would not hold; a trigger refuses every UPDATE, DELETE and TRUNCATE instead. Whoever can
-- disable the trigger (the owner, a superuser) can still change rows, so every row is chained to
-- the one before with SM3 (AuditChain):
--   hash = SM3(prev_hash as 32 bytes || canonical(id, at, actor, roles, source, action, object,
--                                               outcome, detail, external_id))
-- and the verification (GET /api/v1/audit/verify) recomputes the chain: a changed row no longer
-- matches its hash, a changed hash no longer links the next row, a deleted row leaves a gap.
--
-- The ids are given by the append, under a transaction-scoped advisory lock, as the last id + 1:
-- 1, 2, 3, … without gaps (a sequence leaves a gap for every append that rolls back, which the
-- verification could not tell from a deleted row), and each row is linked to the row committed
-- before it.
create table audit_event (
    id           bigint       primary key check (id > 0),
    at           timestamptz  not null,
    actor        text         not null,
    roles        text,
    source       text,
    action       text         not null,
    object       text,
    outcome      text         not null check (outcome in ('success', 'refused', 'failed')),
    detail       text,
    -- the record's id at its source, for imported records (keycloak:<event id>): taken once
    external_id  text         unique,
    prev_hash    char(64)     not null,
    hash         char(64)     not null
);

-- the auditor's page and API list the newest first, filtered by actor, action and time
create index audit_event_at on audit_event (at desc, id desc);
create index audit_event_actor on audit_event (actor, at desc);
create index audit_event_action on audit_event (action, at desc);

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % is refused', tg_op
    using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_append_only before update or delete or truncate on audit_event
  for each statement execute function audit_event_refuse_change();

-- How far the import of the identity provider's sign-in events has come (KeycloakEventImport):
-- the time and id of the newest event taken. Not part of the trail: a lost mark only makes the next
-- import read events again, which the unique external_id keeps from being recorded twice.
create table audit_import_mark (
    source         text         primary key,
    last_time      timestamptz  not null,
    last_event_id  text
);
