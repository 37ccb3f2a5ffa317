package org.peacewatch.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts matching articles per bucket, then fills the empty buckets with zeros. */
@Component
class TimelineQueries {

    record Filter(String actor, String topic, Long source, Instant from, Instant to) {
    }

    record Bucket(Instant start, long count) {
    }

    private final JdbcClient jdbc;

    TimelineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Bucket> counts(Filter filter, TimelineInterval interval) {
        List<String> where = new ArrayList<>(List.of("a.published_at >= :from", "a.published_at < :to"));
        Map<String, Object> params = new HashMap<>();
        params.put("from", Timestamp.from(filter.from()));
        params.put("to", Timestamp.from(filter.to()));
        params.put("unit", interval.sqlUnit());
        if (filter.actor() != null) {
            where.add("exists (select 1 from article_actor aa join actor x on x.id = aa.actor_id where aa.article_id = a.id and x.slug = :actor)");
            params.put("actor", filter.actor());
        }
        if (filter.topic() != null) {
            where.add("exists (select 1 from article_topic atp join topic t on t.id = atp.topic_id where atp.article_id = a.id and t.slug = :topic)");
            params.put("topic", filter.topic());
        }
        if (filter.source() != null) {
            where.add("a.source_id = :source");
            params.put("source", filter.source());
        }
        // date_trunc on the UTC wall time gives UTC bucket starts whatever the session time zone is.
        String sql = """
                select date_trunc(:unit, a.published_at at time zone 'UTC') as bucket, count(*) as n
                from article a
                where %s
                group by 1""".formatted(String.join(" and ", where));
        Map<Instant, Long> counted = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            counted.put(rs.getTimestamp("bucket", java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")))
                    .toInstant(), rs.getLong("n"));
        });
        List<Bucket> buckets = new ArrayList<>();
        for (Instant start = interval.floor(filter.from()); start.isBefore(filter.to()); start = interval.next(start)) {
            buckets.add(new Bucket(start, counted.getOrDefault(start, 0L)));
        }
        return buckets;
    }
}
