-- Pages linked in the footer of every page (contact, legal notice, privacy, accessibility
-- statement, issue 15), in the order editors gave them: editors tick "Link it in the
-- footer", so renaming a page's slug keeps its link.
alter table page add column footer_position integer;
create index page_footer_idx on page (footer_position) where footer_position is not null;
