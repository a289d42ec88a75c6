-- The process a step belongs to (its BPMN process id), so that a journey's diagram can show the work on each of
-- its steps with one indexed read: open steps and the overdue ones per element.
alter table tf_ticket_step add column process_key varchar(255);
create index ix_step_process_open on tf_ticket_step (process_key, status, element_id, due_at);
