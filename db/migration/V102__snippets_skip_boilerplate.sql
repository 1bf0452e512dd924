-- Search snippets (issue 15): text extracted from PDFs repeats its page headers and
-- footers, has page numbers on lines of their own and tables of contents with runs of dots.
-- A snippet is taken from the text without them, starting at the first sentence that holds
-- a searched word, and ts_headline reads only a bounded part of it (issue 16).
create function portal_snippet_source(config regconfig, body text, query tsquery) returns text
    language plpgsql stable parallel safe as $$
declare
    cleaned text;
    words tsquery;
    found text;
begin
    -- Lines met more than once are headers and footers; lines that are a page number
    -- ("12", "Page 3 of 40", "- 7 -") are dropped too.
    select string_agg(l.line, ' ' order by l.n) into cleaned
    from (select line, n, count(*) over (partition by lower(btrim(line))) as times
          from regexp_split_to_table(left(coalesce(body, ''), 20000), '\s*[\r\n]+\s*') with ordinality s(line, n)) l
    where l.line <> ''
        and (l.times = 1 or length(l.line) < 4)
        and l.line !~* '^[-–—\s]*(page|p\.)?\s*\d{1,4}(\s*(/|of|sur|de)\s*\d{1,4})?[-–—\s]*$';
    -- Runs of dots (leaders of a table of contents) and the page number after them.
    cleaned := regexp_replace(coalesce(cleaned, ''), '(\s*[.·…_]){4,}\s*\d{0,4}', ' ', 'g');
    cleaned := btrim(regexp_replace(cleaned, '\s+', ' ', 'g'));
    -- Any searched word, whatever the query's operators: each lexeme it does not leave out.
    select string_agg('''' || m[2] || '''', ' | ')::tsquery into words
    from regexp_matches(query::text, '(!?)''((?:[^'']|'''')*)''', 'g') m
    where m[1] = '';
    if words is not null then
        for found in select s.sentence from regexp_split_to_table(cleaned, '(?<=[.!?;])\s+') s(sentence) loop
            if to_tsvector(config, found) @@ words then
                return left(substr(cleaned, strpos(cleaned, found)), 600);
            end if;
        end loop;
    end if;
    return left(cleaned, 600);
end
$$;
