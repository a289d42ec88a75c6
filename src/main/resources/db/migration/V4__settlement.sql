-- Settlement: partners (installers, service teams, franchises, direct stores, dealers) and who works for them, the
-- sales integrators report, engineers' service reports, per-ticket settlements and per partner-month statements with
-- their lines. Money is decimal(14,2); lines carry the rule table, version and row that produced them.

create table tf_partner (
    code        varchar(40)  not null primary key,
    name        varchar(200) not null,
    kind        varchar(20)  not null,
    region      varchar(40)  not null,
    updated_at  datetime     not null
);

create table tf_partner_member (
    user_id       varchar(64) not null primary key,
    partner_code  varchar(40) not null,
    constraint fk_partner_member_partner foreign key (partner_code) references tf_partner (code)
);

create table tf_partner_sale (
    id            bigint auto_increment primary key,
    partner_code  varchar(40)    not null,
    reference     varchar(80)    not null,
    sale_date     date           not null,
    amount        decimal(14, 2) not null,
    recorded_at   datetime       not null,
    constraint uq_partner_sale unique (partner_code, reference),
    constraint fk_partner_sale_partner foreign key (partner_code) references tf_partner (code)
);
create index ix_partner_sale_date on tf_partner_sale (partner_code, sale_date);

create table tf_service_report (
    ticket_id      bigint         not null primary key,
    service_type   varchar(40)    not null,
    complexity     varchar(20)    not null,
    high_altitude  boolean        not null,
    night_visit    boolean        not null,
    remote_area    boolean        not null,
    parts_cost     decimal(14, 2) not null,
    parts_lost     boolean        not null,
    city           varchar(80),
    reported_by    varchar(64)    not null,
    reported_at    datetime       not null,
    constraint fk_service_report_ticket foreign key (ticket_id) references tf_ticket (id)
);

create table tf_settlement_statement (
    id            bigint auto_increment primary key,
    partner_code  varchar(40) not null,
    period        char(7)     not null,
    status        varchar(20) not null,
    currency      varchar(3)  not null,
    calculated_at datetime,
    confirmed_at  datetime,
    confirmed_by  varchar(64),
    paid_at       datetime,
    created_at    datetime    not null,
    constraint uq_settlement_statement unique (partner_code, period),
    constraint fk_statement_partner foreign key (partner_code) references tf_partner (code)
);

create table tf_ticket_settlement (
    id            bigint auto_increment primary key,
    ticket_id     bigint      not null,
    ticket_number varchar(24) not null,
    statement_id  bigint      not null,
    partner_code  varchar(40)    not null,
    engineer      varchar(64)    not null,
    team          varchar(64),
    region        varchar(40)    not null,
    station       varchar(40),
    service_type  varchar(40)    not null,
    service_date  date           not null,
    accepted_at   datetime       not null,
    reopened      boolean        not null,
    parts_lost    boolean        not null,
    currency      varchar(3)     not null,
    subtotal      decimal(14, 2) not null,
    total         decimal(14, 2) not null,
    created_at    datetime       not null,
    constraint uq_ticket_settlement unique (ticket_id),
    constraint fk_ticket_settlement_ticket foreign key (ticket_id) references tf_ticket (id),
    constraint fk_ticket_settlement_statement foreign key (statement_id) references tf_settlement_statement (id)
);
create index ix_ticket_settlement_statement on tf_ticket_settlement (statement_id);
create index ix_ticket_settlement_accepted on tf_ticket_settlement (accepted_at);

create table tf_settlement_line (
    id                    bigint auto_increment primary key,
    statement_id          bigint         not null,
    ticket_settlement_id  bigint,
    kind                  varchar(20)    not null,
    component             varchar(20)    not null,
    description           varchar(300)   not null,
    quantity              decimal(14, 4) not null,
    unit_amount           decimal(14, 4) not null,
    amount                decimal(14, 2) not null,
    rule_table            varchar(100),
    rule_version          varchar(20),
    rule_row              varchar(200),
    constraint fk_settlement_line_statement foreign key (statement_id) references tf_settlement_statement (id),
    constraint fk_settlement_line_ticket foreign key (ticket_settlement_id) references tf_ticket_settlement (id)
);
create index ix_settlement_line_statement on tf_settlement_line (statement_id, kind);
create index ix_settlement_line_ticket on tf_settlement_line (ticket_settlement_id);
