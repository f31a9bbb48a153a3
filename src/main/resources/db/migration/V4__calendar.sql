-- The yearly official schedules (days off, Saturdays worked) and each commune's deadline rules,
-- and the deadlines the other modules keep through the calendar module, with their moves.

create table calendar_year (
    year integer primary key check (year between 1900 and 2100),
    updated_at timestamptz not null,
    updated_by varchar(50) not null,
    version integer not null default 0
);

create table calendar_entry (
    day date primary key,
    year integer not null references calendar_year (year) on delete cascade,
    kind varchar(20) not null check (kind in ('DAY_OFF', 'WORKING_SATURDAY')),
    name varchar(150),
    check (extract(year from day) = year)
);

create table deadline_rule (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    purpose varchar(30) not null,
    name varchar(200) not null,
    count integer not null check (count between 0 and 3650),
    unit varchar(20) not null check (unit in ('WORKING_DAYS', 'CALENDAR_DAYS')),
    anchor varchar(30) not null,
    direction varchar(10) not null check (direction in ('BEFORE', 'AFTER')),
    legal_source varchar(300) not null,
    version integer not null default 0,
    unique (commune_id, purpose)
);

create table deadline (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    subject_type varchar(30) not null,
    subject_id varchar(40) not null,
    purpose varchar(30) not null,
    rule_name varchar(200) not null,
    legal_source varchar(300) not null,
    count integer not null,
    unit varchar(20) not null,
    direction varchar(10) not null,
    anchor_date date not null,
    due_date date not null,
    open boolean not null default true,
    created_at timestamptz not null,
    unique (subject_type, subject_id, purpose)
);

create index deadline_open_idx on deadline (due_date) where open;

create table deadline_move (
    id bigserial primary key,
    deadline_id bigint not null references deadline (id),
    moved_at timestamptz not null,
    old_due date not null,
    new_due date not null,
    reason varchar(300) not null
);

create index deadline_move_deadline_idx on deadline_move (deadline_id);
