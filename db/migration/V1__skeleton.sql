-- Walking skeleton schema: sources we poll, every fetch attempt, stored articles and their tags.
-- Times are timestamptz (UTC instants); ids are identity columns.

create table source (
    id                    bigint generated always as identity primary key,
    name                  text        not null,
    kind                  text        not null check (kind in ('FEED', 'SITEMAP', 'HTML_LIST')),
    url                   text        not null unique,
    language              text,
    poll_interval_seconds integer     not null default 1800 check (poll_interval_seconds >= 60),
    enabled               boolean     not null default true,
    created_at            timestamptz not null default now(),
    next_fetch_at         timestamptz not null default now(),
    last_attempt_at       timestamptz,
    last_success_at       timestamptz,
    consecutive_failures  integer     not null default 0,
    last_error            text
);

-- The scheduler's claim query: due, enabled sources ordered by next_fetch_at.
create index source_due_idx on source (next_fetch_at) where enabled;

-- One row per HTTP attempt, so an operator can query why a source or page failed.
create table fetch_attempt (
    id           bigint generated always as identity primary key,
    source_id    bigint references source (id) on delete cascade,
    url          text        not null,
    status       text        not null,
    http_status  integer,
    bytes        bigint      not null default 0,
    duration_ms  integer     not null default 0,
    error        text,
    attempted_at timestamptz not null default now()
);
create index fetch_attempt_source_idx on fetch_attempt (source_id, attempted_at desc);

create table article (
    id            bigint generated always as identity primary key,
    source_id     bigint      not null references source (id) on delete cascade,
    url           text        not null,
    -- Dedup key: the same story reached through two URLs that canonicalise alike is stored once.
    canonical_url text        not null unique,
    title         text        not null,
    text          text        not null,
    language      text,
    -- The page's own date, else the feed's, else the fetch time: never null so it always lands in a bucket.
    published_at  timestamptz not null,
    fetched_at    timestamptz not null,
    content_hash  text        not null
);
-- Article listing (newest first, keyset on published_at, id) and the timeline's date range scans.
create index article_published_idx on article (published_at desc, id desc);
create index article_source_published_idx on article (source_id, published_at);
-- Ingestion skips feed items whose link is already stored, before fetching them again.
create index article_url_idx on article (url);

create table actor (
    id          bigint generated always as identity primary key,
    slug        text not null unique,
    name        text not null,
    kind        text not null check (kind in ('PERSON', 'STATE', 'ORGANISATION', 'GROUP')),
    description text
);

create table topic (
    id          bigint generated always as identity primary key,
    slug        text not null unique,
    name        text not null,
    description text
);

create table article_actor (
    article_id bigint  not null references article (id) on delete cascade,
    actor_id   bigint  not null references actor (id) on delete cascade,
    mentions   integer not null,
    score      real    not null,
    evidence   text,
    primary key (article_id, actor_id)
);
-- Timeline and listing filters by actor: find the articles of one actor.
create index article_actor_actor_idx on article_actor (actor_id, article_id);

create table article_topic (
    article_id bigint  not null references article (id) on delete cascade,
    topic_id   bigint  not null references topic (id) on delete cascade,
    mentions   integer not null,
    score      real    not null,
    evidence   text,
    primary key (article_id, topic_id)
);
-- Timeline and listing filters by topic.
create index article_topic_topic_idx on article_topic (topic_id, article_id);
