-- Ingestion that holds up against the real web: per-source listing settings, conditional GET validators,
-- adaptive intervals, pausing, page claims shared by instances, every source of a story, stored page bodies and
-- ingestion runs.

alter table source
    -- HTML_LIST: CSS selector for article links, optional next-page selector and how many listing pages to follow.
    add column link_selector      text,
    add column next_page_selector text,
    add column page_limit         integer not null default 1 check (page_limit between 1 and 50),
    -- The interval the scheduler uses now: starts at poll_interval_seconds, shrinks when the source publishes
    -- often and grows when it is quiet, always within the configured min and max.
    add column current_interval_seconds integer,
    -- Conditional GET validators from the last listing response (feeds and sitemaps).
    add column etag          text,
    add column last_modified text,
    -- Set while an instance polls the source, so a "fetch now" never runs alongside a scheduled poll.
    add column leased_until  timestamptz,
    add column paused        boolean not null default false,
    add column pause_reason  text;

update source set current_interval_seconds = poll_interval_seconds;

-- The scheduler's claim query now also skips paused sources.
drop index source_due_idx;
create index source_due_idx on source (next_fetch_at) where enabled and not paused;

-- How many new items each successful poll yielded: drives the adaptive interval and the "silent" flag.
create table source_yield (
    source_id bigint      not null references source (id) on delete cascade,
    polled_at timestamptz not null,
    items     integer     not null
);
-- Items in the last 24 h and the usual daily rate, per source.
create index source_yield_source_idx on source_yield (source_id, polled_at);

-- One row per article URL any instance has taken on: the insert that wins fetches the page, the others skip it,
-- so two instances never fetch the same page twice.
create table page_claim (
    url        text primary key,
    source_id  bigint references source (id) on delete set null,
    claimed_at timestamptz not null,
    -- Fetched and handled: never claimed again. Not done and old: the claimer died, another may take it over.
    done       boolean     not null default false
);

-- Every source (and the link it used) through which a stored story was reached.
create table article_source (
    article_id bigint      not null references article (id) on delete cascade,
    source_id  bigint      not null references source (id) on delete cascade,
    url        text        not null,
    seen_at    timestamptz not null,
    primary key (article_id, source_id)
);
-- "Items in the last 24 h" per source.
create index article_source_source_idx on article_source (source_id, seen_at);

-- Exact-content dedup: the same text behind two different URLs is one story.
create index article_content_hash_idx on article (content_hash);

-- Fetched page bodies, gzip-compressed, so extraction and tagging can be re-run without fetching again.
create table fetched_page (
    id           bigint generated always as identity primary key,
    source_id    bigint references source (id) on delete set null,
    url          text        not null,
    final_url    text        not null,
    content_type text,
    charset      text,
    body_gzip    bytea       not null,
    fetched_at   timestamptz not null
);
create index fetched_page_url_idx on fetched_page (url);
-- The retention sweep deletes by age.
create index fetched_page_fetched_idx on fetched_page (fetched_at);

-- One row per poll of one source, with what it did.
create table ingestion_run (
    id          bigint generated always as identity primary key,
    source_id   bigint      not null references source (id) on delete cascade,
    started_at  timestamptz not null,
    finished_at timestamptz,
    discovered  integer     not null default 0,
    fetched     integer     not null default 0,
    stored      integer     not null default 0,
    duplicates  integer     not null default 0,
    failed      integer     not null default 0,
    -- Fetch statuses of this run's attempts, e.g. {"FETCHED": 12, "TIMEOUT": 1}.
    by_status   jsonb       not null default '{}'::jsonb,
    error       text
);
-- GET /api/v1/ingestion/runs?source=: newest runs of one source, keyset on id.
create index ingestion_run_source_idx on ingestion_run (source_id, id desc);
