-- An address's slug is looked up among translations of every language (issue 16: the first
-- render of a news item read every article when the lookup spanned both tables).
create index article_translation_any_slug_idx on article_translation (slug);
