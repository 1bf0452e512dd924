-- Treaties, country profiles and translated documents' files searched in each language
-- (issue 14, ADR 19): every vector is built with its row's language (French stemmed and
-- unaccented), and a source gives each item in the searched language where it has a
-- version in it, else its original.

-- 1. Treaties: the original in its language; each translation with its own vectors. The
--    series and number are not translated: the source adds them to a translation's vector.
alter table treaty drop column search;
alter table treaty add column search tsvector
    generated always as (portal_search_vector(language, title || ' ' || short_title || ' ' || series || ' ' || number,
        summary, null)) stored;
create index treaty_search_idx on treaty using gin (search);
alter table treaty_translation add column search tsvector
    generated always as (portal_search_vector(language, title || ' ' || short_title, summary, null)) stored;
create index treaty_translation_search_idx on treaty_translation using gin (search);

-- 2. Country profiles: the original in its language, each translation with its own
--    vector (status summary B, the other sections C, as the original's).
alter table country_profile drop column search;
alter table country_profile add column search tsvector
    generated always as (setweight(to_tsvector(portal_search_config(language), portal_html_text(status_summary)), 'B')
        || setweight(to_tsvector(portal_search_config(language), portal_html_text(legislation || ' ' || policies
            || ' ' || institutions || ' ' || case_law || ' ' || sources)), 'C')) stored;
alter table country_profile alter column search set storage main;
create index country_profile_search_idx on country_profile using gin (search);
alter table country_profile_translation add column search tsvector
    generated always as (setweight(to_tsvector(portal_search_config(language), portal_html_text(status_summary)), 'B')
        || setweight(to_tsvector(portal_search_config(language), portal_html_text(legislation || ' ' || policies
            || ' ' || institutions || ' ' || case_law || ' ' || sources)), 'C')) stored;
alter table country_profile_translation alter column search set storage main;
create index country_profile_translation_search_idx on country_profile_translation using gin (search);

-- A country's name in the searched language is its search title: the search reads
-- country_name, so a change to it must move the search generation too (watching for search
-- also watches for pages, as V82 did).
drop trigger country_name_content_changed on country_name;
drop trigger country_name_content_truncated on country_name;
select portal_watch_for_search('country_name');

-- 3. A translated document is found by the text of its current files too, read in the
--    translation's language, as the original's vector holds them (V41, V100): its vector is
--    kept by triggers rather than generated.
create function document_translation_search_vector(document_id bigint, language text, title text, summary text,
        body text) returns tsvector
    language sql stable
    return portal_search_vector(language, title, summary, body)
        || coalesce((select portal_tsvector_agg(setweight(to_tsvector(
                         portal_search_config(document_translation_search_vector.language),
                         left(coalesce(f.extracted_text, ''), 200000)), 'D'))
                     from document_file f
                     where f.document_id = document_translation_search_vector.document_id and f.current),
                    ''::tsvector);

alter table document_translation drop column search;
alter table document_translation add column search tsvector not null default ''::tsvector;
alter table document_translation alter column search set storage main;

create function document_translation_search_before_write() returns trigger
    language plpgsql as $$
begin
    new.search := document_translation_search_vector(new.document_id, new.language, new.title, new.summary, new.body);
    return new;
end
$$;

create trigger document_translation_search_before_write
    before insert or update of title, summary, body, language on document_translation
    for each row execute function document_translation_search_before_write();

create or replace function document_search_after_file_change() returns trigger
    language plpgsql as $$
declare
    changed bigint := coalesce(new.document_id, old.document_id);
begin
    update document d set search = document_search_vector(d.id, d.language, d.title, d.summary, d.body)
        where d.id = changed;
    update document_translation t
        set search = document_translation_search_vector(t.document_id, t.language, t.title, t.summary, t.body)
        where t.document_id = changed;
    return null;
end
$$;

update document_translation t
    set search = document_translation_search_vector(t.document_id, t.language, t.title, t.summary, t.body);
create index document_translation_search_idx on document_translation using gin (search);
