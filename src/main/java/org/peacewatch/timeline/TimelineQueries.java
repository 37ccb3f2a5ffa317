package org.peacewatch.timeline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peacewatch.articles.ArticleSelection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Article counts per bucket. Where the daily rollups (V30) answer exactly — UTC day/week/month buckets on whole
 * days, at most one actor and one topic, no text query — it reads a few hundred rollup rows; otherwise it groups
 * the raw article and tag tables. Both give the same numbers (RollupConsistencyIntegrationTests).
 */
@Component
class TimelineQueries {

    /** The buckets asked for: contiguous starts from the bucket holding {@code from} up to {@code to}. */
    record Window(TimelineInterval interval, ZoneId zone, Instant from, Instant to, List<Instant> starts) {

        boolean onUtcDays() {
            return interval != TimelineInterval.HOUR && zone.normalized().equals(ZoneOffset.UTC)
                    && isUtcMidnight(from) && isUtcMidnight(to);
        }

        Instant bucketOf(LocalDate utcDay) {
            return interval.floor(utcDay.atStartOfDay(ZoneOffset.UTC).toInstant(), zone);
        }

        private static boolean isUtcMidnight(Instant instant) {
            return instant.getEpochSecond() % 86_400 == 0 && instant.getNano() == 0;
        }
    }

    record TopArticle(long id, String title, String url, Instant publishedAt, double score) {
    }

    /** A (actor id, topic id) key of timeline_count; 0 means any. */
    record RollupKey(long actorId, long topicId) {
    }

    enum Dimension { ACTOR, TOPIC }

    private final JdbcClient jdbc;
    private final TimelineProperties properties;

    TimelineQueries(JdbcClient jdbc, TimelineProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Matching articles per bucket start. */
    Map<Instant, Long> counts(ArticleSelection selection, Window window) {
        if (rollupAnswers(selection, window)) {
            if (!selection.hasSourceOrLanguage()) {
                return rollup(List.of(key(selection)), window).getOrDefault(key(selection), Map.of());
            }
            if (!selection.hasTags()) {
                return sourceRollup(selection, window);
            }
        }
        Map<String, Object> params = new HashMap<>();
        String sql = """
                select %s as bucket, count(*) as n
                from article a
                where %s
                group by 1""".formatted(bucketExpression(window, params), ArticleSelection.and(selection.conditions(params)));
        return grouped(sql, params, window);
    }

    /** Matching and all articles per bucket: {@link #counts} and {@link #totals} in one round trip when both are rollups. */
    record Counted(Map<Instant, Long> counts, Map<Instant, Long> totals) {
    }

    Counted countsAndTotals(ArticleSelection selection, Window window) {
        if (rollupAnswers(selection, window) && !selection.hasSourceOrLanguage()) {
            RollupKey all = new RollupKey(0, 0);
            RollupKey key = key(selection);
            Map<RollupKey, Map<Instant, Long>> both = rollup(key.equals(all) ? List.of(all) : List.of(key, all), window);
            return new Counted(both.getOrDefault(key, Map.of()), both.getOrDefault(all, Map.of()));
        }
        return new Counted(counts(selection, window), totals(selection, window));
    }

    /** All articles per bucket under the same window, sources and languages: the share denominator. */
    Map<Instant, Long> totals(ArticleSelection selection, Window window) {
        if (properties.rollups() && window.onUtcDays()) {
            if (!selection.hasSourceOrLanguage()) {
                RollupKey all = new RollupKey(0, 0);
                return rollup(List.of(all), window).getOrDefault(all, Map.of());
            }
            return sourceRollup(selection, window);
        }
        Map<String, Object> params = new HashMap<>();
        String sql = """
                select %s as bucket, count(*) as n
                from article a
                where %s
                group by 1""".formatted(bucketExpression(window, params), ArticleSelection.and(selection.coverageConditions(params)));
        return grouped(sql, params, window);
    }

    /**
     * Counts per bucket and per actor (or topic): the given ids, or every one when none is given. The selection's
     * own filter on that dimension only picks the series; its other filters apply to each.
     */
    Map<Long, Map<Instant, Long>> series(ArticleSelection selection, Window window, Dimension dimension, long[] ids) {
        boolean actors = dimension == Dimension.ACTOR;
        long[] other = actors ? selection.topicIds() : selection.actorIds();
        ArticleSelection rest = actors
                ? new ArticleSelection(new long[0], selection.topicIds(), selection.sourceIds(), selection.languages(), selection.query(), selection.from(), selection.to())
                : new ArticleSelection(selection.actorIds(), new long[0], selection.sourceIds(), selection.languages(), selection.query(), selection.from(), selection.to());
        Map<Long, Map<Instant, Long>> result = new LinkedHashMap<>();
        if (properties.rollups() && window.onUtcDays() && selection.query() == null && !selection.hasSourceOrLanguage()
                && other.length <= 1) {
            long otherId = other.length == 0 ? 0 : other[0];
            List<RollupKey> keys = new ArrayList<>();
            for (long id : ids) {
                keys.add(actors ? new RollupKey(id, otherId) : new RollupKey(otherId, id));
            }
            Map<RollupKey, Map<Instant, Long>> counted = rollup(keys, window);
            for (RollupKey key : keys) {
                result.put(actors ? key.actorId() : key.topicId(), counted.getOrDefault(key, Map.of()));
            }
            return result;
        }
        for (long id : ids) {
            result.put(id, new HashMap<>());
        }
        Map<String, Object> params = new HashMap<>();
        String join = actors ? "join article_actor st on st.article_id = a.id and st.actor_id = any(:seriesIds)"
                : "join article_topic st on st.article_id = a.id and st.topic_id = any(:seriesIds)";
        String key = actors ? "st.actor_id" : "st.topic_id";
        params.put("seriesIds", ids);
        String sql = """
                select %s as series, %s as bucket, count(*) as n
                from article a %s
                where %s
                group by 1, 2""".formatted(key, bucketExpression(window, params), join, ArticleSelection.and(rest.conditions(params)));
        jdbc.sql(sql).params(params).query(rs -> {
            result.get(rs.getLong("series")).merge(bucketStart(rs, window), rs.getLong("n"), Long::sum);
        });
        return result;
    }

    /**
     * The {@code n} highest-scoring matching articles per bucket. An article's score is the sum of its tag scores for
     * the requested actors and topics (all its tags when none are requested), plus its text rank when {@code q} is
     * given.
     */
    Map<Instant, List<TopArticle>> top(ArticleSelection selection, Window window, int n) {
        Map<String, Object> params = new HashMap<>();
        String bucket = bucketExpression(window, params);
        String actorScore = selection.actorIds().length > 0
                ? "(select coalesce(sum(s.score), 0) from article_actor s where s.article_id = a.id and s.actor_id = any(:actorIds))"
                : "(select coalesce(sum(s.score), 0) from article_actor s where s.article_id = a.id)";
        String topicScore = selection.topicIds().length > 0
                ? "(select coalesce(sum(s.score), 0) from article_topic s where s.article_id = a.id and s.topic_id = any(:topicIds))"
                : "(select coalesce(sum(s.score), 0) from article_topic s where s.article_id = a.id)";
        String textScore = selection.query() != null ? "ts_rank_cd(a.search_vector, " + ArticleSelection.ARTICLE_QUERY + ")" : "0";
        String where = ArticleSelection.and(selection.conditions(params));
        String sql = """
                select bucket, id, title, url, published_at, score
                from (
                    select scored.*, row_number() over (partition by bucket order by score desc, id desc) as rank
                    from (
                        select %s as bucket, a.id, a.title, a.url, a.published_at, %s + %s + %s as score
                        from article a
                        where %s
                    ) scored
                ) ranked
                where rank <= :top
                order by bucket, rank""".formatted(bucket, actorScore, topicScore, textScore, where);
        params.put("top", n);
        Map<Instant, List<TopArticle>> top = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            top.computeIfAbsent(bucketStart(rs, window), b -> new ArrayList<>()).add(new TopArticle(rs.getLong("id"),
                    rs.getString("title"), rs.getString("url"), rs.getTimestamp("published_at").toInstant(),
                    rs.getDouble("score")));
        });
        return top;
    }

    private boolean rollupAnswers(ArticleSelection selection, Window window) {
        return properties.rollups() && window.onUtcDays() && selection.query() == null
                && selection.actorIds().length <= 1 && selection.topicIds().length <= 1;
    }

    private static RollupKey key(ArticleSelection selection) {
        return new RollupKey(selection.actorIds().length == 0 ? 0 : selection.actorIds()[0],
                selection.topicIds().length == 0 ? 0 : selection.topicIds()[0]);
    }

    /** Rollup rows plus not yet compacted deltas, in one statement (one snapshot), summed into buckets. */
    Map<RollupKey, Map<Instant, Long>> rollup(List<RollupKey> keys, Window window) {
        Map<RollupKey, Map<Instant, Long>> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        with k as (select * from unnest(cast(:actorIds as bigint[]), cast(:topicIds as bigint[])) as k(actor_id, topic_id))
                        select c.actor_id, c.topic_id, c.day, sum(c.articles) as n
                        from (
                            select r.actor_id, r.topic_id, r.day, r.articles
                            from k join timeline_count r on r.actor_id = k.actor_id and r.topic_id = k.topic_id
                            where r.day >= :fromDay and r.day < :toDay
                            union all
                            select d.actor_id, d.topic_id, d.day, d.articles
                            from k join timeline_count_delta d on d.actor_id = k.actor_id and d.topic_id = k.topic_id
                            where d.day >= :fromDay and d.day < :toDay
                        ) c
                        group by 1, 2, 3""")
                .param("actorIds", keys.stream().mapToLong(RollupKey::actorId).toArray())
                .param("topicIds", keys.stream().mapToLong(RollupKey::topicId).toArray())
                .param("fromDay", Date.valueOf(LocalDate.ofInstant(window.from(), ZoneOffset.UTC)))
                .param("toDay", Date.valueOf(LocalDate.ofInstant(window.to(), ZoneOffset.UTC)))
                .query(rs -> {
                    var key = new RollupKey(rs.getLong("actor_id"), rs.getLong("topic_id"));
                    result.computeIfAbsent(key, k -> new HashMap<>())
                            .merge(window.bucketOf(rs.getDate("day").toLocalDate()), rs.getLong("n"), Long::sum);
                });
        return result;
    }

    private Map<Instant, Long> sourceRollup(ArticleSelection selection, Window window) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of("r.day >= :fromDay", "r.day < :toDay"));
        params.put("fromDay", Date.valueOf(LocalDate.ofInstant(window.from(), ZoneOffset.UTC)));
        params.put("toDay", Date.valueOf(LocalDate.ofInstant(window.to(), ZoneOffset.UTC)));
        if (selection.sourceIds().length > 0) {
            where.add("r.source_id = any(:sourceIds)");
            params.put("sourceIds", selection.sourceIds());
        }
        if (selection.languages().length > 0) {
            where.add("r.language = any(:languages)");
            params.put("languages", selection.languages());
        }
        String condition = String.join(" and ", where);
        Map<Instant, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select day, sum(articles) as n from (
                            select r.day, r.articles from source_day_count r where %s
                            union all
                            select r.day, r.articles from source_day_count_delta r where %s
                        ) c group by 1""".formatted(condition, condition))
                .params(params)
                .query(rs -> {
                    counts.merge(window.bucketOf(rs.getDate("day").toLocalDate()), rs.getLong("n"), Long::sum);
                });
        return counts;
    }

    /**
     * The SQL for an article's bucket start as local wall time in the window's zone. An offset zone binds as an
     * interval, because PostgreSQL reads a bare '+02:00' zone name with the POSIX (inverted) sign.
     */
    private static String bucketExpression(Window window, Map<String, Object> params) {
        params.put("unit", window.interval().sqlUnit());
        ZoneId zone = window.interval().effectiveZone(window.zone());
        if (zone.normalized() instanceof ZoneOffset offset) {
            params.put("zoneOffset", offset.equals(ZoneOffset.UTC) ? "00:00" : offset.getId());
            return "date_trunc(:unit, a.published_at at time zone cast(:zoneOffset as interval))";
        }
        params.put("zone", zone.getId());
        return "date_trunc(:unit, a.published_at at time zone :zone)";
    }

    private static Instant bucketStart(ResultSet rs, Window window) throws SQLException {
        LocalDateTime local = rs.getObject("bucket", LocalDateTime.class);
        return local.atZone(window.interval().effectiveZone(window.zone())).toInstant();
    }

    private Map<Instant, Long> grouped(String sql, Map<String, Object> params, Window window) {
        Map<Instant, Long> counts = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.merge(bucketStart(rs, window), rs.getLong("n"), Long::sum);
        });
        return counts;
    }
}
