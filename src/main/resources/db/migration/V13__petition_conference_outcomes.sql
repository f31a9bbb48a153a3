-- What the live conference decides for a petition (issue 6). A question raised at the conference
-- by someone who had not registered is a petition of its own channel, AT_CONFERENCE, for which no
-- address is asked. The answer given at the conference is kept, in brief, for staff; the citizen's
-- timeline only says where to find it. A directive names the conclusion notice that gives it.

alter table petition alter column channel type varchar(16);
alter table petition alter column address drop not null;
alter table petition add constraint petition_address_required
    check (address is not null or channel = 'AT_CONFERENCE');

alter table petition add column conference_answer text check (char_length(conference_answer) <= 5000);
alter table petition add column conference_answered_by varchar(150);
alter table petition add column conclusion_symbol varchar(50);

-- A line the application words (and translates) when it is shown: its message key and
-- arguments, instead of a note typed by staff.
alter table petition_history add column note_key varchar(60);
alter table petition_history add column note_args text[];

-- The conference's petitions in registration order, for its speaking queue and minutes.
create index petition_conference_order_idx on petition (conference_id, received_at, id);
drop index petition_conference_idx;
