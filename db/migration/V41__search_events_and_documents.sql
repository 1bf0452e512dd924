-- Events and documents in the site search. A document is found by its title, description
-- and the text of its current files; that combined vector is kept on the document by
-- triggers, so that it stays indexed whichever way files change.
alter table event add column search tsvector
    generated always as (portal_search_vector(title, summary || ' ' || venue || ' ' || city, body)) stored;
create index event_search_idx on event using gin (search);

create aggregate portal_tsvector_agg (tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');

-- The text of one file, capped so that a long text never exceeds what a tsvector holds.
alter table document_file add column search tsvector
    generated always as (setweight(to_tsvector('portal', left(coalesce(extracted_text, ''), 200000)), 'D')) stored;

alter table document add column search tsvector not null default ''::tsvector;

create function document_search_vector(document_id bigint, title text, summary text, body text) returns tsvector
    language sql stable
    return portal_search_vector(title, summary, body)
        || coalesce((select portal_tsvector_agg(f.search) from document_file f
                     where f.document_id = document_search_vector.document_id and f.current), ''::tsvector);

create function document_search_before_write() returns trigger
    language plpgsql as $$
begin
    new.search := document_search_vector(new.id, new.title, new.summary, new.body);
    return new;
end
$$;

create trigger document_search_before_write before insert or update of title, summary, body on document
    for each row execute function document_search_before_write();

create function document_search_after_file_change() returns trigger
    language plpgsql as $$
declare
    changed bigint := coalesce(new.document_id, old.document_id);
begin
    update document d set search = document_search_vector(d.id, d.title, d.summary, d.body) where d.id = changed;
    return null;
end
$$;

create trigger document_search_after_file_change after insert or update or delete on document_file
    for each row execute function document_search_after_file_change();

update document d set search = document_search_vector(d.id, d.title, d.summary, d.body);
create index document_search_idx on document using gin (search);
