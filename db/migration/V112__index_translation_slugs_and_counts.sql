-- Cold renders at 100,000 items (issue 16). An address's slug is looked up among the
-- translations of every language, as V110 does for articles: the events', pages' and
-- documents' (language, slug) keys cannot serve a lookup by slug alone.
create index event_translation_any_slug_idx on event_translation (slug);
create index page_translation_any_slug_idx on page_translation (slug);
create index document_translation_any_slug_idx on document_translation (slug);

-- The number of items of the news and press release lists and of each of their topics,
-- read on every first render of a list: counting them read every visible article. The
-- published articles of each kind, and of each kind and category, are counted here by
-- triggers, in the transaction that changes them; a list subtracts the few that are
-- scheduled (published, time still to come), found by the visible-articles index, and
-- stays exact.
create table article_kind_count (
    kind      varchar(20) primary key,
    published bigint      not null
);

-- Per statement, with the rows it changed: an import of many articles in one statement
-- updates each count once, not once per article (a row updated thousands of times in one
-- transaction costs more at each update).
create function portal_article_kinds_counted() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update article_kind_count n set published = n.published - c.published
            from (select kind, count(*) as published from old_rows where state = 'PUBLISHED' group by kind) c
            where n.kind = c.kind;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into article_kind_count as n (kind, published)
            select kind, count(*) from new_rows where state = 'PUBLISHED' group by kind
            on conflict (kind) do update set published = n.published + excluded.published;
    end if;
    return null;
end
$$;
create trigger article_kinds_counted_inserted after insert on article referencing new table as new_rows
    for each statement execute function portal_article_kinds_counted();
create trigger article_kinds_counted_updated after update on article
    referencing old table as old_rows new table as new_rows
    for each statement execute function portal_article_kinds_counted();
create trigger article_kinds_counted_deleted after delete on article referencing old table as old_rows
    for each statement execute function portal_article_kinds_counted();

create table article_category_count (
    kind        varchar(20) not null,
    category_id bigint      not null references category (id) on delete cascade,
    published   bigint      not null,
    primary key (kind, category_id)
);
create index article_category_count_category_idx on article_category_count (category_id);

create function portal_count_article_category(counted_kind varchar, counted_category bigint, change integer)
        returns void
    language plpgsql as $$
begin
    -- Taking away only updates: a category being deleted may have lost its row already.
    if change < 0 then
        update article_category_count set published = published + change
            where kind = counted_kind and category_id = counted_category;
    else
        insert into article_category_count as n (kind, category_id, published)
            values (counted_kind, counted_category, change)
            on conflict (kind, category_id) do update set published = n.published + change;
    end if;
end
$$;

-- An article published, withdrawn, moved to the other kind or deleted: each of its
-- categories counts it or no longer. Before a delete, while its categories are there.
create function portal_article_counted() returns trigger
    language plpgsql as $$
declare
    category bigint;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.state = 'PUBLISHED' then
        for category in select ac.category_id from article_category ac where ac.article_id = old.id loop
            perform portal_count_article_category(old.kind, category, -1);
        end loop;
    end if;
    if tg_op = 'UPDATE' and new.state = 'PUBLISHED' then
        for category in select ac.category_id from article_category ac where ac.article_id = new.id loop
            perform portal_count_article_category(new.kind, category, 1);
        end loop;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger article_category_counts_moved before update of state, kind on article for each row
    when (old.state is distinct from new.state or old.kind is distinct from new.kind)
    execute function portal_article_counted();
create trigger article_category_counts_deleted before delete on article for each row
    execute function portal_article_counted();

-- Published articles given or taken categories, per statement with the pairs it changed. A
-- category taken from a deleted article finds no article here: the delete above has counted
-- it. The articles' rows are locked (shared) first, so that a publication in a concurrent
-- transaction waits or is waited for and one of the two triggers counts each pair.
create function portal_article_categories_counted() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform 1 from article a where a.id in (select article_id from old_rows) and a.state = 'PUBLISHED'
            order by a.id for share;
        update article_category_count n set published = n.published - c.published
            from (select a.kind, r.category_id, count(*) as published
                  from old_rows r join article a on a.id = r.article_id and a.state = 'PUBLISHED'
                  group by a.kind, r.category_id) c
            where n.kind = c.kind and n.category_id = c.category_id;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform 1 from article a where a.id in (select article_id from new_rows) and a.state = 'PUBLISHED'
            order by a.id for share;
        insert into article_category_count as n (kind, category_id, published)
            select a.kind, r.category_id, count(*)
            from new_rows r join article a on a.id = r.article_id and a.state = 'PUBLISHED'
            group by a.kind, r.category_id
            on conflict (kind, category_id) do update set published = n.published + excluded.published;
    end if;
    return null;
end
$$;
create trigger article_categories_counted_inserted after insert on article_category
    referencing new table as new_rows for each statement execute function portal_article_categories_counted();
create trigger article_categories_counted_updated after update on article_category
    referencing old table as old_rows new table as new_rows
    for each statement execute function portal_article_categories_counted();
create trigger article_categories_counted_deleted after delete on article_category
    referencing old table as old_rows for each statement execute function portal_article_categories_counted();

create function portal_article_category_counts_emptied() returns trigger
    language plpgsql as $$
begin
    delete from article_category_count;
    return null;
end
$$;
create trigger article_category_counts_emptied after truncate on article_category for each statement
    execute function portal_article_category_counts_emptied();

create function portal_article_kind_counts_emptied() returns trigger
    language plpgsql as $$
begin
    delete from article_kind_count;
    return null;
end
$$;
create trigger article_kind_counts_emptied after truncate on article for each statement
    execute function portal_article_kind_counts_emptied();

insert into article_kind_count (kind, published)
    select kind, count(*) from article where state = 'PUBLISHED' group by kind;

insert into article_category_count (kind, category_id, published)
    select a.kind, ac.category_id, count(*) from article a join article_category ac on ac.article_id = a.id
    where a.state = 'PUBLISHED' group by a.kind, ac.category_id;

select portal_watch_for_pages(watched)
    from unnest(array['article_kind_count', 'article_category_count']::regclass[]) watched;

-- Related news on country profiles and treaty pages: the newest visible articles whose
-- title or summary names the country or treaty. Newest first through the visible-articles
-- index finds a name that is often written in a few rows; these let a rare one be found
-- in the index (the titles' index is V40's).
create index article_summary_trgm_idx on article using gin (lower(summary) public.gin_trgm_ops);
