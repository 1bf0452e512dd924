-- Who did what to which item, when and from where. Rows are only ever added.
create table audit_entry (
    id             bigserial primary key,
    occurred_at    timestamptz  not null,
    actor_id       bigint references app_user (id) on delete set null,
    actor_email    varchar(254),
    action         varchar(40)  not null,
    item_type      varchar(40),
    item_id        bigint,
    item_label     varchar(300),
    client_address varchar(64),
    details        varchar(1000)
);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
create index audit_entry_actor_idx on audit_entry (lower(actor_email), occurred_at desc);
create index audit_entry_item_idx on audit_entry (item_type, item_id);
create index audit_entry_action_idx on audit_entry (action, occurred_at desc);
