-- An entry as the round's plan version gives its indicator, fixed when the round opens:
-- - division_code, the division responsible for it: its operators enter it, its head verifies it;
-- - value_type, what it holds: a number, or a grade for a PREDICATE indicator.
-- Until now the live indicator decided both, while the round's and the entry's views showed the version's: they
-- differed once the live plan moved an indicator to another division or changed its value type after the round
-- opened. Entries of rounds opened before plan versions existed take the live indicator's.
alter table entry
    add column division_code varchar(30),
    add column value_type    varchar(20) check (value_type in ('NUMBER', 'PERCENT', 'PREDICATE'));

update entry e
set division_code = agreed.division_code,
    value_type    = agreed.value_type
from (select x.id,
             coalesce(v.division_code, d.code)  as division_code,
             coalesce(v.value_type, i.value_type) as value_type
      from entry x
               join collection_round r on r.id = x.round_id
               join indicator i on i.id = x.indicator_id
               join division d on d.id = i.division_id
               left join plan_version_indicator v on v.version_id = r.plan_version_id and v.code = i.code) agreed
where agreed.id = e.id;

alter table entry
    alter column division_code set not null,
    alter column value_type set not null;
