-- The audit log: append-only, enforced by the database itself. It names the commune by its
-- code, as the change saw it, so that it reads on its own.

create table audit_event (
    id bigserial primary key,
    occurred_at timestamptz not null,
    actor varchar(50) not null,
    commune_code varchar(5),
    action varchar(60) not null,
    record_type varchar(40) not null,
    record_id varchar(40),
    before_state jsonb,
    after_state jsonb
);

create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_commune_idx on audit_event (commune_code, occurred_at desc);
create index audit_event_record_idx on audit_event (record_type, record_id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each statement execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
