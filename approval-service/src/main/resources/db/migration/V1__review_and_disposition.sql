-- The Secretary's review (SOP A10 / B8) and the Head's disposition (A11 / B9).

-- One row per recap (one per collection round): where it stands in the review and what it points to.
create table recap (
    id                            uuid primary key,
    agency_code                   varchar(50)  not null,
    agency_name                   text,
    round_id                      uuid         not null,
    year                          integer      not null,
    quarter                       integer      not null check (quarter between 1 and 4),
    status                        varchar(20)  not null
        check (status in ('AWAITING_REVIEW', 'RETURNED', 'APPROVED', 'DISPOSED', 'ARCHIVED')),
    -- the measured document the review is (or was last) about
    current_revision              integer      not null check (current_revision >= 1),
    current_measured_revision     integer      not null check (current_measured_revision >= 1),
    current_received_at           timestamptz  not null,
    current_item_count            integer      not null,
    current_headline_achievement  numeric,
    approved_revision             integer,
    disposition_text              text,
    disposed_by                   varchar(200),
    disposed_at                   timestamptz,
    archive_id                    varchar(100),
    archive_content_hash          varchar(128),
    archive_chain_position        bigint,
    archived_at                   timestamptz,
    created_at                    timestamptz  not null,
    version                       bigint       not null
);
create index recap_by_agency_status on recap (agency_code, status, current_received_at);

-- Every measured document received, as measurement-service sent it. Never changed afterwards.
create table measured_document (
    recap_id              uuid         not null references recap (id),
    revision              integer      not null,
    measured_revision     integer      not null,
    event_id              uuid         not null,
    measured_at           timestamptz  not null,
    received_at           timestamptz  not null,
    item_count            integer      not null,
    headline_achievement  numeric,
    document              jsonb        not null,
    primary key (recap_id, revision, measured_revision)
);

-- The indicators of each document, so that decisions can reference them and be counted.
create table document_item (
    recap_id           uuid          not null,
    revision           integer       not null,
    measured_revision  integer       not null,
    indicator_code     varchar(100)  not null,
    position           integer       not null,
    primary key (recap_id, revision, measured_revision, indicator_code),
    foreign key (recap_id, revision, measured_revision) references measured_document
);

-- The Secretary's decision on one item of one document; frozen once that document's review concluded.
create table item_decision (
    id                 uuid          primary key,
    recap_id           uuid          not null,
    revision           integer       not null,
    measured_revision  integer       not null,
    indicator_code     varchar(100)  not null,
    decision           varchar(10)   not null check (decision in ('ACCEPTED', 'RETURNED')),
    reason             text,
    return_to          varchar(20)   check (return_to in ('COLLECTION', 'MEASUREMENT')),
    decided_by         varchar(200)  not null,
    decided_at         timestamptz   not null,
    version            bigint        not null,
    unique (recap_id, revision, measured_revision, indicator_code),
    foreign key (recap_id, revision, measured_revision, indicator_code) references document_item,
    check (decision = 'ACCEPTED' and return_to is null
        or decision = 'RETURNED' and return_to is not null and length(trim(reason)) > 0)
);

-- A concluded review of one document: returned or approved. Never changed afterwards.
create table review (
    id                 uuid          primary key,
    recap_id           uuid          not null references recap (id),
    revision           integer       not null,
    measured_revision  integer       not null,
    decision           varchar(10)   not null check (decision in ('RETURNED', 'APPROVED')),
    decided_by         varchar(200)  not null,
    decided_at         timestamptz   not null,
    note               text,
    unique (recap_id, revision, measured_revision),
    foreign key (recap_id, revision, measured_revision) references measured_document
);
create index review_by_recap on review (recap_id, decided_at);

-- What was received and what was decided stays as it was, whatever the application does.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% rows are immutable', tg_table_name using errcode = 'check_violation';
end;
$$;
create trigger measured_document_immutable before update or delete on measured_document
    for each row execute function refuse_change();
create trigger document_item_immutable before update or delete on document_item
    for each row execute function refuse_change();
create trigger review_immutable before update or delete on review
    for each row execute function refuse_change();

create function refuse_change_of_concluded_decision() returns trigger language plpgsql as $$
begin
    if exists (select 1 from review r
               where r.recap_id = old.recap_id and r.revision = old.revision
                 and r.measured_revision = old.measured_revision) then
        raise exception 'the review of this document has concluded; its decisions are final'
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger item_decision_final before update or delete on item_decision
    for each row execute function refuse_change_of_concluded_decision();
