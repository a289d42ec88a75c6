-- SLAs: one row per ticket and target, escalations (at most one per ticket, target and level), and the outbox of
-- notifications a sender delivers.

alter table tf_ticket add column sla_breached boolean default false not null;

create table tf_ticket_sla (
    ticket_id          bigint        not null,
    target             varchar(20)   not null,
    calendar_name      varchar(40)   not null,
    calendar_zone      varchar(40)   not null,
    started_at         datetime      not null,
    target_seconds     bigint        not null,
    warn_at            datetime      not null,
    due_at             datetime      not null,
    level2_at          datetime      not null,
    paused_since       datetime,
    paused_seconds     bigint        default 0 not null,
    met_at             datetime,
    breached_at        datetime,
    policy_table       varchar(60)   not null,
    policy_version     varchar(20)   not null,
    policy_row         varchar(200)  not null,
    level1_recipients  varchar(500)  not null,
    level2_recipients  varchar(500)  not null,
    constraint pk_ticket_sla primary key (ticket_id, target),
    constraint fk_ticket_sla_ticket foreign key (ticket_id) references tf_ticket (id)
);
create index ix_ticket_sla_breached on tf_ticket_sla (breached_at);

create table tf_escalation (
    id              bigint auto_increment primary key,
    ticket_id       bigint        not null,
    target          varchar(20)   not null,
    level           int           not null,
    occurred_at     datetime      not null,
    assigned_group  varchar(64),
    region          varchar(40)   not null,
    recipients      varchar(1000) not null,
    constraint uq_escalation unique (ticket_id, target, level),
    constraint fk_escalation_ticket foreign key (ticket_id) references tf_ticket (id)
);
create index ix_escalation_group on tf_escalation (assigned_group, occurred_at);

create table tf_notification (
    id               bigint auto_increment primary key,
    idempotency_key  varchar(200)  not null,
    kind             varchar(40)   not null,
    ticket_id        bigint,
    recipient        varchar(320)  not null,
    recipient_user   varchar(64),
    subject          varchar(500)  not null,
    body             varchar(8000) not null,
    status           varchar(20)   not null,
    attempts         int           default 0 not null,
    next_attempt_at  datetime      not null,
    last_error       varchar(1000),
    message_id       varchar(200)  not null,
    created_at       datetime      not null,
    sent_at          datetime,
    constraint uq_notification_key unique (idempotency_key)
);
create index ix_notification_due on tf_notification (status, next_attempt_at);
create index ix_notification_ticket on tf_notification (ticket_id);

create table tf_backlog_alarm (
    assigned_group  varchar(64) not null primary key,
    raised          boolean     default false not null,
    open_tickets    int         default 0 not null,
    changed_at      datetime    not null
);
