-- SOP part A (A1-A12) per collection round: one row per step and cycle. Cycle 1 holds every step; each return
-- of the recap (A10) adds a cycle with A6-A10 again. Who did it, when it started and ended, and its output.
create table sop_step (
    id          uuid         primary key,
    round_id    uuid         not null references collection_round (id),
    agency_code varchar(30)  not null,
    step        varchar(4)   not null check (step in ('A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10',
                                                      'A11', 'A12')),
    cycle       integer      not null check (cycle >= 1),
    started_at  timestamptz,
    ended_at    timestamptz,
    done_by     varchar(200),
    done_role   varchar(40),
    -- the step's output as JSON: memo, minutes, work plan, checklist, briefing, or what the services recorded
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
    agency_code   varchar(30)  not null,
    step          varchar(4)   not null,
    standard_time varchar(12)  not null,
    set_by        varchar(200) not null,
    set_at        timestamptz  not null,
    primary key (agency_code, step)
);
