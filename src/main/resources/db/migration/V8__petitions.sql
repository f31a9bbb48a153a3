-- Petitions (ý kiến, kiến nghị): what citizens ask, from every channel, with their public
-- timeline, staff notes, scanned originals and prepared answers. Searched without regard to
-- diacritics through a folded copy of the text (folded in the application, which knows that
-- đ is d and where tones go) indexed for full text and for trigram similarity.

create extension if not exists pg_trgm;

create table petition (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    conference_id bigint references conference (id),
    tracking_code varchar(9) not null unique,
    channel varchar(12) not null,
    state varchar(16) not null,
    full_name varchar(150) not null,
    phone varchar(20),
    email varchar(254),
    address varchar(300) not null,
    area_code varchar(20),
    field_code varchar(30),
    content text not null check (char_length(content) <= 5000),
    proxy_author varchar(200),
    received_at timestamptz not null,
    department_id bigint references department (id),
    due_date date,
    decision_note text,
    merged_into bigint references petition (id),
    forwarded_to varchar(300),
    answer text,
    answer_state varchar(12),
    answer_comment text,
    public_question text,
    answer_published_at timestamptz,
    request_key varchar(100) unique,
    request_hash varchar(64),
    search_text text not null,
    search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored,
    version integer not null default 0
);

create index petition_commune_state_idx on petition (commune_id, state, received_at desc);
create index petition_commune_received_idx on petition (commune_id, received_at desc);
create index petition_department_idx on petition (department_id, state);
create index petition_conference_idx on petition (conference_id);
create index petition_search_idx on petition using gin (search_vector);
create index petition_trigram_idx on petition using gin (search_text gin_trgm_ops);
create index petition_published_idx on petition (commune_id, answer_published_at desc)
    where answer_published_at is not null;

create table petition_history (
    id bigserial primary key,
    petition_id bigint not null references petition (id),
    at timestamptz not null,
    state varchar(16) not null,
    note text,
    visible boolean not null
);

create index petition_history_idx on petition_history (petition_id, at);

create table petition_note (
    id bigserial primary key,
    petition_id bigint not null references petition (id),
    at timestamptz not null,
    author varchar(150) not null,
    text text not null check (char_length(text) <= 5000)
);

create index petition_note_idx on petition_note (petition_id, at);

create table petition_attachment (
    id bigserial primary key,
    petition_id bigint not null references petition (id),
    file_name varchar(255) not null,
    media_type varchar(50) not null,
    size_bytes integer not null check (size_bytes <= 10485760),
    bytes bytea not null
);

create index petition_attachment_idx on petition_attachment (petition_id);

-- The secret the citizens' PINs are derived from: one per deployment, made on first start.
create table petition_secret (
    id integer primary key check (id = 1),
    secret bytea not null
);

-- The department an official prepares answers for.
alter table app_user add column department_id bigint references department (id);
