package org.peacewatch.timeline;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peacewatch.articles.ArticleSelection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Article counts per actor, per topic and per pair, under a selection: for the taxonomy listings and the
 * co-occurrence matrix. Rollups answer when the window is whole UTC days (or open) and the only other filters are
 * ones timeline_count is keyed by; the raw tables answer everything else.
 */
@Component
class TagCounts {

    enum Kind {
        ACTOR("article_actor", "actor_id"), TOPIC("article_topic", "topic_id");

        final String table;
        final String column;

        Kind(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    record Pair(long row, long col) {
    }

    private final JdbcClient jdbc;
    private final TimelineProperties properties;

    TagCounts(JdbcClient jdbc, TimelineProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Articles per actor (or topic) among the selected articles. */
    Map<Long, Long> perTag(ArticleSelection selection, Kind kind) {
        long[] same = kind == Kind.ACTOR ? selection.actorIds() : selection.topicIds();
        long[] other = kind == Kind.ACTOR ? selection.topicIds() : selection.actorIds();
        Map<Long, Long> counts = new HashMap<>();
        if (rollupWindow(selection) && same.length == 0 && other.length <= 1) {
            Map<String, Object> params = dayParams(selection);
            params.put("other", other.length == 0 ? 0L : other[0]);
            String keyed = kind == Kind.ACTOR ? "actor_id <> 0 and topic_id = :other" : "topic_id <> 0 and actor_id = :other";
            String key = kind.column;
            jdbc.sql("""
                            select %s as tag, sum(articles) as n from (
                                select %s, articles from timeline_count where %s and %s
                                union all
                                select %s, articles from timeline_count_delta where %s and %s
                            ) c group by 1""".formatted(key, key, keyed, days(selection), key, keyed, days(selection)))
                    .params(params)
                    .query(rs -> {
                        counts.put(rs.getLong("tag"), rs.getLong("n"));
                    });
            return counts;
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = selection.conditions(params);
        // Fixed fragments per kind; no value is spliced.
        String sql = """
                select t.%s as tag, count(*) as n
                from article a join %s t on t.article_id = a.id
                where %s
                group by 1""".formatted(kind.column, kind.table, ArticleSelection.and(where));
        jdbc.sql(sql).params(params).query(rs -> {
            counts.put(rs.getLong("tag"), rs.getLong("n"));
        });
        return counts;
    }

    /** Articles per (row, col) pair among the selected articles; for actor x actor the diagonal counts each actor. */
    Map<Pair, Long> pairs(ArticleSelection selection, Kind rows, Kind cols) {
        Map<Pair, Long> counts = new HashMap<>();
        if (rollupWindow(selection) && rows == Kind.ACTOR && cols == Kind.TOPIC && !selection.hasTags()) {
            Map<String, Object> params = dayParams(selection);
            jdbc.sql("""
                            select actor_id, topic_id, sum(articles) as n from (
                                select actor_id, topic_id, articles from timeline_count where actor_id <> 0 and topic_id <> 0 and %s
                                union all
                                select actor_id, topic_id, articles from timeline_count_delta where actor_id <> 0 and topic_id <> 0 and %s
                            ) c group by 1, 2""".formatted(days(selection), days(selection)))
                    .params(params)
                    .query(rs -> {
                        counts.put(new Pair(rs.getLong("actor_id"), rs.getLong("topic_id")), rs.getLong("n"));
                    });
            return counts;
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = selection.conditions(params);
        String sql = """
                select r.%s as row_id, c.%s as col_id, count(*) as n
                from article a join %s r on r.article_id = a.id join %s c on c.article_id = a.id
                where %s
                group by 1, 2""".formatted(rows.column, cols.column, rows.table, cols.table, ArticleSelection.and(where));
        jdbc.sql(sql).params(params).query(rs -> {
            counts.put(new Pair(rs.getLong("row_id"), rs.getLong("col_id")), rs.getLong("n"));
        });
        return counts;
    }

    private boolean rollupWindow(ArticleSelection selection) {
        return properties.rollups() && selection.query() == null && !selection.hasSourceOrLanguage()
                && isUtcMidnightOrOpen(selection.from()) && isUtcMidnightOrOpen(selection.to());
    }

    private static boolean isUtcMidnightOrOpen(Instant instant) {
        return instant == null || (instant.getEpochSecond() % 86_400 == 0 && instant.getNano() == 0);
    }

    private static String days(ArticleSelection selection) {
        List<String> where = new ArrayList<>(List.of("true"));
        if (selection.from() != null) {
            where.add("day >= :fromDay");
        }
        if (selection.to() != null) {
            where.add("day < :toDay");
        }
        return String.join(" and ", where);
    }

    private static Map<String, Object> dayParams(ArticleSelection selection) {
        Map<String, Object> params = new HashMap<>();
        if (selection.from() != null) {
            params.put("fromDay", Date.valueOf(LocalDate.ofInstant(selection.from(), ZoneOffset.UTC)));
        }
        if (selection.to() != null) {
            params.put("toDay", Date.valueOf(LocalDate.ofInstant(selection.to(), ZoneOffset.UTC)));
        }
        return params;
    }
}
