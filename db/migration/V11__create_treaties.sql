-- Treaties and, per treaty and State, the record of signature and ratification with the
-- statements (reservations, declarations, ...) that the State made.
create table treaty (
    id                         bigserial    primary key,
    series                     varchar(10)  not null check (series in ('ETS', 'CETS')),
    number                     integer      not null unique check (number > 0),
    title                      varchar(400) not null,
    short_title                varchar(200) not null,
    summary                    text         not null default '',
    opened_on                  date,
    opened_place               varchar(120) not null default '',
    entry_into_force           date,
    entry_into_force_condition varchar(400) not null default '',
    -- Entry into force for a State: first day of the month after this many months from
    -- the deposit of its instrument, never before the treaty's own entry into force.
    months_after_deposit       integer      not null default 3 check (months_after_deposit between 0 and 24),
    updated_at                 timestamptz,
    version                    bigint       not null default 0
);

create table treaty_party (
    id                        bigserial     primary key,
    treaty_id                 bigint        not null references treaty (id) on delete cascade,
    country_code              varchar(2)    not null references country (code),
    signature_date            date,
    consent_date              date,
    consent_kind              varchar(20)
        check (consent_kind in ('RATIFICATION', 'ACCESSION', 'SUCCESSION')),
    entry_into_force_override date,
    override_note             varchar(300)  not null default '',
    notes                     varchar(1000) not null default '',
    updated_at                timestamptz,
    version                   bigint        not null default 0,
    constraint treaty_party_key unique (treaty_id, country_code),
    constraint treaty_party_consent_has_kind check ((consent_date is null) = (consent_kind is null)),
    constraint treaty_party_has_an_act check (signature_date is not null or consent_date is not null)
);
create index treaty_party_country_idx on treaty_party (country_code);

create table treaty_statement (
    id             bigserial    primary key,
    party_id       bigint       not null references treaty_party (id) on delete cascade,
    kind           varchar(30)  not null check (kind in ('RESERVATION', 'DECLARATION', 'AUTHORITY',
                                   'TERRITORIAL_APPLICATION', 'COMMUNICATION', 'OBJECTION')),
    statement_date date         not null,
    articles       varchar(200) not null default '',
    text           text         not null,
    updated_at     timestamptz,
    version        bigint       not null default 0
);
create index treaty_statement_party_idx on treaty_statement (party_id, statement_date);
