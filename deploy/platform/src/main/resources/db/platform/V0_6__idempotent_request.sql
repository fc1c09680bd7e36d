-- Writes sent with an Idempotency-Key (docs/api-guide.md "Concurrency and retries"): the first answer, replayed to the
-- same caller's later requests with the same key and the same body. The row is inserted in the transaction of the
-- write itself, so the answer is stored exactly when the effect commits, and a concurrent request with the same key
-- waits on the primary key and then replays it. Rows older than kinerja.idempotency.retention are purged.
create table idempotent_request (
    agency_code      varchar(100) not null,
    caller           varchar(255) not null,
    idempotency_key  varchar(200) not null,
    -- SHA-256 of the method, path and body, hex; another request under the same key is refused
    request_hash     char(64)     not null,
    -- null only inside the transaction that claimed the key, until the answer is known
    status           integer,
    content_type     varchar(200),
    body             text,
    location         text,
    etag             varchar(200),
    created_at       timestamptz  not null,
    primary key (agency_code, caller, idempotency_key)
);

create index idempotent_request_created_at on idempotent_request (created_at);
