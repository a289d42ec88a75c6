-- Omnichannel intake and the customer's 360° view: how a customer is recognised across channels, their orders and
-- sales opportunities, scenario templates with versions, a ticket's custom fields and attachments, the secret
-- status token of web-form tickets, and the channel messages already taken in (so a redelivery changes nothing).

create table tf_customer_identity (
    id           bigint auto_increment primary key,
    customer_id  bigint       not null,
    kind         varchar(20)  not null,
    channel      varchar(30)  not null,
    external_id  varchar(320) not null,
    created_at   datetime     not null,
    constraint uq_customer_identity unique (kind, channel, external_id),
    constraint fk_customer_identity_customer foreign key (customer_id) references tf_customer (id)
);
create index ix_customer_identity_customer on tf_customer_identity (customer_id);
insert into tf_customer_identity (customer_id, kind, channel, external_id, created_at)
    select id, 'EMAIL', '-', email, created_at from tf_customer where email is not null;
insert into tf_customer_identity (customer_id, kind, channel, external_id, created_at)
    select min(id), 'PHONE', '-', phone, min(created_at) from tf_customer where phone is not null group by phone;

alter table tf_customer add column merged_into bigint;

create table tf_order (
    order_number  varchar(64)    not null primary key,
    customer_id   bigint         not null,
    source        varchar(40)    not null,
    status        varchar(30)    not null,
    amount        decimal(14, 2) not null,
    currency      varchar(3)     not null,
    summary       varchar(500),
    ordered_at    datetime       not null,
    updated_at    datetime       not null,
    constraint fk_order_customer foreign key (customer_id) references tf_customer (id)
);
create index ix_order_customer on tf_order (customer_id, ordered_at);

create table tf_opportunity (
    external_id     varchar(64)    not null primary key,
    customer_id     bigint         not null,
    title           varchar(200)   not null,
    stage           varchar(40)    not null,
    status          varchar(10)    not null,
    amount          decimal(14, 2),
    expected_close  date,
    updated_at      datetime       not null,
    constraint fk_opportunity_customer foreign key (customer_id) references tf_customer (id)
);
create index ix_opportunity_customer on tf_opportunity (customer_id, status);

alter table tf_ticket add column order_number varchar(64);
alter table tf_ticket add column opportunity_id varchar(64);
alter table tf_ticket add column template_code varchar(40);
alter table tf_ticket add column template_version int;
alter table tf_ticket add column device_serial varchar(64);
create index ix_ticket_customer_order on tf_ticket (customer_id, order_number, status);
create index ix_ticket_device_serial on tf_ticket (device_serial, closed_at);

create table tf_template (
    code             varchar(40)  not null primary key,
    name             varchar(200) not null,
    category         varchar(60)  not null,
    current_version  int          not null,
    updated_at       datetime     not null
);

create table tf_template_version (
    template_code  varchar(40)  not null,
    version        int          not null,
    fields         text         not null,
    note           varchar(300) not null,
    created_by     varchar(64)  not null,
    created_at     datetime     not null,
    constraint pk_template_version primary key (template_code, version),
    constraint fk_template_version_template foreign key (template_code) references tf_template (code)
);

create table tf_ticket_field (
    ticket_id  bigint        not null,
    field_name   varchar(60)   not null,
    field_value  varchar(2000) not null,
    constraint pk_ticket_field primary key (ticket_id, field_name),
    constraint fk_ticket_field_ticket foreign key (ticket_id) references tf_ticket (id)
);

create table tf_device_model (
    model       varchar(64)  not null primary key,
    name        varchar(200) not null,
    manual_url  varchar(500) not null,
    updated_at  datetime     not null
);

create table tf_attachment (
    id            bigint auto_increment primary key,
    upload_token  varchar(64)  not null,
    ticket_id     bigint,
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    content       mediumblob   not null,
    uploaded_by   varchar(64)  not null,
    created_at    datetime     not null,
    constraint uq_attachment_token unique (upload_token),
    constraint fk_attachment_ticket foreign key (ticket_id) references tf_ticket (id)
);
create index ix_attachment_ticket on tf_attachment (ticket_id);

create table tf_ticket_access (
    ticket_id   bigint   not null primary key,
    token_hash  char(64) not null,
    created_at  datetime not null,
    constraint fk_ticket_access_ticket foreign key (ticket_id) references tf_ticket (id)
);

create table tf_channel_message (
    id           bigint auto_increment primary key,
    channel      varchar(30)  not null,
    message_id   varchar(250) not null,
    ticket_id    bigint       not null,
    outcome      varchar(20)  not null,
    received_at  datetime     not null,
    constraint uq_channel_message unique (channel, message_id),
    constraint fk_channel_message_ticket foreign key (ticket_id) references tf_ticket (id)
);
