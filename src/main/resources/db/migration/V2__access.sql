-- Staff accounts, failed-login counters (kept per user name typed, existing or not, so that a
-- lockout tells nothing about which names exist) and personal access tokens (hashes only).

create table app_user (
    id bigserial primary key,
    username varchar(50) not null unique,
    password_hash varchar(200) not null,
    display_name varchar(150) not null,
    role varchar(20) not null,
    commune_id bigint references commune (id),
    province_code varchar(2) references province (code),
    enabled boolean not null default true,
    created_at timestamptz not null default now(),
    version integer not null default 0,
    constraint app_user_scope check (
        (role = 'ADMIN')
        or (role = 'PROVINCE' and province_code is not null and commune_id is null)
        or (role not in ('ADMIN', 'PROVINCE') and commune_id is not null))
);

create table login_attempt (
    username varchar(50) primary key,
    failures integer not null,
    last_failure_at timestamptz not null,
    locked_until timestamptz
);

create table access_token (
    id bigserial primary key,
    user_id bigint not null references app_user (id),
    name varchar(100) not null,
    token_hash varchar(64) not null unique,
    hint varchar(12) not null,
    created_at timestamptz not null,
    expires_at timestamptz,
    last_used_at timestamptz,
    revoked_at timestamptz
);

create index access_token_user_idx on access_token (user_id);
