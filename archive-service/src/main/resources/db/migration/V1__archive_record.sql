-- The archive (SOP A12 / B10): one row per disposed recap revision, written once and never changed.
--
-- document      the RecapDisposed event exactly as received (envelope, payload and any field this
--               service does not know), as jsonb
-- content_hash  SHA-256 (hex) of the canonical form of document (see README, "Canonical form")
-- previous_seal the seal of the agency's previous record; 64 zeros for the agency's first record
-- seal          SHA-256 (hex) of the ASCII text previous_seal || content_hash
--
-- Each agency has its own chain: positions 1, 2, 3, ... with no gaps, each record sealing the one before.
create table archive_record (
    id                    uuid         primary key,
    agency_code           varchar(50)  not null,
    agency_name           varchar(300),
    recap_id              uuid         not null,
    revision              integer      not null check (revision >= 1),
    round_id              uuid         not null,
    year                  integer      not null,
    quarter               integer      not null check (quarter between 1 and 4),
    disposed_at           timestamptz,
    archived_at           timestamptz  not null,
    event_id              uuid         not null unique,
    supersedes_id         uuid         references archive_record (id),
    document              jsonb        not null,
    content_hash          varchar(64)  not null check (content_hash ~ '^[0-9a-f]{64}$'),
    chain_position        bigint       not null check (chain_position >= 1),
    previous_seal         varchar(64)  not null check (previous_seal ~ '^[0-9a-f]{64}$'),
    seal                  varchar(64)  not null check (seal ~ '^[0-9a-f]{64}$'),
    constraint archive_record_one_per_revision unique (recap_id, revision),
    constraint archive_record_chain_position unique (agency_code, chain_position)
);

create index archive_record_agency_period on archive_record (agency_code, year, quarter);
create index archive_record_recap on archive_record (agency_code, recap_id);

-- Immutability does not depend on the application behaving: the database itself refuses to change
-- or remove an archived record, whoever asks. Only a superuser who disables the trigger can get past
-- it, and the seals make that visible (GET .../verification).
create function archive_record_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'archive_record is immutable: % refused', tg_op
        using errcode = 'insufficient_privilege',
              hint = 'An archived record cannot be changed or deleted; archive a newer revision instead.';
end;
$$;

create trigger archive_record_no_update_or_delete
    before update or delete on archive_record
    for each row execute function archive_record_refuse_change();

create trigger archive_record_no_truncate
    before truncate on archive_record
    for each statement execute function archive_record_refuse_change();
