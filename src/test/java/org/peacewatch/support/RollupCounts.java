package org.peacewatch.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline rollups and the same counts grouped from the raw tables, as sorted "actor topic day count" lines, so a
 * test can compare them after any write. Actor or topic 0 means "any".
 */
public final class RollupCounts {

    private RollupCounts() {
    }

    public static List<String> fromRawTables(JdbcClient jdbc) {
        return jdbc.sql("""
                select actor_id || ' ' || topic_id || ' ' || day || ' ' || n from (
                    select 0 as actor_id, 0 as topic_id, pw_utc_day(a.published_at) as day, count(*) as n from article a group by 3
                    union all
                    select aa.actor_id, 0, pw_utc_day(a.published_at), count(*)
                    from article_actor aa join article a on a.id = aa.article_id group by 1, 3
                    union all
                    select 0, atp.topic_id, pw_utc_day(a.published_at), count(*)
                    from article_topic atp join article a on a.id = atp.article_id group by 2, 3
                    union all
                    select aa.actor_id, atp.topic_id, pw_utc_day(a.published_at), count(*)
                    from article_actor aa join article_topic atp on atp.article_id = aa.article_id
                    join article a on a.id = aa.article_id group by 1, 2, 3
                ) r order by 1""").query(String.class).list();
    }

    /** Folded rollup rows plus the deltas not yet compacted. */
    public static List<String> fromRollups(JdbcClient jdbc) {
        return jdbc.sql("""
                select actor_id || ' ' || topic_id || ' ' || day || ' ' || n from (
                    select actor_id, topic_id, day, sum(articles) as n from (
                        select actor_id, topic_id, day, articles from timeline_count
                        union all
                        select actor_id, topic_id, day, articles from timeline_count_delta
                    ) c group by 1, 2, 3 having sum(articles) <> 0
                ) r order by 1""").query(String.class).list();
    }
}
