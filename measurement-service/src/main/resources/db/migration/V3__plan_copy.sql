-- Measurement's own copy of the agency's published plan (PlanPublished): the indicators it knows before any recap,
-- with the plan's hints on how to measure them, and whether a draft methodology prefilled from them awaits review.
create table plan_indicator (
    id                  uuid         primary key,
    agency_code         varchar(50)  not null,
    indicator_code      varchar(100) not null,
    indicator_name      varchar(500) not null,
    unit                varchar(100),
    node_code           varchar(100),
    level               varchar(20),
    division_code       varchar(100),
    polarity            varchar(20),
    value_type          varchar(20),
    frequency           varchar(20),
    period_aggregation  varchar(20),
    -- every grade the plan's targets use, comma separated: picks a predicate indicator's grade scale
    grades              varchar(500),
    -- the targets of the version's years as the event carried them (JSON)
    targets             text,
    plan_version_id     uuid         not null,
    plan_kind           varchar(20)  not null,
    plan_number         integer      not null,
    year_from           integer      not null,
    year_to             integer      not null,
    published_at        timestamptz  not null,
    -- true from a publication until the team confirms the draft or saves a methodology of its own
    draft_open          boolean      not null default false,
    unique (agency_code, indicator_code)
);

-- An indicator the plan made known, but no recap yet: it is not MISSING (which holds recaps back from the Secretary
-- and blocks B4), it has a draft.
alter table indicator add column in_recap boolean not null default true;
