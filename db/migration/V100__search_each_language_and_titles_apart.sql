-- Search in each language (issue 14) and distinct searches at volume (issue 16), ADR 19.
--
-- 1. Each text is indexed with its own language's configuration, accents ignored: French
--    with French stemming (cybercriminalité, cybercriminalite and Cybercriminalités are
--    one word), English as before. A third language adds its configuration here.
create text search configuration portal_fr (copy = french);
alter text search configuration portal_fr
    alter mapping for hword, hword_part, word with public.unaccent, french_stem;

create function portal_search_config(language text) returns regconfig
    language sql immutable parallel safe
    return case language when 'en' then 'portal'::regconfig when 'fr' then 'portal_fr'::regconfig
        else 'simple'::regconfig end;

create function portal_search_vector(language text, title text, summary text, body_html text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector(portal_search_config(language), coalesce(title, '')), 'A')
        || setweight(to_tsvector(portal_search_config(language), coalesce(summary, '')), 'B')
        || setweight(to_tsvector(portal_search_config(language), portal_html_text(body_html)), 'C');

-- 2. Besides the vector of everything, the title and summary have their own small vector
--    and index: a search ranks the most recent of their matches, not every match.
alter table article drop column search;
alter table article add column search tsvector
    generated always as (portal_search_vector(language, title, summary, body)) stored;
alter table article alter column search set storage main;
create index article_search_idx on article using gin (search);
alter table article add column search_head tsvector
    generated always as (portal_search_vector(language, title, summary, null)) stored;
create index article_search_head_idx on article using gin (search_head);

alter table page drop column search;
alter table page add column search tsvector
    generated always as (portal_search_vector(language, title, summary, body)) stored;
alter table page alter column search set storage main;
create index page_search_idx on page using gin (search);
alter table page add column search_head tsvector
    generated always as (portal_search_vector(language, title, summary, null)) stored;
create index page_search_head_idx on page using gin (search_head);

alter table event drop column search;
alter table event add column search tsvector
    generated always as (portal_search_vector(language, title, summary || ' ' || venue || ' ' || city, body)) stored;
alter table event alter column search set storage main;
create index event_search_idx on event using gin (search);
alter table event add column search_head tsvector
    generated always as (portal_search_vector(language, title, summary || ' ' || venue || ' ' || city, null)) stored;
create index event_search_head_idx on event using gin (search_head);

-- A document's vector is kept by triggers (V41): its own text now in its language.
create function document_search_vector(document_id bigint, language text, title text, summary text, body text)
    returns tsvector
    language sql stable
    return portal_search_vector(language, title, summary, body)
        || coalesce((select portal_tsvector_agg(f.search) from document_file f
                     where f.document_id = document_search_vector.document_id and f.current), ''::tsvector);

create or replace function document_search_before_write() returns trigger
    language plpgsql as $$
begin
    new.search := document_search_vector(new.id, new.language, new.title, new.summary, new.body);
    return new;
end
$$;

create or replace function document_search_after_file_change() returns trigger
    language plpgsql as $$
declare
    changed bigint := coalesce(new.document_id, old.document_id);
begin
    update document d set search = document_search_vector(d.id, d.language, d.title, d.summary, d.body)
        where d.id = changed;
    return null;
end
$$;

drop trigger document_search_before_write on document;
create trigger document_search_before_write before insert or update of title, summary, body, language on document
    for each row execute function document_search_before_write();
update document d set search = document_search_vector(d.id, d.language, d.title, d.summary, d.body);
alter table document add column search_head tsvector
    generated always as (portal_search_vector(language, title, summary, null)) stored;
create index document_search_head_idx on document using gin (search_head);

-- 3. Translations are searched in their language, found the same two ways; their titles
--    feed "did you mean".
alter table article_translation add column search tsvector
    generated always as (portal_search_vector(language, title, summary, body)) stored;
alter table article_translation add column search_head tsvector
    generated always as (portal_search_vector(language, title, summary, null)) stored;
alter table page_translation add column search tsvector
    generated always as (portal_search_vector(language, title, summary, body)) stored;
alter table page_translation add column search_head tsvector
    generated always as (portal_search_vector(language, title, summary, null)) stored;
alter table event_translation add column search tsvector
    generated always as (portal_search_vector(language, title, summary, body)) stored;
alter table event_translation add column search_head tsvector
    generated always as (portal_search_vector(language, title, summary, null)) stored;
alter table document_translation add column search tsvector
    generated always as (portal_search_vector(language, title, summary, body)) stored;
alter table document_translation add column search_head tsvector
    generated always as (portal_search_vector(language, title, summary, null)) stored;
create index article_translation_search_idx on article_translation using gin (search);
create index article_translation_search_head_idx on article_translation using gin (search_head);
create index article_translation_title_trgm_idx on article_translation using gin (lower(title) public.gin_trgm_ops);
create index page_translation_search_idx on page_translation using gin (search);
create index page_translation_search_head_idx on page_translation using gin (search_head);
create index event_translation_search_idx on event_translation using gin (search);
create index event_translation_search_head_idx on event_translation using gin (search_head);
create index document_translation_search_idx on document_translation using gin (search);
create index document_translation_search_head_idx on document_translation using gin (search_head);

-- 4. The most recent matches of a type are found walking its dates from the newest, in the
--    order search uses for every type (newest first, undated last, then by id).
create index article_search_recent_idx on article (kind, publish_at desc nulls last, id desc)
    where state = 'PUBLISHED';
create index event_search_recent_idx on event (start_date desc nulls last, id desc) where state = 'PUBLISHED';
