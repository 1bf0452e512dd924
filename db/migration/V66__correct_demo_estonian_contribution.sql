-- The demo press release "Estonian contribution to the Project on Cybercrime" was dated
-- 15 February 2008, a day the seed page never gives ("February 2008"). Databases loaded
-- with that demo row get it dated to the month, as db/demo/R__demo_articles.sql now
-- inserts it. Demo content never overwrites an editor's work: the row changes only while
-- it still holds every old demo value (never saved, withdrawn or renamed since: any save
-- moves updated_at and the version), and anywhere else this does nothing.
update article
set date_precision     = 'MONTH',
    publish_at         = '2008-02-01 00:00:00+01',
    first_published_at = '2008-02-01 00:00:00+01',
    created_at         = '2008-02-01 00:00:00+01',
    updated_at         = '2008-02-01 00:00:00+01'
where kind = 'PRESS_RELEASE'
  and slug = 'estonian-contribution-to-the-project-on-cybercrime'
  and title = 'Estonian contribution to the Project on Cybercrime'
  and state = 'PUBLISHED'
  and date_precision = 'DAY'
  and publish_at = '2008-02-15 10:00:00+01'
  and first_published_at = '2008-02-15 10:00:00+01'
  and created_at = '2008-02-15 10:00:00+01'
  and updated_at = '2008-02-15 10:00:00+01'
  and author_id is null
  and updated_by_id is null
  and version = 0;
