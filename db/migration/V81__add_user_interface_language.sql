-- The language of the admin area for each account (one of portal.languages); null means
-- the site's default language.
alter table app_user add column interface_language varchar(8) check (interface_language ~ '^[a-z]{2,3}$');
