-- A data version for the API's in-memory answer cache (issue 6): it must move on every committed change that can
-- alter a timeline, co-occurrence or tag-count answer, by any instance, and be cheap to read on every request.
-- A sequence would not do: nextval is not transactional, so a reader could see a writer's new value before its rows
-- and cache a stale answer under it. Instead each writing statement appends one row (insert-only, so concurrent
-- writers never wait on a shared row) and the version is folded + pending: a committed write adds exactly one,
-- folding moves rows into the total in one transaction so the sum stays put, and an uncommitted write adds nothing
-- until it commits. Statement-level triggers also fire for TRUNCATE and for deletes by FK cascade.
create table timeline_data_change (
    id bigint generated always as identity primary key
);

create table timeline_data_version (
    singleton boolean primary key default true check (singleton),
    folded    bigint  not null
);
insert into timeline_data_version (folded) values (0);

create function pw_timeline_data_changed() returns trigger language plpgsql as $$
begin
    insert into timeline_data_change default values;
    return null;
end $$;

-- Article text matters too: q filters read title and text from the raw table.
create trigger article_data_changed after insert or update or delete or truncate on article
    for each statement execute function pw_timeline_data_changed();
create trigger article_actor_data_changed after insert or update or delete or truncate on article_actor
    for each statement execute function pw_timeline_data_changed();
create trigger article_topic_data_changed after insert or update or delete or truncate on article_topic
    for each statement execute function pw_timeline_data_changed();
-- Slugs and names appear in answers (series) and resolve filters.
create trigger actor_data_changed after insert or update or delete or truncate on actor
    for each statement execute function pw_timeline_data_changed();
create trigger topic_data_changed after insert or update or delete or truncate on topic
    for each statement execute function pw_timeline_data_changed();
create trigger source_data_changed after insert or update or delete or truncate on source
    for each statement execute function pw_timeline_data_changed();

-- Read on every cached API request: one tiny row plus the few changes since the last fold.
create function timeline_data_version() returns bigint language sql stable
    return (select folded from timeline_data_version) + (select count(*) from timeline_data_change);

-- Run with the rollup compaction; the advisory lock keeps concurrent folders (several instances) in turn.
create function timeline_data_version_fold() returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7306002);
    with moved as (delete from timeline_data_change returning 1)
    update timeline_data_version set folded = folded + (select count(*) from moved);
end $$;
