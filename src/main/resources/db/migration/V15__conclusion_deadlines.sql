-- A directive's deadline as the conclusion notice sets it, where it differs from the one
-- typed at the conference (a day that has passed by the time the notice is issued).
create table conclusion_deadline (
    conference_id bigint not null references conference (id),
    petition_id bigint not null references petition (id),
    due_date date not null,
    primary key (conference_id, petition_id)
);
