-- Full-text search: an English configuration that ignores accents, and on every
-- searchable table a generated, weighted tsvector (title A, summary B, text C) with a
-- GIN index, plus trigram indexes on titles for "did you mean".
create extension if not exists unaccent schema public;
create extension if not exists pg_trgm schema public;

create text search configuration portal (copy = english);
alter text search configuration portal
    alter mapping for hword, hword_part, word with public.unaccent, english_stem;

-- The words of stored HTML: tags and entities become spaces.
create function portal_html_text(html text) returns text
    language sql immutable parallel safe
    return regexp_replace(regexp_replace(coalesce(html, ''), '<[^>]*>', ' ', 'g'), '&[#a-zA-Z0-9]+;', ' ', 'g');

create function portal_search_vector(title text, summary text, body_html text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('portal', coalesce(title, '')), 'A')
        || setweight(to_tsvector('portal', coalesce(summary, '')), 'B')
        || setweight(to_tsvector('portal', portal_html_text(body_html)), 'C');

alter table article add column search tsvector
    generated always as (portal_search_vector(title, summary, body)) stored;
create index article_search_idx on article using gin (search);
create index article_title_trgm_idx on article using gin (lower(title) public.gin_trgm_ops);

alter table page add column search tsvector
    generated always as (portal_search_vector(title, summary, body)) stored;
create index page_search_idx on page using gin (search);

alter table treaty add column search tsvector
    generated always as (setweight(to_tsvector('portal', title || ' ' || short_title || ' ' || series || ' ' || number), 'A')
        || setweight(to_tsvector('portal', summary), 'B')) stored;
create index treaty_search_idx on treaty using gin (search);

alter table country_profile add column search tsvector
    generated always as (setweight(to_tsvector('portal', portal_html_text(status_summary)), 'B')
        || setweight(to_tsvector('portal', portal_html_text(legislation || ' ' || policies || ' ' || institutions
            || ' ' || case_law || ' ' || sources)), 'C')) stored;
