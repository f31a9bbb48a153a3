-- Proof-of-work solutions already spent on a public write, shared by every node, so that one
-- solution cannot be sent twice. A row is useless once its challenge has expired, and is then
-- deleted.

create table used_challenge (
    signature varchar(64) primary key,
    expires_at timestamptz not null
);

create index used_challenge_expires_at on used_challenge (expires_at);
