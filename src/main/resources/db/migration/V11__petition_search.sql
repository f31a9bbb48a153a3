-- Search over petitions at the scale of a million rows (issue 5): every search is within one
-- commune, so the commune is the first key of the full-text indexes (btree_gin) and a search
-- reads only that commune's postings. Typos and unfinished words are corrected against the
-- vocabulary of folded words, not by comparing trigrams with whole texts: a trigram recheck of
-- each candidate petition took more than a minute over a million rows.

create extension if not exists btree_gin;
create extension if not exists fuzzystrmatch;

create index petition_commune_search_idx on petition using gin (commune_id, search_vector);
drop index petition_search_idx;
drop index petition_trigram_idx;

-- The open petitions another may be merged into (PetitionState.OPEN), for "same question".
create index petition_open_search_idx on petition using gin (commune_id, search_vector)
    where state in ('RECEIVED', 'ACCEPTED', 'ASSIGNED', 'ANSWER_PREPARED', 'REOPENED');

-- What the public may search: the question as approved for publication and the answer,
-- folded by the application (VietnameseText.searchKey) when an answer is published; never the
-- citizen's own text or name.
alter table petition add column public_search_text text;
alter table petition add column public_search_vector tsvector
    generated always as (to_tsvector('simple', coalesce(public_search_text, ''))) stored;
create index petition_public_search_idx on petition using gin (commune_id, public_search_vector)
    where answer_published_at is not null;

-- Every folded word (letters only) that occurs in some petition: the words a typo or an
-- unfinished word is matched against, by trigram similarity and edit distance.
create table search_word (
    word varchar(40) primary key
);

create index search_word_trigram_idx on search_word using gin (word gin_trgm_ops);

create function petition_search_words() returns trigger language plpgsql as $$
begin
    insert into search_word (word)
    select distinct w
    from unnest(tsvector_to_array(new.search_vector) || tsvector_to_array(new.public_search_vector)) as w
    where w ~ '^[a-z]{2,40}$'
        -- The halves of the tracking code (K7MX-3TRA) are not words.
        and w <> all (regexp_split_to_array(lower(new.tracking_code), '-'))
    on conflict do nothing;
    return null;
end
$$;

create trigger petition_search_words after insert or update of search_text, public_search_text on petition
    for each row execute function petition_search_words();
