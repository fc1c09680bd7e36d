-- Realisations pushed by an integration (e.g. the finance system) land as PROPOSED entries that still
-- need the operator's confirmation; the system they came from is kept on the entry.
alter table entry drop constraint entry_state_check;
alter table entry add constraint entry_state_check
    check (state in ('NOT_ENTERED', 'PROPOSED', 'ENTERED', 'SENT_BACK', 'VERIFIED', 'RETURNED', 'LOCKED'));
alter table entry add column source varchar(200);
