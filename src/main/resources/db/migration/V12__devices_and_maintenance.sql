-- Proactive maintenance: the devices customers bought (integrators register them), and one maintenance ticket per
-- device and due date — the key that keeps the daily run from opening a second ticket however often it runs.

create table tf_device (
    id               bigint auto_increment primary key,
    serial_number    varchar(64)  not null,
    customer_id      bigint       not null,
    product_model    varchar(64)  not null,
    region           varchar(32),
    purchased_on     date         not null,
    last_service_on  date,
    updated_at       datetime     not null,
    constraint uq_device_serial unique (serial_number),
    constraint fk_device_customer foreign key (customer_id) references tf_customer (id)
);
create index ix_device_customer on tf_device (customer_id);

create table tf_maintenance_ticket (
    device_id   bigint    not null,
    due_on      date      not null,
    ticket_id   bigint,
    created_at  datetime  not null,
    constraint pk_maintenance_ticket primary key (device_id, due_on),
    constraint fk_maintenance_device foreign key (device_id) references tf_device (id),
    constraint fk_maintenance_ticket foreign key (ticket_id) references tf_ticket (id)
);
