-- Files attached to any editable item (news, press releases, pages, events, ...), in the
-- order they were added. A file belongs to one item; detaching deletes it.
create table content_attachment (
    content_type varchar(40) not null,
    content_id   bigint      not null,
    file_id      bigint      not null references stored_file (id) on delete cascade,
    position     integer     not null,
    primary key (content_type, content_id, file_id)
);
create unique index content_attachment_file_key on content_attachment (file_id);
