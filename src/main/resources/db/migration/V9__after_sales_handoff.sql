-- Pre-sales → after-sales: a won opportunity starts one after-sales ticket, linked to the pre-sales ticket it came
-- from (if any). The handoff row's key makes a won event that arrives twice start one journey.

alter table tf_ticket add column parent_ticket_id bigint;
create index ix_ticket_parent on tf_ticket (parent_ticket_id);
create index ix_ticket_opportunity on tf_ticket (opportunity_id);

create table tf_opportunity_handoff (
    opportunity_id  varchar(64) not null primary key,
    ticket_id       bigint,
    handed_over_at  datetime    not null,
    constraint fk_handoff_ticket foreign key (ticket_id) references tf_ticket (id)
);
