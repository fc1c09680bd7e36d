-- collection-service: agencies' plans, collection rounds, entries and recaps (SOP A1-A9).
-- Every table that users reach carries agency_code: every query is scoped to the caller's agency.

create table agency (
    code        varchar(30)  primary key,
    name        varchar(200),
    version     bigint       not null default 0
);

-- Divisions (Sekretariat, Bidang ...): operators and division heads belong to one.
create table division (
    id          uuid         primary key,
    agency_code varchar(30)  not null,
    code        varchar(30)  not null,
    name        varchar(200) not null,
    version     bigint       not null default 0,
    unique (agency_code, code)
);

-- The plan tree: Tujuan (GOAL) -> Sasaran (OBJECTIVE) -> Program -> Kegiatan (ACTIVITY) -> Sub Kegiatan.
create table plan_node (
    id          uuid         primary key,
    agency_code varchar(30)  not null,
    code        varchar(50)  not null,
    level       varchar(20)  not null check (level in ('GOAL', 'OBJECTIVE', 'PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY')),
    name        varchar(500) not null,
    parent_id   uuid         references plan_node (id),
    version     bigint       not null default 0,
    unique (agency_code, code),
    check ((level = 'GOAL') = (parent_id is null))
);
create index plan_node_parent on plan_node (parent_id);

-- Budget ceiling (pagu, from the DPA) of a program / activity / sub-activity in one year.
create table node_budget (
    id          uuid          primary key,
    node_id     uuid          not null references plan_node (id),
    year        integer       not null,
    ceiling     numeric(18, 2) not null check (ceiling >= 0),
    unique (node_id, year)
);

create table indicator (
    id                 uuid         primary key,
    agency_code        varchar(30)  not null,
    code               varchar(50)  not null,
    name               varchar(500) not null,
    unit               varchar(50)  not null,
    node_id            uuid         not null references plan_node (id),
    division_id        uuid         not null references division (id),
    polarity           varchar(20)  not null check (polarity in ('POSITIVE', 'NEGATIVE')),
    value_type         varchar(20)  not null check (value_type in ('NUMBER', 'PERCENT', 'PREDICATE')),
    frequency          varchar(20)  not null check (frequency in ('QUARTERLY', 'ANNUAL')),
    period_aggregation varchar(20)  not null check (period_aggregation in ('SUM', 'LAST', 'AVERAGE')),
    version            bigint       not null default 0,
    unique (agency_code, code)
);
create index indicator_node on indicator (node_id);

-- Target of an indicator for one quarter of a year: a number, a range, or a grade.
create table indicator_target (
    id           uuid          primary key,
    indicator_id uuid          not null references indicator (id),
    year         integer       not null,
    quarter      integer       not null check (quarter between 1 and 4),
    value        numeric(19, 4) check (value >= 0),
    min_value    numeric(19, 4) check (min_value >= 0),
    max_value    numeric(19, 4) check (max_value >= min_value),
    grade        varchar(20),
    unique (indicator_id, year, quarter),
    check (num_nonnulls(value, min_value, grade) = 1),
    check ((min_value is null) = (max_value is null))
);

-- A collection round (pengumpulan data) for one period of one agency.
create table collection_round (
    id          uuid         primary key,
    agency_code varchar(30)  not null,
    year        integer      not null,
    quarter     integer      not null check (quarter between 1 and 4),
    -- OPEN until the recap is submitted, then the recap's status: it decides what may still change
    status      varchar(20)  not null check (status in ('OPEN', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ARCHIVED')),
    opened_by   varchar(200) not null,
    opened_at   timestamptz  not null,
    version     bigint       not null default 0,
    unique (agency_code, year, quarter)
);

-- One indicator of a round and its entry (realisasi), created with the round: what was entered,
-- who verified it, and why it was sent back or returned.
create table entry (
    id                uuid          primary key,
    round_id          uuid          not null references collection_round (id),
    indicator_id      uuid          not null references indicator (id),
    state             varchar(20)   not null
        check (state in ('NOT_ENTERED', 'ENTERED', 'SENT_BACK', 'VERIFIED', 'RETURNED', 'LOCKED')),
    value             numeric(19, 4) check (value >= 0),
    grade             varchar(20),
    note              varchar(2000),
    entered_by        varchar(200),
    entered_at        timestamptz,
    verified_by       varchar(200),
    verified_at       timestamptz,
    sent_back_by      varchar(200),
    sent_back_at      timestamptz,
    send_back_reason  varchar(2000),
    returned_by       varchar(200),
    returned_at       timestamptz,
    return_reason     varchar(2000),
    return_to         varchar(20)   check (return_to in ('COLLECTION', 'MEASUREMENT')),
    returned_revision integer,
    reopened          boolean       not null default false,
    version           bigint        not null default 0,
    unique (round_id, indicator_id)
);
create index entry_indicator on entry (indicator_id);

-- Who did what to an entry, in order: the trail of SOP steps A6-A10 for one indicator.
create sequence entry_history_seq increment by 50;
create table entry_history (
    id          bigint        primary key,
    entry_id    uuid          not null references entry (id),
    action      varchar(30)   not null,
    actor_id    varchar(200)  not null,
    actor_role  varchar(30)   not null,
    at          timestamptz   not null,
    value       numeric(19, 4),
    grade       varchar(20),
    note        varchar(2000),
    reason      varchar(2000)
);
create index entry_history_entry on entry_history (entry_id, id);

-- Realised spending to date of a node with a pagu, as of a round.
create table budget_realisation (
    id            uuid          primary key,
    round_id      uuid          not null references collection_round (id),
    node_id       uuid          not null references plan_node (id),
    amount        numeric(18, 2) not null check (amount >= 0),
    justification varchar(2000),
    recorded_by   varchar(200)  not null,
    recorded_at   timestamptz   not null,
    version       bigint        not null default 0,
    unique (round_id, node_id)
);

-- The recap of a round (one per round) and its life after submission.
create table recap (
    id               uuid         primary key,
    agency_code      varchar(30)  not null,
    round_id         uuid         not null unique references collection_round (id),
    status           varchar(20)  not null check (status in ('SUBMITTED', 'RETURNED', 'APPROVED', 'ARCHIVED')),
    current_revision integer      not null check (current_revision >= 1),
    approved_by      varchar(200),
    approved_at      timestamptz,
    approval_note    varchar(2000),
    archive_id       varchar(100),
    content_hash     varchar(128),
    chain_position   bigint,
    archived_at      timestamptz,
    version          bigint       not null default 0
);

-- Every submitted revision exactly as it went out, and the Secretary's return of it if any.
create table recap_revision (
    id            uuid          primary key,
    recap_id      uuid          not null references recap (id),
    revision      integer       not null,
    event_id      uuid          not null,
    submitted_by  varchar(200)  not null,
    submitted_at  timestamptz   not null,
    content       text          not null,
    returned_by   varchar(200),
    returned_at   timestamptz,
    return_note   varchar(4000),
    return_items  text,
    unique (recap_id, revision)
);
