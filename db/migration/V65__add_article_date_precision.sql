-- How precisely an article's date is known. DAY is the usual exact date; MONTH is an item
-- whose day is unknown (the seed dates some items only "February 2008"): it is shown as
-- the month, and its publish_at is the first day of that month at 00:00 in the site's
-- zone, so that lists keep sorting by publish_at and scheduling keeps working.
alter table article add column date_precision varchar(10) not null default 'DAY'
    check (date_precision in ('DAY', 'MONTH'));
