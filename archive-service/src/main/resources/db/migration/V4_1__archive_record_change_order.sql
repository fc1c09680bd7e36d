-- The change feed of the archive (GET /api/archive/records?updatedSince / cursor): a record never changes after it
-- is archived, so its change instant is archived_at; an agency's records in (archived_at, id) order, read by keyset.
create index archive_record_agency_change on archive_record (agency_code, archived_at, id);
