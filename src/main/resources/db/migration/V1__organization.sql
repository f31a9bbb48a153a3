-- Provinces, communes and what a commune is made of: areas, departments, officials; and the
-- shared list of fields (lĩnh vực).

create table province (
    code varchar(2) primary key,
    name varchar(100) not null
);

create table commune (
    id bigserial primary key,
    code varchar(5) not null unique,
    name varchar(100) not null,
    kind varchar(16) not null,
    province_code varchar(2) not null references province (code),
    version integer not null default 0
);

create index commune_province_idx on commune (province_code);

create table area (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    code varchar(20) not null,
    name varchar(150) not null,
    kind varchar(16) not null,
    version integer not null default 0,
    unique (commune_id, code)
);

create table department (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    code varchar(20) not null,
    name varchar(200) not null,
    version integer not null default 0,
    unique (commune_id, code)
);

create table official (
    id bigserial primary key,
    commune_id bigint not null references commune (id),
    family_name varchar(50) not null,
    middle_name varchar(100) not null default '',
    given_name varchar(50) not null,
    title varchar(150) not null,
    department_id bigint references department (id),
    area_id bigint references area (id),
    version integer not null default 0
);

create index official_commune_idx on official (commune_id);

create table field (
    id bigserial primary key,
    code varchar(30) not null unique,
    name varchar(150) not null,
    position integer not null,
    active boolean not null default true,
    version integer not null default 0
);

insert into field (code, name, position) values
    ('DAT_DAI', 'Đất đai', 1),
    ('XAY_DUNG', 'Xây dựng và trật tự đô thị', 2),
    ('BOI_THUONG', 'Bồi thường, hỗ trợ, tái định cư', 3),
    ('NGUOI_CO_CONG', 'Chính sách người có công', 4),
    ('BAO_TRO_XA_HOI', 'Bảo trợ xã hội', 5),
    ('TTHC', 'Thủ tục hành chính', 6),
    ('MOI_TRUONG', 'Môi trường', 7),
    ('GIAO_THONG', 'Giao thông', 8),
    ('AN_NINH', 'An ninh trật tự', 9),
    ('Y_TE', 'Y tế', 10),
    ('GIAO_DUC', 'Giáo dục', 11),
    ('VAN_HOA', 'Văn hóa, thông tin', 12),
    ('KINH_TE', 'Kinh tế, nông nghiệp', 13),
    ('CAN_BO', 'Cán bộ, công chức', 14),
    ('KHAC', 'Khác', 15);
