-- The analyst API (issue 6): language-aware full-text search over title and text, and exactly consistent daily
-- rollups that answer timelines, totals and co-occurrence without scanning the article and tag tables.

-- Text search configuration for an article language: snowball stemming where PostgreSQL ships a stemmer (en, ru);
-- Ukrainian has none in PostgreSQL 15, so it (and anything unknown) is indexed word for word.
create function pw_ts_config(language text) returns regconfig
    language sql immutable parallel safe
    return case language when 'en' then 'english'::regconfig when 'ru' then 'russian'::regconfig else 'simple'::regconfig end;

-- Title words weigh more than body words in relevance ranking (GET /api/v1/articles?q=...&sort=relevance).
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector(pw_ts_config(language), title), 'A') || setweight(to_tsvector(pw_ts_config(language), text), 'B')
) stored;
-- Every q filter (articles, timeline, co-occurrence, actors, topics).
create index article_search_idx on article using gin (search_vector);
-- Filters by language with a date range (lang=...).
create index article_language_published_idx on article (language, published_at);

-- Articles per UTC day, per (actor, topic) combination. actor_id 0 means "any actor" and topic_id 0 "any topic", so
-- (0, 0) is all articles, (a, 0) the articles tagged with actor a, (0, t) those with topic t and (a, t) those with
-- both. Serves the timeline for at most one actor and one topic (the common analyst query), its share denominator and
-- the actor x topic co-occurrence matrix.
create table timeline_count (
    actor_id bigint not null,
    topic_id bigint not null,
    day      date   not null,
    articles bigint not null,
    primary key (actor_id, topic_id, day)
);

-- Articles per UTC day, source and language: the timeline's "total" when source or lang filters are given.
create table source_day_count (
    source_id bigint not null,
    language  text   not null,
    day       date   not null,
    articles  bigint not null,
    primary key (source_id, language, day)
);
-- total for lang=... without a source filter.
create index source_day_count_language_idx on source_day_count (language, day);

-- Writers never update the rollups in place: triggers append signed deltas here (plain inserts, so concurrent
-- ingestion and tagging never wait on or deadlock over a hot day row). Readers add rollup and pending deltas in one
-- statement; timeline_rollup_compact() folds the deltas in, in one transaction, so readers see either side whole.
create table timeline_count_delta (
    actor_id bigint  not null,
    topic_id bigint  not null,
    day      date    not null,
    articles integer not null
);
create index timeline_count_delta_idx on timeline_count_delta (actor_id, topic_id, day);

create table source_day_count_delta (
    source_id bigint  not null,
    language  text    not null,
    day       date    not null,
    articles  integer not null
);
create index source_day_count_delta_idx on source_day_count_delta (source_id, language, day);

-- The UTC day an instant falls on: the rollups' bucket.
create function pw_utc_day(published_at timestamptz) returns date
    language sql immutable parallel safe
    return (published_at at time zone 'UTC')::date;

-- Adds (sign = 1) or removes (sign = -1) everything one article contributes through its current tags on a day.
create function pw_rollup_article_tags(p_article_id bigint, p_day date, p_sign integer) returns void
    language sql as $$
    insert into timeline_count_delta (actor_id, topic_id, day, articles)
    select aa.actor_id, 0, p_day, p_sign from article_actor aa where aa.article_id = p_article_id
    union all
    select 0, atp.topic_id, p_day, p_sign from article_topic atp where atp.article_id = p_article_id
    union all
    select aa.actor_id, atp.topic_id, p_day, p_sign
    from article_actor aa join article_topic atp on atp.article_id = aa.article_id
    where aa.article_id = p_article_id;
$$;

create function pw_rollup_article_insert() returns trigger language plpgsql as $$
begin
    insert into timeline_count_delta values (0, 0, pw_utc_day(new.published_at), 1);
    insert into source_day_count_delta values (new.source_id, coalesce(new.language, ''), pw_utc_day(new.published_at), 1);
    return null;
end $$;

-- BEFORE delete: the article's tags still exist here; the cascade that deletes them afterwards finds no article and
-- so adds nothing (see pw_rollup_actor_change).
create function pw_rollup_article_delete() returns trigger language plpgsql as $$
begin
    insert into timeline_count_delta values (0, 0, pw_utc_day(old.published_at), -1);
    insert into source_day_count_delta values (old.source_id, coalesce(old.language, ''), pw_utc_day(old.published_at), -1);
    perform pw_rollup_article_tags(old.id, pw_utc_day(old.published_at), -1);
    return old;
end $$;

create function pw_rollup_article_update() returns trigger language plpgsql as $$
begin
    if old.source_id is distinct from new.source_id or old.language is distinct from new.language
            or pw_utc_day(old.published_at) <> pw_utc_day(new.published_at) then
        insert into source_day_count_delta values
            (old.source_id, coalesce(old.language, ''), pw_utc_day(old.published_at), -1),
            (new.source_id, coalesce(new.language, ''), pw_utc_day(new.published_at), 1);
    end if;
    if pw_utc_day(old.published_at) <> pw_utc_day(new.published_at) then
        insert into timeline_count_delta values (0, 0, pw_utc_day(old.published_at), -1), (0, 0, pw_utc_day(new.published_at), 1);
        perform pw_rollup_article_tags(old.id, pw_utc_day(old.published_at), -1);
        perform pw_rollup_article_tags(new.id, pw_utc_day(new.published_at), 1);
    end if;
    return null;
end $$;

-- One actor tag added or removed: the article now counts (or no longer counts) for that actor alone and for each
-- pair of that actor with the article's current topics.
create function pw_rollup_actor_change(p_article_id bigint, p_actor_id bigint, p_sign integer) returns void
    language plpgsql as $$
declare
    v_day date;
begin
    select pw_utc_day(published_at) into v_day from article where id = p_article_id;
    if v_day is null then
        return; -- the article itself is being deleted; its BEFORE trigger already removed its contribution
    end if;
    insert into timeline_count_delta (actor_id, topic_id, day, articles)
    select p_actor_id, 0, v_day, p_sign
    union all
    select p_actor_id, atp.topic_id, v_day, p_sign from article_topic atp where atp.article_id = p_article_id;
end $$;

create function pw_rollup_topic_change(p_article_id bigint, p_topic_id bigint, p_sign integer) returns void
    language plpgsql as $$
declare
    v_day date;
begin
    select pw_utc_day(published_at) into v_day from article where id = p_article_id;
    if v_day is null then
        return;
    end if;
    insert into timeline_count_delta (actor_id, topic_id, day, articles)
    select 0, p_topic_id, v_day, p_sign
    union all
    select aa.actor_id, p_topic_id, v_day, p_sign from article_actor aa where aa.article_id = p_article_id;
end $$;

create function pw_rollup_article_actor() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        perform pw_rollup_actor_change(old.article_id, old.actor_id, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform pw_rollup_actor_change(new.article_id, new.actor_id, 1);
    end if;
    return null;
end $$;

create function pw_rollup_article_topic() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        perform pw_rollup_topic_change(old.article_id, old.topic_id, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform pw_rollup_topic_change(new.article_id, new.topic_id, 1);
    end if;
    return null;
end $$;

-- Recomputes every rollup from the raw tables: after TRUNCATE (which fires no row triggers) and after bulk loads
-- that ran with triggers off (the generate command).
create function timeline_rollup_rebuild() returns void language plpgsql as $$
begin
    truncate timeline_count, timeline_count_delta, source_day_count, source_day_count_delta;
    insert into timeline_count (actor_id, topic_id, day, articles)
    select 0, 0, pw_utc_day(a.published_at), count(*) from article a group by 3
    union all
    select aa.actor_id, 0, pw_utc_day(a.published_at), count(*)
    from article_actor aa join article a on a.id = aa.article_id group by 1, 3
    union all
    select 0, atp.topic_id, pw_utc_day(a.published_at), count(*)
    from article_topic atp join article a on a.id = atp.article_id group by 2, 3
    union all
    select aa.actor_id, atp.topic_id, pw_utc_day(a.published_at), count(*)
    from article_actor aa join article_topic atp on atp.article_id = aa.article_id join article a on a.id = aa.article_id
    group by 1, 2, 3;
    insert into source_day_count (source_id, language, day, articles)
    select a.source_id, coalesce(a.language, ''), pw_utc_day(a.published_at), count(*) from article a group by 1, 2, 3;
end $$;

-- Folds pending deltas into the rollups. An advisory lock keeps concurrent compactors (several instances) in turn.
create function timeline_rollup_compact() returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7306001);
    with moved as (delete from timeline_count_delta returning actor_id, topic_id, day, articles)
    insert into timeline_count (actor_id, topic_id, day, articles)
    select actor_id, topic_id, day, sum(articles) from moved group by 1, 2, 3
    on conflict (actor_id, topic_id, day) do update set articles = timeline_count.articles + excluded.articles;
    with moved as (delete from source_day_count_delta returning source_id, language, day, articles)
    insert into source_day_count (source_id, language, day, articles)
    select source_id, language, day, sum(articles) from moved group by 1, 2, 3
    on conflict (source_id, language, day) do update set articles = source_day_count.articles + excluded.articles;
end $$;

create function pw_rollup_truncated() returns trigger language plpgsql as $$
begin
    perform timeline_rollup_rebuild();
    return null;
end $$;

create trigger article_rollup_insert after insert on article for each row execute function pw_rollup_article_insert();
create trigger article_rollup_delete before delete on article for each row execute function pw_rollup_article_delete();
create trigger article_rollup_update after update of published_at, source_id, language on article
    for each row execute function pw_rollup_article_update();
create trigger article_actor_rollup after insert or delete or update on article_actor
    for each row execute function pw_rollup_article_actor();
create trigger article_topic_rollup after insert or delete or update on article_topic
    for each row execute function pw_rollup_article_topic();
create trigger article_rollup_truncate after truncate on article for each statement execute function pw_rollup_truncated();
create trigger article_actor_rollup_truncate after truncate on article_actor for each statement execute function pw_rollup_truncated();
create trigger article_topic_rollup_truncate after truncate on article_topic for each statement execute function pw_rollup_truncated();

select timeline_rollup_rebuild();
