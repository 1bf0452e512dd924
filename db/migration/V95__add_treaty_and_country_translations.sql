-- Treaties, States' statements and country profiles in several languages (issue 14,
-- ADR 18): the original stays in the item's own columns with a `language` column saying
-- which; each other language is one row of `<table>_translation` with the same field
-- names, and `based_on`, a fingerprint of the original's text when the translation was
-- saved or confirmed ("may be out of date" when the original moves on). These items have
-- no slug: a treaty's address is its number, a country's its ISO code.
alter table treaty add column language varchar(8) not null default 'en';
alter table treaty_statement add column language varchar(8) not null default 'en';
alter table country_profile add column language varchar(8) not null default 'en';

create table treaty_translation (
    treaty_id   bigint       not null references treaty (id) on delete cascade,
    language    varchar(8)   not null,
    title       varchar(400) not null,
    short_title varchar(200) not null,
    summary     text         not null default '',
    based_on    varchar(64)  not null,
    updated_at  timestamptz  not null,
    primary key (treaty_id, language)
);

-- A statement's text in another language, where the depositary gives one.
create table treaty_statement_translation (
    statement_id bigint      not null references treaty_statement (id) on delete cascade,
    language     varchar(8)  not null,
    text         text        not null,
    based_on     varchar(64) not null,
    updated_at   timestamptz not null,
    primary key (statement_id, language)
);

-- Every section of a country's profile in another language; the contacts (signed-in
-- users only) and the review date are not translated.
create table country_profile_translation (
    country_id     bigint      not null references country (id) on delete cascade,
    language       varchar(8)  not null,
    status_summary text        not null default '',
    legislation    text        not null default '',
    policies       text        not null default '',
    institutions   text        not null default '',
    case_law       text        not null default '',
    sources        text        not null default '',
    based_on       varchar(64) not null,
    updated_at     timestamptz not null,
    primary key (country_id, language)
);

-- Treaties and profiles are searched; statements are shown on the chart and profiles.
select portal_watch_for_search(watched) from unnest(array['treaty_translation',
    'country_profile_translation']::regclass[]) watched;
select portal_watch_for_pages('treaty_statement_translation');
