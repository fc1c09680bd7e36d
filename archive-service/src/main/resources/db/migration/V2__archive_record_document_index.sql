-- Searching archives by indicator code asks whether a document contains an item with that code
-- (document @> '{"items":[{"indicatorCode":"IKS-01"}]}'); jsonb_path_ops answers containment from the index.
create index archive_record_document on archive_record using gin (document jsonb_path_ops);
