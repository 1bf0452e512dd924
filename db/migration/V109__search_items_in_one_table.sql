-- Search in one table (issue 16, ADR 19): a row per searchable version of an item (its
-- original and each translation) with its vectors, address, title, dates, filters and the
-- plain text its snippets are taken from, kept by triggers on every table the rows are
-- made of. A search is then one indexed query on one table instead of a union of every
-- content type's query, planned anew each time.
--
-- Which rows a search in a language reads: the rows in that language, and the originals
-- of items with no version in it. Which are visible: those whose visible_from has come
-- (null: always). Unpublished items have no rows.
create table search_item (
    type text not null,
    id bigint not null,
    language text not null,
    original boolean not null,
    title text not null,
    -- The item's title per language where it differs by the searched language rather than
    -- by the text's (a country's name): {"fr": "Allemagne"}.
    titles jsonb,
    url text not null,
    at timestamptz,
    -- The date shown; null: the day of "at" in the site's time zone.
    date date,
    date_precision text not null default 'DAY',
    visible_from timestamptz,
    body text not null,
    vector tsvector not null,
    head tsvector not null,
    countries text[],
    treaty integer,
    primary key (type, id, language)
);
alter table search_item alter column vector set storage main;
-- A short pending list (512 kB rather than 4 MB): each search reads it whole until it is
-- merged; inserts still come in batches.
create index search_item_vector on search_item using gin (vector) with (gin_pending_list_limit = 512);
create index search_item_head on search_item using gin (head) with (gin_pending_list_limit = 512);
create index search_item_recent on search_item (at desc nulls last, type, id desc);
create index search_item_scheduled on search_item (visible_from);
create index search_item_title_trgm on search_item using gin (lower(title) gin_trgm_ops) with (gin_pending_list_limit = 512);

-- The day a date-only row sorts by, the same whatever the session's time zone.
create function portal_search_at(day date) returns timestamptz
    language sql immutable parallel safe
    return day::timestamp at time zone 'UTC';

-- News items and press releases: published ones, visible from their publication.
create function portal_search_refresh_article(ids bigint[]) returns void
    language plpgsql as $$
begin
    -- No ids: every item (the first fill, or a table emptied).
    if ids is null then
        delete from search_item where type in ('news', 'press-releases');
        ids := array(select t.id from article t);
    else
        delete from search_item where type in ('news', 'press-releases') and id = any(ids);
    end if;
    insert into search_item (type, id, language, original, title, url, at, date_precision, visible_from, body,
                             vector, head)
    select k.type, a.id, v.language, v.original, v.title, '/' || k.type || '/' || v.slug, a.publish_at,
           a.date_precision, a.publish_at, v.summary || ' ' || portal_html_text(v.body), v.search, v.search_head
    from article a
    cross join lateral (select case a.kind when 'NEWS' then 'news' else 'press-releases' end as type) k
    cross join lateral (select a.language, true as original, a.title, a.slug, a.summary, a.body, a.search,
                               a.search_head
                        union all
                        select t.language, false, t.title, t.slug, t.summary, t.body, t.search, t.search_head
                        from article_translation t where t.article_id = a.id and t.language <> a.language) v
    where a.state = 'PUBLISHED' and a.id = any(ids);
end
$$;

create function portal_search_refresh_event(ids bigint[]) returns void
    language plpgsql as $$
begin
    if ids is null then
        delete from search_item where type = 'events';
        ids := array(select t.id from event t);
    else
        delete from search_item where type = 'events' and id = any(ids);
    end if;
    insert into search_item (type, id, language, original, title, url, at, date, visible_from, body, vector, head,
                             countries)
    select 'events', e.id, v.language, v.original, v.title, '/events/' || v.slug, portal_search_at(e.start_date),
           e.start_date, e.publish_at, v.summary || ' ' || e.city || ' ' || portal_html_text(v.body), v.search,
           v.search_head, array[e.country_code]
    from event e
    cross join lateral (select e.language, true as original, e.title, e.slug, e.summary, e.body, e.search,
                               e.search_head
                        union all
                        select t.language, false, t.title, t.slug, t.summary, t.body, t.search, t.search_head
                        from event_translation t where t.event_id = e.id and t.language <> e.language) v
    where e.state = 'PUBLISHED' and e.id = any(ids);
end
$$;

-- Pages are dated by their last change.
create function portal_search_refresh_page(ids bigint[]) returns void
    language plpgsql as $$
begin
    if ids is null then
        delete from search_item where type = 'pages';
        ids := array(select t.id from page t);
    else
        delete from search_item where type = 'pages' and id = any(ids);
    end if;
    insert into search_item (type, id, language, original, title, url, at, visible_from, body, vector, head)
    select 'pages', p.id, v.language, v.original, v.title, '/' || v.slug, p.updated_at, p.publish_at,
           v.summary || ' ' || portal_html_text(v.body), v.search, v.search_head
    from page p
    cross join lateral (select p.language, true as original, p.title, p.slug, p.summary, p.body, p.search,
                               p.search_head
                        union all
                        select t.language, false, t.title, t.slug, t.summary, t.body, t.search, t.search_head
                        from page_translation t where t.page_id = p.id and t.language <> p.language) v
    where p.state = 'PUBLISHED' and p.id = any(ids);
end
$$;

-- Text extracted from files, as snippets read it (V102): lines met more than once (page
-- headers and footers), lines that are a page number ("12", "Page 3 of 40", "- 7 -") and
-- runs of dots (leaders of a table of contents, with the page number after them) left out.
-- Done once when the rows are made rather than at each search.
create function portal_snippet_text(lines text) returns text
    language sql immutable parallel safe
    return btrim(regexp_replace(regexp_replace(coalesce(
        (select string_agg(l.line, ' ' order by l.n)
         from (select line, n, count(*) over (partition by lower(btrim(line))) as times
               from regexp_split_to_table(coalesce(lines, ''), '\s*[\r\n]+\s*') with ordinality s(line, n)) l
         where l.line <> ''
             and (l.times = 1 or length(l.line) < 4)
             and l.line !~* '^[-–—\s]*(page|p\.)?\s*\d{1,4}(\s*(/|of|sur|de)\s*\d{1,4})?[-–—\s]*$'), ''),
        '(\s*[.·…_]){4,}\s*\d{0,4}', ' ', 'g'), '\s+', ' ', 'g'));

drop function portal_snippet_source(regconfig, text, tsquery);

-- Documents: each version's vector holds the text of the current files (V41, V101); the
-- snippet text is the description and the files' text.
create function portal_search_refresh_document(ids bigint[]) returns void
    language plpgsql as $$
begin
    if ids is null then
        delete from search_item where type = 'documents';
        ids := array(select t.id from document t);
    else
        delete from search_item where type = 'documents' and id = any(ids);
    end if;
    insert into search_item (type, id, language, original, title, url, at, date, visible_from, body, vector, head,
                             countries, treaty)
    select 'documents', d.id, v.language, v.original, v.title, '/documents/' || v.slug,
           portal_search_at(d.document_date), d.document_date, d.publish_at,
           v.summary || ' ' || coalesce((select string_agg(portal_snippet_text(left(f.extracted_text, 5000)), ' ')
                                         from document_file f where f.document_id = d.id and f.current), ''),
           v.search, v.search_head,
           array(select c.country_code from document_country c where c.document_id = d.id), d.treaty_number
    from document d
    cross join lateral (select d.language, true as original, d.title, d.slug, d.summary, d.search, d.search_head
                        union all
                        select t.language, false, t.title, t.slug, t.summary, t.search, t.search_head
                        from document_translation t where t.document_id = d.id and t.language <> d.language) v
    where d.state = 'PUBLISHED' and d.id = any(ids);
end
$$;

-- Treaties: a translation's vector holds its own words; the series and number, which are
-- not translated, are added (weight A, as in the original's).
create function portal_search_refresh_treaty(ids bigint[]) returns void
    language plpgsql as $$
begin
    if ids is null then
        delete from search_item where type = 'treaties';
        ids := array(select t.id from treaty t);
    else
        delete from search_item where type = 'treaties' and id = any(ids);
    end if;
    insert into search_item (type, id, language, original, title, url, at, date, body, vector, head, treaty)
    select 'treaties', t.id, v.language, v.original, t.series || ' ' || t.number || ' ' || v.title,
           '/treaties/' || t.number, portal_search_at(t.opened_on), t.opened_on, portal_html_text(v.summary),
           v.search, v.search, t.number
    from treaty t
    cross join lateral (select t.language, true as original, t.title, t.summary, t.search
                        union all
                        select tt.language, false, tt.title, tt.summary,
                               tt.search || setweight(to_tsvector('simple', t.series || ' ' || t.number), 'A')
                        from treaty_translation tt where tt.treaty_id = t.id and tt.language <> t.language) v
    where t.id = any(ids);
end
$$;

-- Countries, with or without a profile: found by every name they have ("Allemagne" and
-- "Germany" find Germany on either search) and the profile's text, shown under their name
-- in the searched language. Restricted contacts are never searched.
create function portal_search_refresh_country(ids bigint[]) returns void
    language plpgsql as $$
begin
    if ids is null then
        delete from search_item where type = 'countries';
        ids := array(select t.id from country t);
    else
        delete from search_item where type = 'countries' and id = any(ids);
    end if;
    insert into search_item (type, id, language, original, title, titles, url, at, date, body, vector, head,
                             countries)
    select 'countries', c.id, v.language, v.original, c.name, n.titles, '/countries/' || lower(c.code),
           portal_search_at(p.last_reviewed), p.last_reviewed,
           portal_html_text(coalesce(v.status_summary, '') || ' ' || coalesce(v.legislation, '')),
           h.head || coalesce(v.search, ''::tsvector), h.head, array[c.code]
    from country c
    left join country_profile p on p.country_id = c.id
    cross join lateral (select jsonb_object_agg(cn.language, cn.name) as titles,
                               coalesce(string_agg(cn.name, ' '), '') || ' ' || c.name as names
                        from country_name cn where cn.country_id = c.id) n
    cross join lateral (select coalesce(p.language, 'en') as language, true as original, p.status_summary,
                               p.legislation, p.search
                        union all
                        select t.language, false, t.status_summary, t.legislation, t.search
                        from country_profile_translation t
                        where t.country_id = c.id and p.country_id is not null and t.language <> p.language) v
    cross join lateral (select setweight(to_tsvector(portal_search_config(v.language), n.names), 'A') as head) h
    where c.id = any(ids);
end
$$;

-- The triggers on every table the rows are made of: once per statement, they refresh the
-- rows of the items the changed rows belong to, all at once (an import of thousands of
-- rows refreshes their items in one query). Arguments: which refresh (article, event, ...)
-- and the column that holds the item's id.
create function portal_search_item_changed() returns trigger
    language plpgsql as $$
declare
    changed bigint[] := '{}';
    found bigint[];
begin
    if tg_op = 'TRUNCATE' then
        execute format('select portal_search_refresh_%s(null)', tg_argv[0]);
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        execute format('select array(select distinct (to_jsonb(r) ->> %L)::bigint from old_rows r)', tg_argv[1])
            into found;
        changed := changed || found;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        execute format('select array(select distinct (to_jsonb(r) ->> %L)::bigint from new_rows r)', tg_argv[1])
            into found;
        changed := changed || found;
    end if;
    if cardinality(changed) > 0 then
        execute format('select portal_search_refresh_%s($1)', tg_argv[0]) using changed;
    end if;
    return null;
end
$$;

create function portal_search_items_from(watched regclass, refresh text, id_column text) returns void
    language plpgsql as $$
declare
    name text := (select c.relname from pg_class c where c.oid = watched);
begin
    execute format('create trigger %I after insert on %s referencing new table as new_rows for each statement'
        ' execute function portal_search_item_changed(%L, %L)', name || '_search_item_inserted', watched, refresh,
        id_column);
    execute format('create trigger %I after update on %s referencing old table as old_rows new table as new_rows'
        ' for each statement execute function portal_search_item_changed(%L, %L)', name || '_search_item_updated',
        watched, refresh, id_column);
    execute format('create trigger %I after delete on %s referencing old table as old_rows for each statement'
        ' execute function portal_search_item_changed(%L, %L)', name || '_search_item_deleted', watched, refresh,
        id_column);
    execute format('create trigger %I after truncate on %s for each statement'
        ' execute function portal_search_item_changed(%L)', name || '_search_item_truncated', watched, refresh);
end
$$;

select portal_search_items_from(w.watched, w.refresh, w.id_column)
from (values ('article'::regclass, 'article', 'id'), ('article_translation', 'article', 'article_id'),
             ('event', 'event', 'id'), ('event_translation', 'event', 'event_id'),
             ('page', 'page', 'id'), ('page_translation', 'page', 'page_id'),
             ('document', 'document', 'id'), ('document_translation', 'document', 'document_id'),
             ('document_file', 'document', 'document_id'), ('document_country', 'document', 'document_id'),
             ('treaty', 'treaty', 'id'), ('treaty_translation', 'treaty', 'treaty_id'),
             ('country', 'country', 'id'), ('country_name', 'country', 'country_id'),
             ('country_profile', 'country', 'country_id'),
             ('country_profile_translation', 'country', 'country_id')) w(watched, refresh, id_column);

select portal_search_refresh_article(null), portal_search_refresh_event(null), portal_search_refresh_page(null),
       portal_search_refresh_document(null), portal_search_refresh_treaty(null),
       portal_search_refresh_country(null);

-- The table changes only with the tables above, in the same transaction; watched all the
-- same, so that the test that finds an unwatched table needs no exception.
select portal_watch_for_pages('search_item');
