-- Uploaded files: attachments, images, documents. Generic on purpose: the items that use
-- a file point to it from their own tables, and say there what happens when they go.
create table stored_file (
    id            bigserial primary key,
    content       bytea        not null,
    size          bigint       not null,
    sha256        char(64)     not null,
    content_type  varchar(255) not null,
    original_name varchar(255) not null,
    created_at    timestamptz  not null default now(),
    created_by    bigint references app_user (id) on delete set null,
    constraint stored_file_size_matches check (size = octet_length(content)),
    constraint stored_file_sha256_hex check (sha256 ~ '^[0-9a-f]{64}$')
);
-- Files are read in slices (substring) to stream them and to answer Range requests.
-- Uncompressed out-of-line storage lets PostgreSQL fetch only the slice asked for;
-- the formats accepted (PDF, images, Office) are compressed already.
alter table stored_file alter column content set storage external;
-- Deleting an account sets created_by to null on its files.
create index stored_file_created_by_idx on stored_file (created_by);
