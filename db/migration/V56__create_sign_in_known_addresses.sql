-- Client addresses from which an account completed a sign-in (password and, when it has
-- one, second factor). From them the account is not slowed down by failures elsewhere.
create table sign_in_known_address (
    user_id         bigint       not null references app_user (id) on delete cascade,
    address         varchar(254) not null,
    last_sign_in_at timestamptz  not null,
    primary key (user_id, address)
);
