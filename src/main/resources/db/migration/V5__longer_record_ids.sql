-- User names (up to 50 characters) are audit record ids too.
alter table audit_event alter column record_id type varchar(100);
