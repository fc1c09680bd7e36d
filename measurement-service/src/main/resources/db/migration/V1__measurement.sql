-- Measurement methodology (Kertas Kerja Pengukuran, SOP B4): one row per indicator of an agency,
-- and an immutable row per version. A result records the version that produced it, so old reports
-- can always be reproduced; a change is a new version, never an update.
create table indicator (
    id              uuid         primary key,
    agency_code     varchar(50)  not null,
    indicator_code  varchar(100) not null,
    indicator_name  varchar(500),
    unit            varchar(100),
    -- 0 while the indicator has no usable methodology (its plan hints were not enough)
    current_version integer      not null default 0,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    unique (agency_code, indicator_code)
);

create table methodology_version (
    id                 uuid          primary key,
    indicator_id       uuid          not null references indicator (id),
    version_number     integer       not null check (version_number >= 1),
    polarity           varchar(20)   not null,
    value_type         varchar(20)   not null,
    frequency          varchar(20)   not null,
    period_aggregation varchar(20)   not null,
    negative_formula   varchar(20)   not null,
    weight             numeric(12,4) not null check (weight > 0),
    grade_scale        varchar(50),
    source             varchar(20)   not null,
    reason             varchar(2000) not null,
    author             varchar(200)  not null,
    created_at         timestamptz   not null,
    unique (indicator_id, version_number)
);

-- Predicate scales (MEASUREMENT.md 4): bands with bounds and an effective date. agency_code null is
-- the default scale that applies to every agency until it adopts its own.
create table predicate_scale (
    id             uuid         primary key,
    agency_code    varchar(50),
    name           varchar(100) not null,
    effective_from date         not null,
    created_by     varchar(200) not null,
    created_at     timestamptz  not null
);
create unique index predicate_scale_agency_date on predicate_scale (coalesce(agency_code, ''), effective_from);

create table predicate_band (
    scale_id    uuid         not null references predicate_scale (id),
    position    integer      not null,
    name        varchar(50)  not null,
    lower_bound numeric(9,2),
    upper_bound numeric(9,2),
    primary key (scale_id, position)
);

insert into predicate_scale (id, agency_code, name, effective_from, created_by, created_at)
values ('00000000-0000-0000-0000-000000000001', null, 'RKPD_5', date '1970-01-01', 'migration', now());
insert into predicate_band (scale_id, position, name, lower_bound, upper_bound) values
    ('00000000-0000-0000-0000-000000000001', 0, 'SANGAT_RENDAH', null, 51),
    ('00000000-0000-0000-0000-000000000001', 1, 'RENDAH', 51, 66),
    ('00000000-0000-0000-0000-000000000001', 2, 'SEDANG', 66, 76),
    ('00000000-0000-0000-0000-000000000001', 3, 'TINGGI', 76, 91),
    ('00000000-0000-0000-0000-000000000001', 4, 'SANGAT_TINGGI', 91, null);

-- A recap as measurement knows it: the latest revision collection submitted and where it stands.
create table recap (
    recap_id             uuid         primary key,
    agency_code          varchar(50)  not null,
    agency_name          varchar(300),
    round_id             uuid,
    year                 integer      not null,
    quarter              integer      not null check (quarter between 1 and 4),
    latest_revision      integer      not null,
    measured_revision    integer      not null,
    state                varchar(30)  not null,
    approved_revision    integer,
    headline_achievement numeric(9,2),
    item_count           integer      not null,
    return_note          varchar(4000),
    updated_at           timestamptz  not null,
    version              bigint       not null default 0
);
create index recap_agency_period on recap (agency_code, year, quarter);

-- Every measurement of every revision; never updated. document is the RecapMeasured payload
-- (submitted content plus results), which is what the REST views and the worksheet serve.
create table measurement (
    id                    uuid         primary key,
    recap_id              uuid         not null references recap (recap_id),
    revision              integer      not null,
    measured_revision     integer      not null,
    trigger               varchar(20)  not null,
    forwarded             boolean      not null,
    measured_at           timestamptz  not null,
    measured_by           varchar(200) not null,
    headline_achievement  numeric(9,2),
    missing_methodologies integer      not null,
    document              text         not null,
    unique (recap_id, revision, measured_revision)
);

-- Items the Secretary returned with a revision (SOP B8), with the methodology version in force at
-- the time: an item returned to MEASUREMENT is fixed once its methodology has a newer version.
create table returned_item (
    recap_id                      uuid          not null references recap (recap_id),
    revision                      integer       not null,
    indicator_code                varchar(100)  not null,
    return_to                     varchar(20)   not null,
    reason                        varchar(4000),
    methodology_version_at_return integer       not null,
    returned_at                   timestamptz   not null,
    primary key (recap_id, revision, indicator_code)
);
