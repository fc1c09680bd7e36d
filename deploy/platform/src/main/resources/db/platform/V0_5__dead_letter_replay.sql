-- Dead letters an ADMIN sent back to their topic (issue 14, deploy/README.md "Dead letters"). The row is claimed in
-- the transaction that sends the message and commits once the broker acknowledged it, so a dead letter is replayed
-- once per service however often "replay" or "replay all" is asked for.
create table dead_letter_replay (
    dead_letter_topic      varchar(249) not null,
    dead_letter_partition  integer      not null,
    dead_letter_offset     bigint       not null,
    -- from the message's headers or JSON; null for a message that is no event
    event_id               text,
    event_type             text,
    target_topic           varchar(249) not null,
    -- where the replay landed; set in the claiming transaction once the broker acknowledged
    target_partition       integer,
    target_offset          bigint,
    replayed_at            timestamptz  not null,
    replayed_by            text         not null,
    -- links the replay to the ADMIN's request in the audit trail
    request_id             text,
    primary key (dead_letter_topic, dead_letter_partition, dead_letter_offset)
);
