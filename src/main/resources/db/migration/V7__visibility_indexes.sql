-- Data permissions (docs/security.md, "Who sees which tickets").

-- Every ticket dispatch or a transfer ever gave a person stays visible to them: the tickets a person was given, read
-- by assignee (a few rows, looked up once per query).
create index ix_routing_decision_assignee on tf_routing_decision (assignee, ticket_id);

-- A scoped count (a user's tickets by status and breach, or all of them) reads the visibility columns from this
-- index instead of every row: at 1,100,000 tickets a supervisor's count of open tickets took 0.30 s with row reads
-- and 0.04 s from this index on MariaDB.
create index ix_ticket_visibility on tf_ticket (status, sla_breached, assigned_group, assignee, region,
                                                handling_region);
