-- Imports sent with an Idempotency-Key: the same key again returns the stored answer and changes nothing.
create table import_request (
    id              uuid          primary key,
    agency_code     varchar(30)   not null,
    idempotency_key varchar(200)  not null,
    request_hash    varchar(64)   not null,
    response        text          not null,
    created_at      timestamptz   not null,
    unique (agency_code, idempotency_key)
);
