-- The minutes of a conference (a draft in four parts until finalised; then numbered,
-- locked, its PDF kept with its SHA-256), the numbered addenda that correct it, the
-- conclusion notice with its directives, and the documents published on the portal.

create table minutes (
    conference_id bigint primary key references conference (id),
    commune_id bigint not null references commune (id),
    secretary_name varchar(150) not null,
    chair_name varchar(150) not null,
    time_and_place text not null,
    composition text not null,
    proceedings text not null,
    conclusions text not null,
    symbol varchar(40),
    finalised_on date,
    finalised_by varchar(100),
    pdf bytea,
    sha256 char(64),
    version integer not null default 0,
    check ((symbol is null) = (pdf is null) and (pdf is null) = (sha256 is null))
);

create table minutes_addendum (
    conference_id bigint not null references minutes (conference_id),
    number integer not null,
    text text not null check (char_length(text) between 1 and 20000),
    made_on date not null,
    made_by varchar(100) not null,
    pdf bytea not null,
    sha256 char(64) not null,
    primary key (conference_id, number)
);

create table conclusion (
    conference_id bigint primary key references conference (id),
    commune_id bigint not null references commune (id),
    state varchar(12) not null,
    summary text not null check (char_length(summary) <= 20000),
    submitted_by varchar(100),
    return_comment text,
    symbol varchar(40),
    issued_on date,
    approved_by varchar(100),
    pdf bytea,
    sha256 char(64),
    version integer not null default 0
);

create table directive (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    conference_id bigint not null references conference (id),
    petition_id bigint references petition (id),
    department_id bigint not null references department (id),
    task text not null check (char_length(task) between 1 and 2000),
    due_date date not null,
    state varchar(10) not null,
    conclusion_symbol varchar(40) not null,
    issued_on date not null,
    unique (conference_id, petition_id)
);

create index directive_department on directive (commune_id, department_id, state);

create table published_document (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    subject_type varchar(40) not null,
    subject_id varchar(40) not null,
    type varchar(16) not null,
    symbol varchar(40) not null,
    title varchar(500) not null,
    url varchar(300) not null,
    published_at timestamptz not null,
    unique (commune_id, subject_type, subject_id, type)
);
