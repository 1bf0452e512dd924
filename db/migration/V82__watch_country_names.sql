-- Country names in other languages show on public pages (lists, profiles, the chart):
-- a change to them moves the content generation, so kept pages follow at once.
select portal_watch_for_pages('country_name');
