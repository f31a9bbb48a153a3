-- The register of issued documents: one number series per commune, year, type and issuer
-- ("05/KH-UBND", "05-KH/ĐU"), and each issued document with the record it was issued for.

create table document_counter (
    commune_id bigint not null references commune (id),
    year integer not null check (year between 1900 and 2100),
    type varchar(20) not null,
    issuer_code varchar(20) not null,
    last_number integer not null check (last_number >= 0),
    primary key (commune_id, year, type, issuer_code)
);

create table issued_document (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    year integer not null check (year between 1900 and 2100),
    family varchar(10) not null check (family in ('STATE', 'PARTY')),
    type varchar(20) not null,
    issuer_code varchar(20) not null,
    number integer not null check (number > 0),
    symbol varchar(40) not null,
    subject_type varchar(30) not null,
    subject_id varchar(40) not null,
    issued_at timestamptz not null,
    unique (commune_id, year, type, issuer_code, number),
    -- A second "issue" of the same record's document gets the number it already has.
    unique (commune_id, subject_type, subject_id, type, issuer_code)
);
