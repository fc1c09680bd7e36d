-- When a recap last changed in the approval step, for the lists an integration reads by updatedSince and cursor
-- (GET /api/approval/recaps, /api/approval/inbox): set by Hibernate on every insert and update of the row. Rows that
-- exist already take the latest instant they carry.
alter table recap add column updated_at timestamptz;
update recap set updated_at = greatest(created_at, current_received_at, coalesce(disposed_at, created_at),
                                       coalesce(archived_at, created_at));
alter table recap alter column updated_at set not null;
create index recap_agency_change on recap (agency_code, updated_at, id);
