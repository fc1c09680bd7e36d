-- The targets of an indicator in one year, in one row: a quarterly indicator's four quarters, an annual
-- indicator's quarter 4. Each quarter holds a number, a range (min and max) or a grade, as a target did in its own
-- row before. A year's targets are signed and revised together (PK, PK Perubahan) and a plan import writes them
-- together: one row, one foreign-key check and one index entry per indicator and year instead of four, which is
-- most of what a regency's plan import spends in PostgreSQL (docs/benchmarks.md). The published versions keep a
-- row per quarter (plan_version_target): they are written once per publication.
create table indicator_year_target (
    indicator_id uuid           not null references indicator (id),
    year         integer        not null,
    q1_value     numeric(19, 4) check (q1_value >= 0),
    q1_min_value numeric(19, 4) check (q1_min_value >= 0),
    q1_max_value numeric(19, 4) check (q1_max_value >= q1_min_value),
    q1_grade     varchar(20),
    q2_value     numeric(19, 4) check (q2_value >= 0),
    q2_min_value numeric(19, 4) check (q2_min_value >= 0),
    q2_max_value numeric(19, 4) check (q2_max_value >= q2_min_value),
    q2_grade     varchar(20),
    q3_value     numeric(19, 4) check (q3_value >= 0),
    q3_min_value numeric(19, 4) check (q3_min_value >= 0),
    q3_max_value numeric(19, 4) check (q3_max_value >= q3_min_value),
    q3_grade     varchar(20),
    q4_value     numeric(19, 4) check (q4_value >= 0),
    q4_min_value numeric(19, 4) check (q4_min_value >= 0),
    q4_max_value numeric(19, 4) check (q4_max_value >= q4_min_value),
    q4_grade     varchar(20),
    primary key (indicator_id, year),
    check (num_nonnulls(q1_value, q1_min_value, q1_grade) <= 1 and (q1_min_value is null) = (q1_max_value is null)),
    check (num_nonnulls(q2_value, q2_min_value, q2_grade) <= 1 and (q2_min_value is null) = (q2_max_value is null)),
    check (num_nonnulls(q3_value, q3_min_value, q3_grade) <= 1 and (q3_min_value is null) = (q3_max_value is null)),
    check (num_nonnulls(q4_value, q4_min_value, q4_grade) <= 1 and (q4_min_value is null) = (q4_max_value is null)),
    -- an indicator without targets in a year has no row that year
    check (num_nonnulls(q1_value, q1_min_value, q1_grade, q2_value, q2_min_value, q2_grade,
                        q3_value, q3_min_value, q3_grade, q4_value, q4_min_value, q4_grade) >= 1)
);

insert into indicator_year_target
select indicator_id, year,
       max(value) filter (where quarter = 1), max(min_value) filter (where quarter = 1), max(max_value) filter (where quarter = 1), max(grade) filter (where quarter = 1),
       max(value) filter (where quarter = 2), max(min_value) filter (where quarter = 2), max(max_value) filter (where quarter = 2), max(grade) filter (where quarter = 2),
       max(value) filter (where quarter = 3), max(min_value) filter (where quarter = 3), max(max_value) filter (where quarter = 3), max(grade) filter (where quarter = 3),
       max(value) filter (where quarter = 4), max(min_value) filter (where quarter = 4), max(max_value) filter (where quarter = 4), max(grade) filter (where quarter = 4)
from indicator_target
group by indicator_id, year;

drop table indicator_target;
