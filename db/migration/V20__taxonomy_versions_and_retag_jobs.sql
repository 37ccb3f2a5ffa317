-- Tagging: the taxonomy moves from the bundled file into these tables (editable over the API), every change bumps
-- a taxonomy version, each tag records the version that produced it and where its evidence sits, and re-tagging
-- runs as a resumable job.

-- Matching terms per actor/topic, in the taxonomy file's syntax (see TermPattern): {"en": [...], "uk": [...]}.
alter table actor
    add column aliases    jsonb       not null default '{}'::jsonb,
    add column exclude    jsonb       not null default '[]'::jsonb,
    add column version    bigint      not null default 0,
    add column updated_at timestamptz not null default now();

alter table topic
    add column keywords   jsonb       not null default '{}'::jsonb,
    add column rules      jsonb       not null default '[]'::jsonb,
    add column exclude    jsonb       not null default '[]'::jsonb,
    add column threshold  real,
    add column version    bigint      not null default 0,
    add column updated_at timestamptz not null default now();

-- One row per taxonomy change; the highest version is the current taxonomy.
create table taxonomy_change (
    version    bigint primary key,
    changed_at timestamptz not null,
    change     text        not null
);

alter table article_actor
    add column taxonomy_version bigint,
    add column evidence_field   text check (evidence_field in ('title', 'text')),
    add column evidence_start   integer,
    add column evidence_end     integer;

alter table article_topic
    add column taxonomy_version bigint,
    add column evidence_field   text check (evidence_field in ('title', 'text')),
    add column evidence_start   integer,
    add column evidence_end     integer;

-- Re-tagging jobs. last_article_id is the keyset cursor a restarted job resumes from; heartbeat_at tells other
-- instances whether a RUNNING job is still alive.
create table tagging_job (
    id               bigint generated always as identity primary key,
    kind             text        not null default 'RETAG' check (kind in ('RETAG')),
    status           text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    reason           text,
    taxonomy_version bigint      not null,
    total            bigint      not null default 0,
    processed        bigint      not null default 0,
    last_article_id  bigint      not null default 0,
    created_at       timestamptz not null,
    started_at       timestamptz,
    heartbeat_at     timestamptz,
    finished_at      timestamptz,
    error            text
);
-- The job runner's claim query: open jobs, oldest first.
create index tagging_job_open_idx on tagging_job (id) where status in ('QUEUED', 'RUNNING');
