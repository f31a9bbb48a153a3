-- The live conference: who came (and who was refused entry, with nothing but the legal
-- ground), the agenda as it ran, the speaking queue with the record of each turn, and the
-- console entries already saved (so that an entry sent twice is saved once).

create table meeting_attendance (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    conference_id bigint not null references conference (id),
    request_key varchar(64) not null,
    kind varchar(12) not null,
    petition_id bigint references petition (id),
    full_name varchar(150),
    area_code varchar(20),
    show_name boolean not null default false,
    refusal_ground varchar(24),
    recorded_at timestamptz not null,
    recorded_by varchar(100) not null,
    unique (conference_id, request_key),
    -- a refused person is recorded with the ground only
    check ((kind = 'REFUSED') = (refusal_ground is not null)),
    check (kind <> 'REFUSED' or (full_name is null and petition_id is null and area_code is null))
);

create unique index meeting_attendance_petition on meeting_attendance (conference_id, petition_id)
    where petition_id is not null;

-- Those counted rather than named: delegates, officials, other citizens in the hall.
create table meeting_headcount (
    conference_id bigint not null references conference (id),
    attendee_group varchar(16) not null,
    head_count integer not null check (head_count between 0 and 100000),
    primary key (conference_id, attendee_group)
);

create table meeting_stage (
    conference_id bigint not null references conference (id),
    stage varchar(16) not null,
    started_at timestamptz,
    ended_at timestamptz,
    notes text not null default '' check (char_length(notes) <= 20000),
    version integer not null default 0,
    updated_at timestamptz,
    updated_by varchar(100),
    primary key (conference_id, stage)
);

create table meeting_turn (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    conference_id bigint not null references conference (id),
    petition_id bigint not null references petition (id),
    position integer not null,
    speaker_name varchar(150) not null,
    area_code varchar(20),
    show_name boolean not null default false,
    walk_in boolean not null default false,
    status varchar(10) not null,
    question text not null default '' check (char_length(question) <= 10000),
    answered_by varchar(200) not null default '',
    answer text not null default '' check (char_length(answer) <= 20000),
    outcome varchar(12),
    department_id bigint references department (id),
    task text not null default '' check (char_length(task) <= 2000),
    due_date date,
    agency varchar(300) not null default '',
    note text not null default '' check (char_length(note) <= 2000),
    exchange text not null default '' check (char_length(exchange) <= 20000),
    started_at timestamptz,
    ended_at timestamptz,
    version integer not null default 0,
    updated_at timestamptz,
    updated_by varchar(100),
    unique (conference_id, petition_id)
);

create index meeting_turn_queue on meeting_turn (conference_id, position);

create table meeting_entry (
    entry_id uuid primary key,
    conference_id bigint not null references conference (id),
    target varchar(40) not null,
    version_after integer not null,
    saved_at timestamptz not null
);
