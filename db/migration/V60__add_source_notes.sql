-- Where each dated fact of a State's record and each statement comes from: a free-text
-- note for admins, shown to visitors only where an admin chooses to publish it.
alter table treaty_party
    add column source_note      varchar(1000) not null default '',
    add column source_published boolean       not null default false;

alter table treaty_statement
    add column source_note      varchar(1000) not null default '',
    add column source_published boolean       not null default false;
