-- Events: conferences, committee meetings and workshops. A timed event keeps its local
-- start and end with the IANA zone it takes place in (so a later change of that zone's
-- rules moves it with the zone); an all-day event keeps its dates only. starts_at and
-- ends_at are the same moments as instants (an all-day event runs from the start of its
-- first day to the end of its last, in its zone or else the site's), for the upcoming and
-- past lists and their indexes.
create table event (
    id                 bigserial primary key,
    slug               varchar(200) not null unique,
    title              varchar(300) not null,
    summary            text         not null default '',
    body               text         not null default '',
    state              varchar(20)  not null check (state in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    publish_at         timestamptz,
    first_published_at timestamptz,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    author_id          bigint references app_user (id) on delete set null,
    updated_by_id      bigint references app_user (id) on delete set null,
    version            bigint       not null default 0,
    all_day            boolean      not null,
    start_date         date         not null,
    end_date           date         not null,
    start_time         time,
    end_time           time,
    time_zone          varchar(64),
    starts_at          timestamptz  not null,
    ends_at            timestamptz  not null,
    venue              varchar(300) not null default '',
    city               varchar(120) not null default '',
    country_code       varchar(2) check (country_code ~ '^[A-Z]{2}$'),
    registration_url   varchar(1000) check (registration_url ~* '^https?://'),
    constraint event_published_has_time check (state <> 'PUBLISHED' or publish_at is not null),
    constraint event_in_order check (end_date >= start_date and ends_at >= starts_at),
    constraint event_timed_has_zone check (all_day
        or (start_time is not null and end_time is not null and time_zone is not null))
);
-- The public lists: upcoming (not yet ended) soonest first, past ones by year.
create index event_visible_end_idx on event (ends_at, starts_at) where state = 'PUBLISHED';
create index event_visible_start_idx on event (start_date desc) where state = 'PUBLISHED';
create index event_country_idx on event (country_code) where country_code is not null;
create index event_admin_idx on event (updated_at desc);
create index event_author_idx on event (author_id);

-- News items and press releases about an event, shown on its page.
create table event_article (
    event_id   bigint not null references event (id) on delete cascade,
    article_id bigint not null references article (id) on delete cascade,
    primary key (event_id, article_id)
);
create index event_article_article_idx on event_article (article_id);
