-- Search at volume (issue 6).
--
-- 1. Ranking reads the vector of every match. Kept in the table's own pages instead of
--    the TOAST table, a common word's 10,000 matches rank about five times faster.
alter table article set (toast_tuple_target = 8160);
alter table article alter column search set storage main;
alter table page set (toast_tuple_target = 8160);
alter table page alter column search set storage main;
alter table event set (toast_tuple_target = 8160);
alter table event alter column search set storage main;
alter table country_profile set (toast_tuple_target = 8160);
alter table country_profile alter column search set storage main;
-- A document's vector holds the text of its files too: most still fit, compressed.
alter table document set (toast_tuple_target = 8160);
alter table document alter column search set storage main;

-- Rows written before this migration move their vectors when rewritten.
update article set title = title;
update page set title = title;
update event set title = title;
update country_profile set status_summary = status_summary;
update document set title = title;

-- A country's name, weighted as a title, stored rather than computed for every query.
alter table country add column search tsvector
    generated always as (setweight(to_tsvector('portal', name), 'A')) stored;

-- 2. The next scheduled publication of each searchable type, found by an index.
create index page_scheduled_idx on page (publish_at) where state = 'PUBLISHED';
create index event_scheduled_idx on event (publish_at) where state = 'PUBLISHED';
create index document_scheduled_idx on document (publish_at) where state = 'PUBLISHED';

-- 3. The search results cache: a number that grows with every committed transaction that
--    changes anything searchable. Cached results of an older number are not used again.
--    The triggers are deferred and bump the number once per transaction, at its commit, so
--    that the row is locked only for that moment and readers never see a number before
--    the change it counts.
create table search_generation (
    id boolean primary key default true check (id),
    value bigint not null
);
insert into search_generation (value) values (0);

create function portal_search_changed() returns trigger
    language plpgsql as $$
begin
    if coalesce(current_setting('portal.search_changed', true), '') = '' then
        perform set_config('portal.search_changed', 'yes', true);
        update search_generation set value = value + 1;
    end if;
    return null;
end
$$;

-- Every table a search source reads is watched: a new type's migration calls
-- portal_watch_for_search('its_table'). TRUNCATE fires no row trigger; it is rare enough
-- to count at once.
create function portal_watch_for_search(watched regclass) returns void
    language plpgsql as $$
declare
    name text := (select c.relname from pg_class c where c.oid = watched);
begin
    execute format('create constraint trigger %I after insert or update or delete on %s'
        ' deferrable initially deferred for each row execute function portal_search_changed()',
        name || '_search_changed', watched);
    execute format('create trigger %I after truncate on %s for each statement'
        ' execute function portal_search_changed()', name || '_search_truncated', watched);
end
$$;

select portal_watch_for_search(watched) from unnest(array['article', 'page', 'event', 'document', 'document_file',
    'document_country', 'treaty', 'country', 'country_profile']::regclass[]) watched;
