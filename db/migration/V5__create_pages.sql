-- Static pages at /{slug} ("Our approach", "T-CY Committee"), some of them in the site
-- menu in the order admins give them.
create table page (
    id                 bigserial primary key,
    slug               varchar(200) not null unique,
    title              varchar(300) not null,
    summary            text         not null default '',
    body               text         not null default '',
    state              varchar(20)  not null check (state in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    publish_at         timestamptz,
    first_published_at timestamptz,
    menu_position      integer,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    author_id          bigint references app_user (id) on delete set null,
    updated_by_id      bigint references app_user (id) on delete set null,
    version            bigint       not null default 0,
    constraint page_published_has_time check (state <> 'PUBLISHED' or publish_at is not null)
);
create index page_menu_idx on page (menu_position) where menu_position is not null;
