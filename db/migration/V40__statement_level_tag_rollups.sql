-- Tag rollups (V30) per statement instead of per row (issue 3, ingestion throughput). A stored article gets some
-- fifteen tags in two multi-row inserts; row-level triggers ran a PL/pgSQL call and two queries per tag row, which
-- was the largest single cost of ingestion inside PostgreSQL. These triggers see the statement's rows as a
-- transition table and add the same deltas with one insert per statement.
--
-- Same counting as the row-level triggers: an AFTER trigger runs once the whole statement is done, so each added
-- (removed) actor row pairs with the article's topics as they stand then, and each topic row with its actors. As long
-- as actors and topics are written by separate statements (TagWriter does), every (actor, topic) pair is counted
-- once. Rows of an article that is being deleted join no article and add nothing: the article's BEFORE DELETE
-- trigger already removed its whole contribution.
--
-- The functions plan their queries with sequential scans off. Their queries have no parameters, so PL/pgSQL plans
-- each once per session and keeps the plan until the tables' statistics change; planned just after a TRUNCATE (or on
-- a new database) that plan scanned the whole article table for every tag statement, more slowly as it grew. A
-- statement's rows are one article's tags, so index lookups are always the right plan.
--
-- PostgreSQL allows transition tables only on single-event triggers, hence one trigger per event, sharing a function
-- that reads "added" (INSERT, UPDATE) and "removed" (DELETE, UPDATE).

drop trigger article_actor_rollup on article_actor;
drop trigger article_topic_rollup on article_topic;
drop function pw_rollup_article_actor();
drop function pw_rollup_article_topic();
drop function pw_rollup_actor_change(bigint, bigint, integer);
drop function pw_rollup_topic_change(bigint, bigint, integer);

create function pw_rollup_actor_rows() returns trigger language plpgsql set enable_seqscan = off as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        insert into timeline_count_delta (actor_id, topic_id, day, articles)
        select r.actor_id, 0, pw_utc_day(a.published_at), -1
        from removed r join article a on a.id = r.article_id
        union all
        select r.actor_id, atp.topic_id, pw_utc_day(a.published_at), -1
        from removed r join article a on a.id = r.article_id join article_topic atp on atp.article_id = r.article_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into timeline_count_delta (actor_id, topic_id, day, articles)
        select n.actor_id, 0, pw_utc_day(a.published_at), 1
        from added n join article a on a.id = n.article_id
        union all
        select n.actor_id, atp.topic_id, pw_utc_day(a.published_at), 1
        from added n join article a on a.id = n.article_id join article_topic atp on atp.article_id = n.article_id;
    end if;
    return null;
end $$;

create function pw_rollup_topic_rows() returns trigger language plpgsql set enable_seqscan = off as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        insert into timeline_count_delta (actor_id, topic_id, day, articles)
        select 0, r.topic_id, pw_utc_day(a.published_at), -1
        from removed r join article a on a.id = r.article_id
        union all
        select aa.actor_id, r.topic_id, pw_utc_day(a.published_at), -1
        from removed r join article a on a.id = r.article_id join article_actor aa on aa.article_id = r.article_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into timeline_count_delta (actor_id, topic_id, day, articles)
        select 0, n.topic_id, pw_utc_day(a.published_at), 1
        from added n join article a on a.id = n.article_id
        union all
        select aa.actor_id, n.topic_id, pw_utc_day(a.published_at), 1
        from added n join article a on a.id = n.article_id join article_actor aa on aa.article_id = n.article_id;
    end if;
    return null;
end $$;

create trigger article_actor_rollup_insert after insert on article_actor
    referencing new table as added for each statement execute function pw_rollup_actor_rows();
create trigger article_actor_rollup_delete after delete on article_actor
    referencing old table as removed for each statement execute function pw_rollup_actor_rows();
create trigger article_actor_rollup_update after update on article_actor
    referencing old table as removed new table as added for each statement execute function pw_rollup_actor_rows();
create trigger article_topic_rollup_insert after insert on article_topic
    referencing new table as added for each statement execute function pw_rollup_topic_rows();
create trigger article_topic_rollup_delete after delete on article_topic
    referencing old table as removed for each statement execute function pw_rollup_topic_rows();
create trigger article_topic_rollup_update after update on article_topic
    referencing old table as removed new table as added for each statement execute function pw_rollup_topic_rows();
