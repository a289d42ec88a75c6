-- Journeys: which process a ticket runs (chosen by rules/journeys.drl.csv), and every user task of it as a step —
-- the ticket's own handling and the steps of departments, approvers and engineers — with the step's own SLA.

alter table tf_ticket add column journey_key varchar(64);
alter table tf_ticket add column journey_version int;
alter table tf_ticket add column journey_rule varchar(300);
-- Tickets from before journeys ran the one lifecycle; their definition version is filled in at start-up
-- (JourneyBackfill), when the engine's tables exist.
update tf_ticket set journey_key = 'TicketLifecycleProcess' where process_instance_id is not null;

create table tf_ticket_step (
    id                   bigint auto_increment primary key,
    ticket_id            bigint        not null,
    process_instance_id  varchar(64)   not null,
    execution_id         varchar(64)   not null,
    task_id              varchar(64),
    element_id           varchar(255)  not null,
    name                 varchar(255)  not null,
    kind                 varchar(40),
    team                 varchar(64),
    assignee             varchar(64),
    priority             varchar(10)   not null,
    status               varchar(12)   not null,
    started_at           datetime      not null,
    ended_at             datetime,
    ended_by             varchar(64),
    warn_at              datetime,
    due_at               datetime,
    level2_at            datetime,
    calendar_name        varchar(40),
    calendar_zone        varchar(40),
    sla_rule             varchar(300),
    level1_recipients    varchar(500),
    level2_recipients    varchar(500),
    warned_at            datetime,
    breached_at          datetime,
    escalated_at         datetime,
    constraint uq_ticket_step_task unique (task_id),
    constraint fk_ticket_step_ticket foreign key (ticket_id) references tf_ticket (id)
);
create index ix_ticket_step_ticket on tf_ticket_step (ticket_id, id);
create index ix_ticket_step_execution on tf_ticket_step (execution_id, status);
-- The task list (TaskQueueMapper): a team's untaken steps and a person's own, by priority, oldest first.
create index ix_ticket_step_team_queue on tf_ticket_step (team, status, priority, assignee, started_at, id);
create index ix_ticket_step_assignee_queue on tf_ticket_step (assignee, status, priority, started_at, id);
-- Visibility: the tickets a team ever had a step of (TicketMapper's visibleTo).
create index ix_ticket_step_team_ticket on tf_ticket_step (team, ticket_id);
-- Step escalations due (the step timers' delegate asks per process instance).
create index ix_ticket_step_instance on tf_ticket_step (process_instance_id, status);
