-- "No data" (tidak ada data) is an answer an operator can give: the realisation of the quarter is not available, for
-- the reason given. Such an entry holds neither a value nor a grade; its reason is what marks it, so there is no
-- separate flag to keep in step with it. It is verified, sent back, returned and locked like any entry.
alter table entry
    add column no_data_reason varchar(2000),
    add constraint entry_no_data_alone check (no_data_reason is null or (value is null and grade is null));

alter table entry_history add column no_data_reason varchar(2000);
