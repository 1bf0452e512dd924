-- Every save of an editable item stores a snapshot of its editable fields. History is
-- never rewritten: restoring an old revision saves a new one.
create table revision (
    id             bigserial primary key,
    content_type   varchar(40)  not null,
    content_id     bigint       not null,
    number         integer      not null,
    entity_version bigint       not null,
    fields         text         not null,
    author_id      bigint references app_user (id) on delete set null,
    author_email   varchar(254),
    created_at     timestamptz  not null,
    note           varchar(300),
    constraint revision_number_key unique (content_type, content_id, number)
);
create index revision_version_idx on revision (content_type, content_id, entity_version);

-- Slugs an item had before a rename: their URLs answer 301 to the current one.
create table slug_history (
    content_type varchar(40)  not null,
    old_slug     varchar(200) not null,
    content_id   bigint       not null,
    created_at   timestamptz  not null,
    primary key (content_type, old_slug)
);

alter table article add column updated_by_id bigint references app_user (id) on delete set null;
create index article_admin_idx on article (kind, updated_at desc);
create index article_author_idx on article (author_id);
