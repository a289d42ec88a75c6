-- Mail the support mailbox received but could not take in (no sender, unreadable): kept raw, with the reason, for
-- an admin to read and act on — never dropped in silence.
create table tf_unreadable_mail (
    id           bigint auto_increment primary key,
    subject      varchar(500),
    reason       varchar(1000) not null,
    size_bytes   bigint        not null,
    truncated    boolean       not null,
    raw_content  mediumblob    not null,
    received_at  datetime      not null
);
create index ix_unreadable_mail_received on tf_unreadable_mail (received_at);
