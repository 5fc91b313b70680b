-- Notices (通知): messages from the platform or an official to a unit (its enterprise users) or to
-- the officials of a region (by role and region). platform.notice.Notices sends, lists and marks them.

-- the kinds of notice, a dictionary: features send notices of these kinds only
create table notice_kind (
    code     varchar(32)  primary key,
    name     varchar(64)  not null,
    name_en  varchar(64)  not null,
    source   varchar(128) not null
);

insert into notice_kind (code, name, name_en, source) values
    ('calibration-expired', '计量器具检定/校准已过期', 'Meter calibration expired', 'GB 17167-2006 §4.3.5; Part 9 §4.2.4'),
    ('calibration-due',     '计量器具检定/校准即将到期', 'Meter calibration due', 'GB 17167-2006 §4.3.5; Part 9 §4.2.4'),
    ('metrology',           '计量器具配备与管理通知', 'Metrology notice', 'Part 9 §4.3.3'),
    ('target-warning',      '能耗目标预警', 'Energy target warning', 'Part 9 §4.2.2'),
    ('anomaly',             '能耗数据异常', 'Energy data anomaly', 'Part 9 §4.2.1'),
    ('general',             '平台通知', 'Platform notice', 'Part 9 §4.1');

create table notice (
    id               bigserial     primary key,
    kind_code        varchar(32)   not null references notice_kind (code),
    severity         varchar(8)    not null check (severity in ('info', 'warning', 'critical')),
    title            varchar(200)  not null,
    body             text          not null,
    -- what the notice is about: the sending context and its object's id
    source_context   varchar(32)   not null,
    source_id        varchar(64)   not null,
    created_at       timestamptz   not null default now(),
    sender           varchar(128)  not null,
    -- the recipient: a unit (by credit code), or the officials of one role in a region
    unit_credit_code varchar(18),
    recipient_role   varchar(32),
    recipient_region varchar(6),
    -- the region's significant prefix (2, 4 or 6 digits), kept for the scope match
    region_prefix    varchar(6),
    closed_at        timestamptz,
    closed_by        varchar(128),
    check ((unit_credit_code is not null and recipient_role is null and recipient_region is null
            and region_prefix is null)
        or (unit_credit_code is null and recipient_role is not null and recipient_region is not null
            and region_prefix is not null)),
    check ((closed_at is null) = (closed_by is null))
);

-- one open notice per kind and source: a sender raising it again finds the open one
create unique index notice_open_source on notice (kind_code, source_context, source_id)
    where closed_at is null;
create index notice_unit on notice (unit_credit_code, created_at desc) where unit_credit_code is not null;
create index notice_officials on notice (recipient_role, region_prefix, created_at desc)
    where recipient_role is not null;

-- per recipient account: read and acknowledged, when
create table notice_state (
    notice_id        bigint        not null references notice (id) on delete cascade,
    account          varchar(128)  not null,
    read_at          timestamptz   not null,
    acknowledged_at  timestamptz,
    primary key (notice_id, account)
);
