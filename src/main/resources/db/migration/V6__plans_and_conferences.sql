-- The yearly plans (kế hoạch), the conferences they schedule (or ad hoc ones), each
-- conference's history of states as the public sees it, and what each commune must hold.

create table plan (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    year integer not null check (year between 2000 and 2100),
    issuer varchar(10) not null check (issuer in ('UBND', 'DANG_UY')),
    parent_issuer text not null default '',
    issuer_name varchar(200) not null,
    place varchar(100) not null,
    summary varchar(500) not null,
    introduction text not null default '',
    legal_bases text not null default '',
    purposes text not null default '',
    requirements text not null default '',
    content text not null default '',
    scope text not null default '',
    form text not null default '',
    participants text not null default '',
    budget text not null default '',
    field_codes text not null default '',
    duties text not null default '',
    closing text not null default '',
    recipients text not null default '',
    signer_authority text not null default '',
    signer_title varchar(100) not null default '',
    signer_name varchar(100) not null default '',
    state varchar(12) not null,
    number_symbol varchar(40),
    issued_date date,
    request_key varchar(64) unique,
    created_at timestamptz not null,
    version integer not null default 0
);

create index plan_commune_idx on plan (commune_id, year);

create table conference (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    plan_id bigint references plan (id),
    kind varchar(12) not null,
    title varchar(300) not null,
    day date not null,
    start_time time not null,
    end_time time not null check (end_time > start_time),
    venue varchar(300) not null,
    all_areas boolean not null,
    area_codes text not null default '',
    topics text not null default '',
    field_codes text not null default '',
    chair varchar(200) not null default '',
    co_chairs text not null default '',
    participants text not null default '',
    invitees text not null default '',
    audience text not null default '',
    state varchar(24) not null,
    late_notice_reason text,
    notice_symbol varchar(40),
    announced_on date,
    request_key varchar(64) unique,
    created_at timestamptz not null,
    version integer not null default 0
);

create index conference_commune_idx on conference (commune_id, day);
create index conference_plan_idx on conference (plan_id);

create table conference_history (
    id bigserial primary key,
    conference_id bigint not null references conference (id),
    at timestamptz not null,
    state varchar(24) not null,
    day date not null,
    note text
);

create index conference_history_idx on conference_history (conference_id, at);

create table conference_requirement (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    kind varchar(30) not null,
    count integer not null check (count between 1 and 100),
    legal_source varchar(300) not null,
    unique (commune_id, kind)
);
