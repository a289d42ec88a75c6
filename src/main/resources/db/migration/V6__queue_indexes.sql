-- Indexes the agent's task list and the supervisors' views read in order, so a page is a few short index
-- reads at a backlog of 100,000 open tickets and a million closed ones (see docs/benchmarks.md).

-- A team's untaken tickets and an agent's own tickets, by status and priority, oldest first (TaskQueueMapper).
create index ix_ticket_team_queue on tf_ticket (assigned_group, status, priority, assignee, created_at, id);
create index ix_ticket_assignee_queue on tf_ticket (assignee, status, priority, created_at, id);
-- (assignee, status) is where the new assignee index starts, so the old index goes.
drop index ix_ticket_assignee_status on tf_ticket;

-- A region's breached tickets, newest first: once as the customer's region, once as the region handling them (with
-- the customer's region in the index, so the count of the second half needs no table rows).
create index ix_ticket_region_breached on tf_ticket (region, sla_breached, id);
create index ix_ticket_handling_region_breached on tf_ticket (handling_region, sla_breached, id, region);

-- Open breached tickets, where open escalations are looked up from (EscalationMapper).
create index ix_ticket_breached_status on tf_ticket (sla_breached, status);
