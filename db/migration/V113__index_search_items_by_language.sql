-- A search reads, besides the rows in its language, the originals in each other language of
-- items with no version in the searched one (a branch of the query per language, ADR 19).
-- With no index on the language, such a branch read the whole primary key, or every row
-- matching the words in any language, to find none or a few: 20 to 35 ms a search at
-- 100,000 items, most of it for nothing.
create index search_item_language on search_item (language, original);
