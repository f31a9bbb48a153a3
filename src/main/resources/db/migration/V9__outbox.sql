-- Outgoing messages, written in the transaction of the change that causes them and sent
-- afterwards by a poller on every node (rows claimed with FOR UPDATE SKIP LOCKED).

create table outbox_message (
    id bigserial primary key,
    commune_code varchar(5),
    channel varchar(10) not null check (channel in ('EMAIL')),
    recipient varchar(254) not null,
    subject varchar(300) not null,
    -- Erased once sent: it may hold a citizen's PIN.
    body text,
    -- Names the message ("petition-receipt:K7M2QX"): the same key is queued once.
    dedup_key varchar(200) not null unique,
    state varchar(10) not null check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts integer not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null,
    last_error varchar(500),
    created_at timestamptz not null,
    sent_at timestamptz,
    check ((state = 'SENT') = (sent_at is not null)),
    check (state = 'SENT' or body is not null)
);

-- The poller's question: which pending messages are due, oldest first.
create index outbox_message_due_idx on outbox_message (next_attempt_at, id) where state = 'PENDING';
-- The administrator's page: newest first, and the failed ones.
create index outbox_message_created_idx on outbox_message (created_at desc, id desc);
create index outbox_message_failed_idx on outbox_message (created_at desc, id desc) where state = 'FAILED';
