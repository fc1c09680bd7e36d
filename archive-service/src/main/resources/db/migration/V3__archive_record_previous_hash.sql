-- One name for one thing: the seal of the agency's previous record is previousHash in RecapArchived, in the REST
-- answers and in the reports, so its column is previous_hash too. Renaming a column changes no row: the immutability
-- triggers of V1 (row and truncate triggers) are not involved, and every seal stays as it was.
alter table archive_record rename column previous_seal to previous_hash;
