-- Evidence (bukti dukung) attached to entries. The metadata lives here; the bytes live behind EvidenceStore,
-- by default in evidence_content, with no foreign key so that another store (S3-compatible) can replace it.
create table evidence (
    id            uuid          primary key,
    entry_id      uuid          not null references entry (id),
    agency_code   varchar(30)   not null,
    filename      varchar(255)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null check (size_bytes > 0),
    sha256        varchar(64)   not null,
    uploaded_by   varchar(200)  not null,
    uploaded_at   timestamptz   not null,
    -- once part of a submitted recap revision the evidence is referenced there and can no longer be removed
    published     boolean       not null default false
);

create index evidence_entry on evidence (entry_id, uploaded_at);

create table evidence_content (
    id       uuid   primary key,
    content  bytea  not null
);
