-- Distinct searches at volume (issue 16, ADR 19): a search ranks a bounded candidate set,
-- the most recent matches of the title and summary, found by their own small vector and
-- index, instead of reading and ranking the whole vector of every match.
alter table article add column search_head tsvector
    generated always as (portal_search_vector(title, summary, null)) stored;
create index article_search_head_idx on article using gin (search_head);

alter table page add column search_head tsvector
    generated always as (portal_search_vector(title, summary, null)) stored;
create index page_search_head_idx on page using gin (search_head);

alter table event add column search_head tsvector
    generated always as (portal_search_vector(title, summary || ' ' || venue || ' ' || city, null)) stored;
create index event_search_head_idx on event using gin (search_head);

alter table document add column search_head tsvector
    generated always as (portal_search_vector(title, summary, null)) stored;
create index document_search_head_idx on document using gin (search_head);

-- The most recent matches of a type are found walking its dates from the newest, in the
-- order search uses for every type (newest first, undated last, then by id).
create index article_search_recent_idx on article (kind, publish_at desc nulls last, id desc)
    where state = 'PUBLISHED';
create index event_search_recent_idx on event (start_date desc nulls last, id desc) where state = 'PUBLISHED';
