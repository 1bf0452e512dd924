-- Article rows are wide since their search vectors moved into the table (V42): queries
-- over many published articles should not have to visit them.

-- "Related news" on a news item: the newest published articles of any kind that share a
-- category, found by walking this index from the newest instead of sorting them all.
create index article_published_idx on article (publish_at desc) where state = 'PUBLISHED';

-- The topic counts of /news and /press-releases join on the id: with it in the index,
-- they are counted from the index alone.
drop index article_visible_idx;
create index article_visible_idx on article (kind, publish_at desc) include (id) where state = 'PUBLISHED';
