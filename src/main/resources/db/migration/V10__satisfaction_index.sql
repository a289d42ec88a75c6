-- Customer satisfaction per team and agent over a period (GET /api/reports/satisfaction): the closed tickets of the
-- period by closing time, with the rating and the grouping columns in the index.
create index ix_ticket_closed_rating on tf_ticket (closed_at, customer_rating, assigned_group, assignee);
