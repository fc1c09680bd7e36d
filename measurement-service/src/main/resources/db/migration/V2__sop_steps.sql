-- SOP part B (B1-B10) per measurement round: one round per agency and period, opened by the Head's memo (B1).
create table measurement_round (
    id          uuid        primary key,
    agency_code varchar(50) not null,
    year        integer     not null check (year between 2000 and 2100),
    quarter     integer     not null check (quarter between 1 and 4),
    opened_at   timestamptz not null,
    unique (agency_code, year, quarter)
);

-- One row per step and cycle. Cycle 1 holds every step; each return of the recap (B8) adds a cycle with B5-B8
-- again. Who did it, when it started and ended, and its output.
create table sop_step (
    id          uuid         primary key,
    round_id    uuid         not null references measurement_round (id),
    agency_code varchar(50)  not null,
    step        varchar(4)   not null check (step in ('B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10')),
    cycle       integer      not null check (cycle >= 1),
    started_at  timestamptz,
    ended_at    timestamptz,
    done_by     varchar(200),
    done_role   varchar(40),
    -- the step's output as JSON: memo, minutes, work plan, methodology, or what the services recorded
    output      text,
    -- set once, in the transaction that wrote StepOverdue to the outbox
    overdue_at  timestamptz,
    unique (round_id, step, cycle),
    check (ended_at is null or started_at is not null)
);

-- the overdue check and the gauges read the running steps only
create index sop_step_running on sop_step (agency_code) where started_at is not null and ended_at is null;

-- An agency's own standard time (waktu baku) of a step, replacing the SOP's default.
create table sop_standard_time (
    agency_code   varchar(50)  not null,
    step          varchar(4)   not null,
    standard_time varchar(12)  not null,
    set_by        varchar(200) not null,
    set_at        timestamptz  not null,
    primary key (agency_code, step)
);

-- A recap that arrived before B1-B4 of its period were done (state AWAITING_SOP) waits here, as submitted, until
-- the step that completes them measures it.
alter table recap add column held_document text;
