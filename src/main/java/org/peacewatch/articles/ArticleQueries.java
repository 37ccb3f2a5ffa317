package org.peacewatch.articles;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read SQL for article listings. Tag slugs come from the tagging tables by SQL only (no Java dependency on the
 * tagging module). Filter clauses are fixed fragments chosen by which filters are present; values are always bound.
 */
@Component
class ArticleQueries {

    record ArticleFilter(Long source, String actor, String topic, Instant from, Instant to) {
    }

    record SourceRef(long id, String name) {
    }

    record ArticleSummary(long id, String url, String title, Instant publishedAt, String language, SourceRef source,
                          List<String> actors, List<String> topics) {
    }

    record Cursor(Instant publishedAt, long id) {

        String encode() {
            String raw = publishedAt.getEpochSecond() + ":" + publishedAt.getNano() + ":" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String value) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split(":");
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        Long.parseLong(parts[2]));
            } catch (RuntimeException e) {
                throw new BadParameterException("cursor", "is not a cursor this API returned");
            }
        }
    }

    record Page(List<ArticleSummary> items, String next) {
    }

    private static final String SUMMARY_COLUMNS = """
            select a.id, a.url, a.title, a.published_at, a.language, s.id as source_id, s.name as source_name,
                   array(select x.slug from article_actor aa join actor x on x.id = aa.actor_id
                         where aa.article_id = a.id order by aa.score desc, x.slug) as actors,
                   array(select t.slug from article_topic atp join topic t on t.id = atp.topic_id
                         where atp.article_id = a.id order by atp.score desc, t.slug) as topics
            from article a join source s on s.id = a.source_id
            """;

    private final JdbcClient jdbc;

    ArticleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page list(ArticleFilter filter, int limit, Cursor cursor) {
        List<String> where = new ArrayList<>();
        var params = new java.util.HashMap<String, Object>();
        if (filter.source() != null) {
            where.add("a.source_id = :source");
            params.put("source", filter.source());
        }
        if (filter.actor() != null) {
            where.add("exists (select 1 from article_actor aa join actor x on x.id = aa.actor_id where aa.article_id = a.id and x.slug = :actor)");
            params.put("actor", filter.actor());
        }
        if (filter.topic() != null) {
            where.add("exists (select 1 from article_topic atp join topic t on t.id = atp.topic_id where atp.article_id = a.id and t.slug = :topic)");
            params.put("topic", filter.topic());
        }
        if (filter.from() != null) {
            where.add("a.published_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.add("a.published_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        if (cursor != null) {
            where.add("(a.published_at, a.id) < (:cursorTime, :cursorId)");
            params.put("cursorTime", Timestamp.from(cursor.publishedAt()));
            params.put("cursorId", cursor.id());
        }
        String sql = SUMMARY_COLUMNS + (where.isEmpty() ? "" : "where " + String.join("\n  and ", where))
                + "\norder by a.published_at desc, a.id desc limit :limit";
        params.put("limit", limit + 1);
        List<ArticleSummary> rows = jdbc.sql(sql).params(params).query((rs, n) -> summary(rs)).list();
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        List<ArticleSummary> page = rows.subList(0, limit);
        ArticleSummary last = page.get(limit - 1);
        return new Page(List.copyOf(page), new Cursor(last.publishedAt(), last.id()).encode());
    }

    Optional<ArticleSummary> summary(long id) {
        return jdbc.sql(SUMMARY_COLUMNS + "where a.id = :id").param("id", id).query((rs, n) -> summary(rs)).optional();
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getString("url"), rs.getString("title"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("language"),
                new SourceRef(rs.getLong("source_id"), rs.getString("source_name")),
                strings(rs.getArray("actors")), strings(rs.getArray("topics")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
