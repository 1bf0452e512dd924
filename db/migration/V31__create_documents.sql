-- The document library: treaty texts, reports, guidelines, programmes, ... Each has one
-- file per language; replacing a language's file adds a version and keeps the old ones
-- (editors can still download them), and the public address /documents/{slug}/{lang}
-- always serves the current one.
create table document (
    id                 bigserial primary key,
    slug               varchar(200) not null unique,
    title              varchar(300) not null,
    summary            text         not null default '',
    body               text         not null default '',
    state              varchar(20)  not null check (state in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    publish_at         timestamptz,
    first_published_at timestamptz,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    author_id          bigint references app_user (id) on delete set null,
    updated_by_id      bigint references app_user (id) on delete set null,
    version            bigint       not null default 0,
    document_type      varchar(30)  not null check (document_type in ('TREATY_TEXT', 'EXPLANATORY_REPORT',
                           'REPORT', 'GUIDELINES', 'PROGRAMME', 'PRESENTATION', 'OTHER')),
    document_date      date,
    -- The treaty's number (185 for ETS 185); treaties have their own table on another branch.
    treaty_number      integer check (treaty_number > 0),
    event_id           bigint references event (id) on delete set null,
    constraint document_published_has_time check (state <> 'PUBLISHED' or publish_at is not null)
);
create index document_visible_idx on document (document_date desc nulls last, id desc) where state = 'PUBLISHED';
create index document_type_idx on document (document_type);
create index document_treaty_idx on document (treaty_number) where treaty_number is not null;
create index document_event_idx on document (event_id) where event_id is not null;
create index document_admin_idx on document (updated_at desc);
create index document_author_idx on document (author_id);

-- Countries a document concerns, by ISO 3166-1 alpha-2 code.
create table document_country (
    document_id  bigint     not null references document (id) on delete cascade,
    country_code varchar(2) not null check (country_code ~ '^[A-Z]{2}$'),
    primary key (document_id, country_code)
);
create index document_country_code_idx on document_country (country_code);

-- Every file a document has had, per language (BCP 47 tag) and version; one is current.
-- extracted_text is the text of a PDF for search; extraction_note says why there is none
-- (or why it is partial). A stored file belongs to one row.
create table document_file (
    id              bigserial primary key,
    document_id     bigint      not null references document (id) on delete cascade,
    language        varchar(35) not null,
    authentic       boolean     not null default false,
    file_id         bigint      not null references stored_file (id),
    version         integer     not null check (version > 0),
    current         boolean     not null,
    extracted_text  text,
    extraction_note varchar(20),
    uploaded_at     timestamptz not null,
    uploaded_by     bigint references app_user (id) on delete set null,
    constraint document_file_version_key unique (document_id, language, version)
);
create unique index document_file_current_key on document_file (document_id, language) where current;
create index document_file_language_idx on document_file (language) where current;
create unique index document_file_file_key on document_file (file_id);
create index document_file_uploaded_by_idx on document_file (uploaded_by);
