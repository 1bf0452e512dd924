-- Content in several languages (issue 14, ADR 18). Each item keeps the language it was
-- written in, its original, in its own columns with a `language` column saying which;
-- each other language is one row of `<table>_translation` with the same field names. A
-- third language needs no new column: its versions are more rows.
-- `based_on` is a fingerprint of the original's text when the translation was saved or
-- confirmed: when the original's text moves on, the translation may be out of date.
alter table article add column language varchar(8) not null default 'en';
alter table event add column language varchar(8) not null default 'en';
alter table page add column language varchar(8) not null default 'en';
alter table document add column language varchar(8) not null default 'en';

create table article_translation (
    article_id bigint       not null references article (id) on delete cascade,
    language   varchar(8)   not null,
    slug       varchar(200) not null,
    title      varchar(300) not null,
    summary    text         not null default '',
    body       text         not null default '',
    based_on   varchar(64)  not null,
    updated_at timestamptz  not null,
    primary key (article_id, language)
);
create index article_translation_slug_idx on article_translation (language, slug);

create table event_translation (
    event_id   bigint       not null references event (id) on delete cascade,
    language   varchar(8)   not null,
    slug       varchar(200) not null,
    title      varchar(300) not null,
    summary    text         not null default '',
    body       text         not null default '',
    based_on   varchar(64)  not null,
    updated_at timestamptz  not null,
    primary key (event_id, language),
    constraint event_translation_slug_key unique (language, slug)
);

create table page_translation (
    page_id    bigint       not null references page (id) on delete cascade,
    language   varchar(8)   not null,
    slug       varchar(200) not null,
    title      varchar(300) not null,
    summary    text         not null default '',
    body       text         not null default '',
    based_on   varchar(64)  not null,
    updated_at timestamptz  not null,
    primary key (page_id, language),
    constraint page_translation_slug_key unique (language, slug)
);

create table document_translation (
    document_id bigint       not null references document (id) on delete cascade,
    language    varchar(8)   not null,
    slug        varchar(200) not null,
    title       varchar(300) not null,
    summary     text         not null default '',
    body        text         not null default '',
    based_on    varchar(64)  not null,
    updated_at  timestamptz  not null,
    primary key (document_id, language),
    constraint document_translation_slug_key unique (language, slug)
);

-- An old slug belongs to one language's version: /fr/news/{old} and /news/{old} each lead
-- to their own language's current address.
alter table slug_history add column language varchar(8) not null default 'en';
alter table slug_history drop constraint slug_history_pkey;
alter table slug_history add primary key (content_type, language, old_slug);

select portal_watch_for_search(watched) from unnest(array['article_translation', 'event_translation',
    'page_translation', 'document_translation']::regclass[]) watched;
