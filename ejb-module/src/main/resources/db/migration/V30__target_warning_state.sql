-- The warning level last seen for each holder's annual target (docs/conservation.md, "Warnings"):
-- a change of level raises a notice (kind target-warning) to the officials of the holder's region.
create table target_warning_state (
    level        varchar(8)   not null,
    holder_code  varchar(18)  not null,
    kind         varchar(9)   not null,
    year         integer      not null,
    warning      varchar(6)   not null check (warning in ('red', 'yellow', 'green')),
    observed_at  timestamptz  not null default now(),
    changed_at   timestamptz  not null default now(),
    primary key (level, holder_code, kind, year)
);
