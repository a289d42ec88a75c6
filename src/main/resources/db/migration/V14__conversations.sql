-- Conversations: one outbox for everything that leaves Ticketflow (decision record 0008). A row says to whom
-- (audience), how (transport: MAIL, CALLBACK, SMS, WEBHOOK) and through what (target: the channel whose callback,
-- the webhook subscription); HTTP transports carry their JSON body in payload.
alter table tf_notification add column audience varchar(20) default 'STAFF' not null;
alter table tf_notification add column transport varchar(20) default 'MAIL' not null;
alter table tf_notification add column target varchar(100);
alter table tf_notification add column payload mediumtext;
alter table tf_notification add column in_reply_to varchar(250);
alter table tf_notification add column reference_ids varchar(2000);
alter table tf_notification add column attachment_ids varchar(500);
alter table tf_notification add column ticket_event_id bigint;
alter table tf_notification add column subscription_id bigint;
create index ix_notification_message_id on tf_notification (message_id);
create index ix_notification_subscription on tf_notification (subscription_id, id);

-- The language a customer reads (zh, en), remembered from their channel or browser; null means Chinese.
alter table tf_customer add column language varchar(10);
-- Staff language lives in Camunda's user info (key "language").

-- Status links are now derived from the ticket number with the application's secret (ticket.StatusLinks); the
-- web form's stored token hashes are no longer read.
drop table tf_ticket_access;

-- Secrets the application makes for itself once, shared by every node (the status-link key).
create table tf_secret (
    name        varchar(60)  not null primary key,
    secret      varchar(200) not null,
    created_at  datetime     not null
);

-- An integrator's subscription to ticket events, delivered signed to its URL through the outbox.
create table tf_webhook_subscription (
    id          bigint auto_increment primary key,
    name        varchar(100)  not null,
    url         varchar(500)  not null,
    events      varchar(1000) not null,
    key_id      varchar(40)   not null,
    secret      varchar(200)  not null,
    paused      boolean       default false not null,
    created_by  varchar(64)   not null,
    created_at  datetime      not null
);

-- Canned replies: every change is a new version; the newest version of a code is current unless it is retired.
create table tf_macro (
    id          bigint auto_increment primary key,
    code        varchar(60)   not null,
    version     int           not null,
    title       varchar(200)  not null,
    body        varchar(4000) not null,
    retired     boolean       default false not null,
    created_by  varchar(64)   not null,
    created_at  datetime      not null,
    constraint uq_macro_version unique (code, version)
);
