-- The division responsible for an entry — its operators enter it, its head verifies it — as the round's plan
-- version assigns the indicator, fixed when the round opens. Until now the live indicator's division decided,
-- while the round's and the entry's views showed the version's: the two differed once an indicator was moved to
-- another division after the round opened. Entries of rounds opened before plan versions existed take the
-- indicator's division.
alter table entry add column division_code varchar(30);

update entry e
set division_code = coalesce(
        (select v.division_code
         from collection_round r
                  join indicator i on i.id = e.indicator_id
                  join plan_version_indicator v on v.version_id = r.plan_version_id and v.code = i.code
         where r.id = e.round_id),
        (select d.code from indicator i join division d on d.id = i.division_id where i.id = e.indicator_id));

alter table entry alter column division_code set not null;
