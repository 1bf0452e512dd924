-- Safer sign-in: ending sessions, two-factor codes, throttling and one-time password links.

-- session_generation grows whenever every session of the account must end (new password,
-- disabled, new role): a session signed in under an older generation is refused.
-- totp_last_step is the time step of the last accepted code, so that no code works twice.
alter table app_user
    add column session_generation  bigint      not null default 0,
    add column password_changed_at timestamptz,
    add column totp_secret         varchar(64),
    add column totp_enabled_at     timestamptz,
    add column totp_last_step      bigint;

-- The admin list filters by role and state and the last-admin rule counts enabled admins.
create index app_user_role_enabled_idx on app_user (role, enabled);

-- One-time codes for when the authenticator is lost; only their SHA-256 is kept.
create table recovery_code (
    id        bigserial primary key,
    user_id   bigint      not null references app_user (id) on delete cascade,
    code_hash varchar(64) not null,
    used_at   timestamptz
);
create index recovery_code_user_idx on recovery_code (user_id);

-- Links an admin hands over to set a password; only the token's SHA-256 is kept.
create table password_reset_link (
    id         bigserial primary key,
    user_id    bigint       not null references app_user (id) on delete cascade,
    token_hash varchar(64)  not null unique,
    created_at timestamptz  not null,
    expires_at timestamptz  not null,
    used_at    timestamptz,
    created_by varchar(254)
);
create index password_reset_link_user_idx on password_reset_link (user_id);

-- Failed sign-ins per typed e-mail address (existing account or not) and per client
-- address, shared by every node. A row goes when its subject signs in successfully.
create table sign_in_throttle (
    kind            varchar(10)  not null check (kind in ('ACCOUNT', 'ADDRESS')),
    subject         varchar(254) not null,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz  not null,
    locked          boolean      not null default false,
    primary key (kind, subject)
);
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);
create index sign_in_throttle_locked_idx on sign_in_throttle (blocked_until) where locked;

-- Site-wide sign-in rules that admins change at run time: exactly one row.
create table security_policy (
    id                             smallint primary key check (id = 1),
    two_factor_required_for_admins boolean not null default false,
    version                        bigint  not null default 0
);
insert into security_policy (id) values (1);
