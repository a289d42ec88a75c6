-- Dispatch: teams and how they take work, service stations with coordinates, agents' dispatch profiles (skills,
-- region, home station, duty, capacity), where a ticket is, and every routing decision with its explanation.

create table tf_team (
    group_id           varchar(64)  not null primary key,
    name               varchar(200) not null,
    region             varchar(40),
    direct_assignment  boolean      not null,
    updated_at         datetime     not null
);

create table tf_service_station (
    code        varchar(40)  not null primary key,
    name        varchar(200) not null,
    region      varchar(40)  not null,
    kind        varchar(20)  not null,
    latitude    double       not null,
    longitude   double       not null,
    updated_at  datetime     not null
);

create table tf_agent (
    user_id                  varchar(64) not null primary key,
    region                   varchar(40),
    station_code             varchar(40),
    on_duty                  boolean     not null,
    capacity                 int         not null,
    last_assigned_ticket_id  bigint      default 0 not null,
    updated_at               datetime    not null,
    constraint fk_agent_station foreign key (station_code) references tf_service_station (code)
);

create table tf_agent_skill (
    user_id  varchar(64) not null,
    skill    varchar(40) not null,
    constraint pk_agent_skill primary key (user_id, skill),
    constraint fk_agent_skill_agent foreign key (user_id) references tf_agent (user_id) on delete cascade
);

alter table tf_ticket add column stated_priority varchar(10);
alter table tf_ticket add column latitude double;
alter table tf_ticket add column longitude double;
alter table tf_ticket add column handling_region varchar(40);
create index ix_ticket_assignee_status on tf_ticket (assignee, status);
create index ix_ticket_handling_region_status on tf_ticket (handling_region, status);

alter table tf_customer add column lifetime_value bigint;

create table tf_routing_decision (
    id              bigint auto_increment primary key,
    ticket_id       bigint        not null,
    decided_at      datetime      not null,
    kind            varchar(20)   not null,
    actor           varchar(64)   not null,
    assigned_group  varchar(64)   not null,
    assignee        varchar(64),
    priority        varchar(10)   not null,
    summary         varchar(2000) not null,
    explanation     text          not null,
    constraint fk_routing_decision_ticket foreign key (ticket_id) references tf_ticket (id)
);
create index ix_routing_decision_ticket on tf_routing_decision (ticket_id, id);
