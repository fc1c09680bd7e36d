-- Published versions of the plan documents: the strategic plan (RENSTRA, a range of years), the yearly
-- performance agreement (PK) and its revisions (PK_PERUBAHAN). Publishing copies the live plan into the
-- plan_version_* tables; a round keeps the version it was opened on.
create table plan_version (
    id              uuid          primary key,
    agency_code     varchar(30)   not null,
    kind            varchar(20)   not null check (kind in ('RENSTRA', 'PK', 'PK_PERUBAHAN')),
    year_from       integer       not null,
    year_to         integer       not null,
    -- 1, 2, ... within the agency, kind and first year: PK Perubahan 2 of 2025
    number          integer       not null check (number >= 1),
    document_number varchar(100),
    signed_on       date,
    reason          varchar(2000),
    supersedes_id   uuid          references plan_version (id),
    agency_name     varchar(200),
    published_by    varchar(200)  not null,
    published_at    timestamptz   not null,
    unique (agency_code, kind, year_from, number),
    check (year_to >= year_from),
    check (kind = 'RENSTRA' or year_to = year_from),
    check (kind <> 'PK_PERUBAHAN' or reason is not null)
);
-- one performance agreement per year: a change of it is a PK_PERUBAHAN
create unique index plan_version_one_pk on plan_version (agency_code, year_from) where kind = 'PK';
create index plan_version_agency on plan_version (agency_code, year_from, published_at);

-- The snapshot. Every link is a composite key within the same version, so nothing in a version can point
-- at a node, indicator or division that the version does not hold.
create table plan_version_division (
    version_id  uuid          not null references plan_version (id),
    code        varchar(30)   not null,
    name        varchar(200)  not null,
    primary key (version_id, code)
);

create table plan_version_node (
    version_id  uuid          not null references plan_version (id),
    code        varchar(50)   not null,
    level       varchar(20)   not null check (level in ('GOAL', 'OBJECTIVE', 'PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY')),
    name        varchar(500)  not null,
    parent_code varchar(50),
    primary key (version_id, code),
    foreign key (version_id, parent_code) references plan_version_node (version_id, code),
    check ((level = 'GOAL') = (parent_code is null))
);

create table plan_version_budget (
    version_id  uuid           not null,
    node_code   varchar(50)    not null,
    year        integer        not null,
    ceiling     numeric(18, 2) not null check (ceiling >= 0),
    primary key (version_id, node_code, year),
    foreign key (version_id, node_code) references plan_version_node (version_id, code)
);

create table plan_version_indicator (
    version_id         uuid          not null,
    code               varchar(50)   not null,
    name               varchar(500)  not null,
    unit               varchar(50)   not null,
    node_code          varchar(50)   not null,
    division_code      varchar(30)   not null,
    polarity           varchar(20)   not null check (polarity in ('POSITIVE', 'NEGATIVE')),
    value_type         varchar(20)   not null check (value_type in ('NUMBER', 'PERCENT', 'PREDICATE')),
    frequency          varchar(20)   not null check (frequency in ('QUARTERLY', 'ANNUAL')),
    period_aggregation varchar(20)   not null check (period_aggregation in ('SUM', 'LAST', 'AVERAGE')),
    primary key (version_id, code),
    foreign key (version_id, node_code) references plan_version_node (version_id, code),
    foreign key (version_id, division_code) references plan_version_division (version_id, code)
);

create table plan_version_target (
    version_id     uuid           not null,
    indicator_code varchar(50)    not null,
    year           integer        not null,
    quarter        integer        not null check (quarter between 1 and 4),
    value          numeric(19, 4) check (value >= 0),
    min_value      numeric(19, 4) check (min_value >= 0),
    max_value      numeric(19, 4) check (max_value >= min_value),
    grade          varchar(20),
    primary key (version_id, indicator_code, year, quarter),
    foreign key (version_id, indicator_code) references plan_version_indicator (version_id, code),
    check (num_nonnulls(value, min_value, grade) = 1),
    check ((min_value is null) = (max_value is null))
);
-- the target history of an indicator reads across versions
create index plan_version_target_indicator on plan_version_target (indicator_code, version_id);

-- A published version is what was signed: the database refuses to change or remove it, whoever asks.
create function plan_version_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is immutable: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege',
              hint = 'A published plan version cannot be changed; publish a revision (PK_PERUBAHAN) instead.';
end;
$$;

do
$$
    declare
        snapshot text;
    begin
        foreach snapshot in array array ['plan_version', 'plan_version_division', 'plan_version_node',
            'plan_version_budget', 'plan_version_indicator', 'plan_version_target']
            loop
                execute format('create trigger %I before update or delete on %I '
                                   'for each row execute function plan_version_refuse_change()',
                               snapshot || '_no_update_or_delete', snapshot);
                execute format('create trigger %I before truncate on %I '
                                   'for each statement execute function plan_version_refuse_change()',
                               snapshot || '_no_truncate', snapshot);
            end loop;
    end
$$;

-- The version a round was opened on: its items, targets and recap come from it. Null for rounds opened
-- before versions existed; those read the live plan.
alter table collection_round add column plan_version_id uuid references plan_version (id);
