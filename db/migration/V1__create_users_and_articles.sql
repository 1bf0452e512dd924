-- Accounts of editors and admins. E-mail addresses are compared case-insensitively.
create table app_user (
    id            bigserial primary key,
    email         varchar(254) not null,
    display_name  varchar(120) not null,
    password_hash varchar(255) not null,
    role          varchar(16)  not null check (role in ('EDITOR', 'ADMIN')),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
create unique index app_user_email_key on app_user (lower(email));

create table category (
    id   bigserial primary key,
    slug varchar(80)  not null unique,
    name varchar(120) not null
);

-- News items and press releases share one table: they differ only by kind and URL.
create table article (
    id                 bigserial primary key,
    kind               varchar(20)  not null check (kind in ('NEWS', 'PRESS_RELEASE')),
    slug               varchar(200) not null,
    title              varchar(300) not null,
    summary            text         not null default '',
    body               text         not null default '',
    state              varchar(20)  not null check (state in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    publish_at         timestamptz,
    first_published_at timestamptz,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    author_id          bigint references app_user (id) on delete set null,
    version            bigint       not null default 0,
    constraint article_kind_slug_key unique (kind, slug),
    constraint article_published_has_time check (state <> 'PUBLISHED' or publish_at is not null)
);
-- The public lists: visible items of one kind, newest first.
create index article_visible_idx on article (kind, publish_at desc) where state = 'PUBLISHED';

create table article_category (
    article_id  bigint not null references article (id) on delete cascade,
    category_id bigint not null references category (id) on delete cascade,
    primary key (article_id, category_id)
);
create index article_category_category_idx on article_category (category_id);
