-- Platform tables every service carries in its own database.
-- Versions 0.x belong to the platform; a service's own migrations start at V1.

-- Transactional outbox: an event row commits in the same transaction as the state change
-- that caused it; the relay publishes it and marks it sent after the broker acknowledged.
create table outbox_event (
    sequence      bigserial primary key,
    event_id      uuid        not null unique,
    event_type    varchar(100) not null,
    topic         varchar(200) not null,
    message_key   varchar(200) not null,
    payload       text        not null,
    created_at    timestamptz not null default now(),
    sent_at       timestamptz
);
create index outbox_event_unsent on outbox_event (sequence) where sent_at is null;

-- Idempotent consumers: an event id is recorded in the same transaction as its effect,
-- so a redelivered event changes nothing.
create table processed_event (
    event_id      uuid        not null,
    consumer      varchar(100) not null,
    event_type    varchar(100) not null,
    processed_at  timestamptz not null default now(),
    primary key (event_id, consumer)
);
