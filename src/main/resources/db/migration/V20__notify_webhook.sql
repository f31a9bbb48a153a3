-- A second channel, a signed HTTP webhook for an SMS or Zalo gateway (texts have no subject),
-- and claims with a lease: a sender marks the messages it takes SENDING in a transaction of its
-- own, with a token naming the claim, and next_attempt_at then says when the lease ends, after
-- which a message whose sender was killed is taken again. Given-up messages are dead letters.

alter table outbox_message
    drop constraint outbox_message_channel_check,
    add constraint outbox_message_channel_check check (channel in ('EMAIL', 'WEBHOOK')),
    alter column subject drop not null,
    add constraint outbox_message_subject_check check (channel <> 'EMAIL' or subject is not null),
    drop constraint outbox_message_state_check;

update outbox_message set state = 'DEAD' where state = 'FAILED';

alter table outbox_message
    add constraint outbox_message_state_check check (state in ('PENDING', 'SENDING', 'SENT', 'DEAD')),
    add column claim_token uuid,
    add constraint outbox_message_claim_check check ((state = 'SENDING') = (claim_token is not null));

-- The senders' question: which messages are due, or held by a claim that has lapsed.
drop index outbox_message_due_idx;
create index outbox_message_due_idx on outbox_message (next_attempt_at, id) where state in ('PENDING', 'SENDING');
drop index outbox_message_failed_idx;
create index outbox_message_dead_idx on outbox_message (created_at desc, id desc) where state = 'DEAD';
