-- Sign-in failures counted per pair of typed e-mail address and client address, per
-- client address, and per typed e-mail address from addresses the account never signed
-- in from (SignInThrottle). The counts only live minutes to hours: they start afresh
-- rather than being converted from the old per-account and per-address ones.
drop table sign_in_throttle;

-- account is '' for an ADDRESS count and address is '' for an ACCOUNT count.
create table sign_in_throttle (
    kind            varchar(10)  not null check (kind in ('ACCOUNT', 'ADDRESS', 'PAIR')),
    account         varchar(254) not null,
    address         varchar(254) not null,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz  not null,
    locked          boolean      not null default false,
    primary key (kind, account, address)
);
-- The admin page lists the waits in force; a sign-in forgets old counts.
create index sign_in_throttle_blocked_until_idx on sign_in_throttle (blocked_until);
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);
