-- The page cache (issue 16): a number that grows with every committed transaction that
-- changes anything a public page reads, as search_generation does for the searched tables
-- (V42). Cached pages of an older number are not served again, on any node.
create table content_generation (
    id boolean primary key default true check (id),
    value bigint not null
);
insert into content_generation (value) values (0);

create function portal_content_changed() returns trigger
    language plpgsql as $$
begin
    if coalesce(current_setting('portal.content_changed', true), '') = '' then
        perform set_config('portal.content_changed', 'yes', true);
        update content_generation set value = value + 1;
    end if;
    return null;
end
$$;

-- Every table a public page reads is watched: a new table's migration calls
-- portal_watch_for_pages('its_table'), or portal_watch_for_search('its_table'), which now
-- does both (a searched table is always shown on public pages). PageCacheTests fails for a
-- table that is neither watched nor listed there as private.
create function portal_watch_for_pages(watched regclass) returns void
    language plpgsql as $$
declare
    name text := (select c.relname from pg_class c where c.oid = watched);
begin
    execute format('create constraint trigger %I after insert or update or delete on %s'
        ' deferrable initially deferred for each row execute function portal_content_changed()',
        name || '_content_changed', watched);
    execute format('create trigger %I after truncate on %s for each statement'
        ' execute function portal_content_changed()', name || '_content_truncated', watched);
end
$$;

create or replace function portal_watch_for_search(watched regclass) returns void
    language plpgsql as $$
declare
    name text := (select c.relname from pg_class c where c.oid = watched);
begin
    execute format('create constraint trigger %I after insert or update or delete on %s'
        ' deferrable initially deferred for each row execute function portal_search_changed()',
        name || '_search_changed', watched);
    execute format('create trigger %I after truncate on %s for each statement'
        ' execute function portal_search_changed()', name || '_search_truncated', watched);
    perform portal_watch_for_pages(watched);
end
$$;

select portal_watch_for_pages(watched) from unnest(array['article', 'article_category', 'category',
    'content_attachment', 'stored_file', 'slug_history', 'page', 'event', 'event_article', 'document',
    'document_file', 'document_country', 'treaty', 'treaty_party', 'treaty_statement', 'country',
    'country_profile']::regclass[]) watched;
