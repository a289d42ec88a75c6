-- The ticket whose pre-sales journey worked an opportunity: the one an after-sales ticket continues (and shows the
-- history of). Other tickets linked to the opportunity (a complaint of the same customer) are not continued.
alter table tf_opportunity add column presales_ticket_id bigint;
