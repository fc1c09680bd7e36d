-- The audit trail (issue 5): every state change and every refused request, append-only.
-- Rows are written by the AuditTrail bean (domain changes, in the business transaction) and by the
-- AuditFilter (requests, in a transaction of their own, so refusals survive the business rollback).
create table audit_entry (
    id           bigserial    primary key,
    occurred_at  timestamptz  not null default now(),
    -- null only when the caller could not be identified (no or a bad token)
    agency_code  varchar(50),
    actor_id     text         not null,
    actor_roles  text,
    -- "POST /api/approval/recaps/{recapId}/approval" for a request, a domain verb like "RecapApproved" for a change
    action       text         not null,
    target       text,
    outcome      varchar(10)  not null check (outcome in ('DONE', 'REFUSED')),
    status       integer,
    before       jsonb,
    after        jsonb,
    request_id   text         not null,
    detail       text
);
create index audit_entry_by_agency_time on audit_entry (agency_code, occurred_at);
create index audit_entry_by_request on audit_entry (request_id);

-- What happened stays as it was written: not even the application's own database user may change it.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
