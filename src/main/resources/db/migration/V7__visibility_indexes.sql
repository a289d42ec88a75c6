-- Data permissions (docs/security.md): a ticket is visible to everyone dispatch or a transfer ever gave it to. The
-- visibility predicate asks that as one probe per ticket, answered from the index alone.
create index ix_routing_decision_ticket_assignee on tf_routing_decision (ticket_id, assignee);
