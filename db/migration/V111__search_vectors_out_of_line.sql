-- Narrow search rows (issue 16, ADR 19): each row's vector is stored out of line, with its
-- text, so that a row is a few hundred bytes and counting a thousand matches reads a few
-- dozen pages rather than one page per row. A search never reads a row's vector: the text
-- index answers each match, and each branch of a search has no other condition on it.
alter table search_item alter column vector set storage external;

-- The rows already there are written again with the vector out of line.
update search_item set vector = vector;

-- The part of a text a snippet of a hit found in its text is made from: from a little before
-- the first place where a word of the query starts (its lexeme, found in the text without
-- case, then without accents), about as long as two fragments of a snippet; the text's start
-- when no word is found as written (a stem that is not the start of the word). ts_headline
-- costs in proportion to the text it reads: a whole text costs several times a window.
create function portal_snippet_window(body text, words text[]) returns text
    language plpgsql stable parallel safe as $$
declare
    plain text := lower(body);
    first integer;
begin
    select min(nullif(strpos(plain, w.word), 0)) into first from unnest(words) w(word);
    if first is null then
        plain := public.unaccent(plain);
        select min(nullif(strpos(plain, w.word), 0)) into first from unnest(words) w(word);
    end if;
    return substr(body, greatest(1, coalesce(first - 100, 1)), 450);
end
$$;
