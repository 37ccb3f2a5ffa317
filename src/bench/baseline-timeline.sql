-- Variables are substituted textually: pass them quoted, e.g. -D "actor='putin'" (see analyst-api.sh).
-- Baseline for the timeline benchmark: the straightforward GROUP BY over the raw tables that answers the same
-- request (one year, daily, actor AND topic, with the share denominator), run by pgbench (no HTTP at all).
select date_trunc('day', a.published_at at time zone 'UTC') as bucket,
       count(*) filter (where exists (select 1 from article_actor aa join actor x on x.id = aa.actor_id
                                      where aa.article_id = a.id and x.slug = :actor)
                          and exists (select 1 from article_topic atp join topic t on t.id = atp.topic_id
                                      where atp.article_id = a.id and t.slug = :topic)) as count,
       count(*) as total
from article a
where a.published_at >= :from and a.published_at < :to
group by 1;
