-- The change feed of measured recaps (GET /api/measurement/recaps?updatedSince / cursor): an agency's recaps in
-- (updated_at, recap_id) order, read by keyset from a cursor without sorting the table.
create index recap_agency_change on recap (agency_code, updated_at, recap_id);
