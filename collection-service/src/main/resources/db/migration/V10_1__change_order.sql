-- The lists an integration reads by updatedSince and cursor, in (change instant, id) order.
-- A round's own changes (opened, submitted, returned, approved, archived): set by Hibernate on every insert and
-- update of the row; rows that exist already start at their opening.
alter table collection_round add column updated_at timestamptz;
update collection_round set updated_at = opened_at;
alter table collection_round alter column updated_at set not null;
create index collection_round_agency_change on collection_round (agency_code, updated_at, id);
-- A published plan version never changes: its change instant is published_at.
create index plan_version_agency_change on plan_version (agency_code, published_at, id);
