-- The request and trace that wrote the event travel with it as Kafka headers, so the consuming service
-- continues them. Nullable: events written by the relay's predecessors, or outside any request, have none.
alter table outbox_event add column request_id varchar(100);
alter table outbox_event add column traceparent varchar(100);
