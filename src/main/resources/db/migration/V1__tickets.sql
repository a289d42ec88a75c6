-- Ticketflow's own tables (Camunda's ACT_* tables are created by the engine).
-- Portable between H2 and MySQL 8 / MariaDB: times are UTC DATETIMEs written by the application.

create table tf_customer (
    id          bigint auto_increment primary key,
    name        varchar(200) not null,
    phone       varchar(40),
    email       varchar(320),
    tier        varchar(20)  not null,
    created_at  datetime     not null,
    updated_at  datetime     not null
);
create index ix_customer_email on tf_customer (email);
create index ix_customer_phone on tf_customer (phone);

create table tf_ticket (
    id                  bigint auto_increment primary key,
    ticket_number       varchar(24)   not null,
    channel             varchar(30)   not null,
    category            varchar(60)   not null,
    subject             varchar(200)  not null,
    description         varchar(4000) not null,
    priority            varchar(10)   not null,
    status              varchar(20)   not null,
    region              varchar(40)   not null,
    customer_id         bigint        not null,
    assigned_group      varchar(64),
    assignee            varchar(64),
    routing_rule        varchar(200),
    process_instance_id varchar(64),
    created_by          varchar(64)   not null,
    created_at          datetime      not null,
    first_response_at   datetime,
    resolved_at         datetime,
    closed_at           datetime,
    customer_rating     int,
    updated_at          datetime      not null,
    constraint uq_ticket_number unique (ticket_number),
    constraint fk_ticket_customer foreign key (customer_id) references tf_customer (id)
);
create index ix_ticket_status_group on tf_ticket (status, assigned_group);
create index ix_ticket_region_status on tf_ticket (region, status);
create index ix_ticket_customer on tf_ticket (customer_id);
create index ix_ticket_process_instance on tf_ticket (process_instance_id);

create table tf_ticket_event (
    id           bigint auto_increment primary key,
    ticket_id    bigint        not null,
    occurred_at  datetime      not null,
    actor        varchar(64)   not null,
    event_type   varchar(40)   not null,
    detail       varchar(2000),
    constraint fk_ticket_event_ticket foreign key (ticket_id) references tf_ticket (id)
);
create index ix_ticket_event_ticket on tf_ticket_event (ticket_id, id);

-- Ticket numbers TF-<year>-<n> are handed out in blocks, so concurrent intake never waits on one counter row.
create table tf_ticket_number_block (
    number_year  int    not null primary key,
    next_value   bigint not null
);
