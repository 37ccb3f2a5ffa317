package org.peacewatch.articles.web;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.peacewatch.articles.ArticleSelection;
import org.peacewatch.articles.BadParameterException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read SQL for article listings and exports. Tag slugs come from the tagging tables by SQL only (no Java dependency
 * on the tagging module). Filter clauses are fixed fragments chosen by which filters are present; values are always
 * bound.
 */
@Component
class ArticleQueries {

    enum Sort {
        PUBLISHED, RELEVANCE;

        static Sort parse(String value, boolean hasQuery) {
            if (value == null || value.isBlank()) {
                return hasQuery ? RELEVANCE : PUBLISHED;
            }
            Sort sort;
            try {
                sort = valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("sort", "must be one of relevance, published, not '" + value + "'");
            }
            if (sort == RELEVANCE && !hasQuery) {
                throw new BadParameterException("sort", "can be 'relevance' only together with 'q'");
            }
            return sort;
        }
    }

    record SourceRef(long id, String name) {
    }

    /**
     * @param snippet   title and text around the matches, matches wrapped in {@code <mark>}; null without {@code q}
     * @param relevance the ts_rank_cd of the match; null without {@code q}
     */
    record ArticleSummary(long id, String url, String title, Instant publishedAt, String language, SourceRef source,
                          List<String> actors, List<String> topics, String snippet, Float relevance) {
    }

    /** Keyset position: after (publishedAt, id) newest first, or after (relevance, id) best first. */
    record Cursor(Sort sort, Instant publishedAt, float relevance, long id) {

        static Cursor after(Sort sort, ArticleSummary last) {
            return sort == Sort.RELEVANCE ? new Cursor(sort, null, last.relevance(), last.id())
                    : new Cursor(sort, last.publishedAt(), 0, last.id());
        }

        String encode() {
            String raw = sort == Sort.RELEVANCE ? "r:" + Float.floatToIntBits(relevance) + ":" + id
                    : publishedAt.getEpochSecond() + ":" + publishedAt.getNano() + ":" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String value, Sort expected) {
            Cursor cursor;
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split(":");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("three parts expected");
                }
                cursor = parts[0].equals("r")
                        ? new Cursor(Sort.RELEVANCE, null, Float.intBitsToFloat(Integer.parseInt(parts[1])), Long.parseLong(parts[2]))
                        : new Cursor(Sort.PUBLISHED, Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        0, Long.parseLong(parts[2]));
            } catch (RuntimeException e) {
                throw new BadParameterException("cursor", "is not a cursor this API returned");
            }
            if (cursor.sort() != expected) {
                throw new BadParameterException("cursor", "belongs to sort=" + cursor.sort().name().toLowerCase(Locale.ROOT)
                        + ", not sort=" + expected.name().toLowerCase(Locale.ROOT));
            }
            return cursor;
        }
    }

    record Page(List<ArticleSummary> items, String next) {
    }

    private static final String TAG_ARRAYS = """
            array(select x.slug from article_actor aa join actor x on x.id = aa.actor_id
                  where aa.article_id = a.id order by aa.score desc, x.slug) as actors,
            array(select t.slug from article_topic atp join topic t on t.id = atp.topic_id
                  where atp.article_id = a.id order by atp.score desc, t.slug) as topics""";

    private static final String SUMMARY_COLUMNS = """
            select a.id, a.url, a.title, a.published_at, a.language, s.id as source_id, s.name as source_name,
                   null::text as snippet, null::real as relevance,
            """ + TAG_ARRAYS + """

            from article a join source s on s.id = a.source_id
            """;

    private static final String RANK = "ts_rank_cd(a.search_vector, " + ArticleSelection.ARTICLE_QUERY + ")";

    private static final String SNIPPET = "ts_headline(pw_ts_config(a.language), a.title || ' — ' || a.text, "
            + ArticleSelection.ARTICLE_QUERY
            + ", 'MaxFragments=2, MinWords=8, MaxWords=25, FragmentDelimiter=\" … \", StartSel=<mark>, StopSel=</mark>')";

    /** Rows per round trip when an export reads its server-side cursor. */
    static final int EXPORT_FETCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final ArticleSearchProperties properties;

    ArticleQueries(JdbcClient jdbc, PlatformTransactionManager transactions, ArticleSearchProperties properties) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.properties = properties;
    }

    Page list(ArticleSelection selection, Sort sort, int limit, Cursor cursor) {
        List<ArticleSummary> rows = rows(selection, sort, limit + 1, cursor);
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        List<ArticleSummary> page = rows.subList(0, limit);
        return new Page(List.copyOf(page), Cursor.after(sort, page.get(limit - 1)).encode());
    }

    /**
     * Every matching article, in order, without a cap, ranking every match (not only the newest) when sorted by
     * relevance. One statement read through a server-side cursor (PgJDBC fetches {@link #EXPORT_FETCH} rows at a time
     * inside a read-only transaction), so memory stays constant however many rows stream out.
     */
    void forEach(ArticleSelection selection, Sort sort, Consumer<ArticleSummary> sink) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = selection.conditions(params);
        boolean ranked = selection.query() != null;
        String sql = """
                select a.id, a.url, a.title, a.published_at, a.language, s.id as source_id, s.name as source_name,
                       %s as relevance, %s as snippet,
                %s
                from article a join source s on s.id = a.source_id
                where %s
                order by %s""".formatted(ranked ? RANK : "null::real", ranked ? SNIPPET : "null::text", TAG_ARRAYS,
                ArticleSelection.and(where), sort == Sort.PUBLISHED ? "a.published_at desc, a.id desc" : "relevance desc, a.id desc");
        readOnly.executeWithoutResult(status -> jdbc.sql(sql).params(params).withFetchSize(EXPORT_FETCH)
                .query(rs -> {
                    sink.accept(summary(rs));
                }));
    }

    private List<ArticleSummary> rows(ArticleSelection selection, Sort sort, int limit, Cursor cursor) {
        Map<String, Object> params = new HashMap<>();
        boolean ranked = selection.query() != null;
        List<String> where = selection.conditions(params);
        if (cursor != null && sort == Sort.PUBLISHED) {
            where.add("(a.published_at, a.id) < (:cursorTime, :cursorId)");
            params.put("cursorTime", Timestamp.from(cursor.publishedAt()));
            params.put("cursorId", cursor.id());
        } else if (cursor != null) {
            where.add("(" + RANK + ", a.id) < (cast(:cursorRank as real), :cursorId)");
            params.put("cursorRank", cursor.relevance());
            params.put("cursorId", cursor.id());
        }
        String outerOrder = sort == Sort.PUBLISHED ? "hit.published_at desc, hit.id desc" : "hit.relevance desc, hit.id desc";
        String sql;
        if (sort == Sort.RELEVANCE) {
            // Rank the newest matches only (see ArticleSearchProperties), then build snippets and tag lists only for
            // the page that is returned. The cursor condition applies after ranking, inside the candidates.
            List<String> after = where.subList(where.size() - (cursor == null ? 0 : 1), where.size());
            List<String> conditions = where.subList(0, where.size() - after.size());
            sql = """
                    with candidate as (
                        select a.id, a.published_at, a.language, a.search_vector
                        from article a
                        where %s
                        order by a.published_at desc, a.id desc
                        limit :candidates
                    ), hit as (
                        select a.id, a.published_at, %s as relevance
                        from candidate a
                        where %s
                        order by relevance desc, a.id desc
                        limit :limit
                    )
                    select a.id, a.url, a.title, a.published_at, a.language, s.id as source_id, s.name as source_name,
                           hit.relevance, %s as snippet,
                    %s
                    from hit join article a on a.id = hit.id join source s on s.id = a.source_id
                    order by %s""".formatted(ArticleSelection.and(conditions), RANK, ArticleSelection.and(after),
                    SNIPPET, TAG_ARRAYS, outerOrder);
            params.put("candidates", properties.relevanceCandidates());
            params.put("limit", limit);
            return jdbc.sql(sql).params(params).query((rs, n) -> summary(rs)).list();
        }
        // Filter first, then build snippets and tag lists only for the page that is returned.
        sql = """
                with hit as (
                    select a.id, a.published_at, %s as relevance
                    from article a
                    where %s
                    order by %s
                    limit :limit
                )
                select a.id, a.url, a.title, a.published_at, a.language, s.id as source_id, s.name as source_name,
                       hit.relevance, %s as snippet,
                %s
                from hit join article a on a.id = hit.id join source s on s.id = a.source_id
                order by %s""".formatted(ranked ? RANK : "null::real", ArticleSelection.and(where), "a.published_at desc, a.id desc",
                ranked ? SNIPPET : "null::text", TAG_ARRAYS, outerOrder);
        params.put("limit", limit);
        return jdbc.sql(sql).params(params).query((rs, n) -> summary(rs)).list();
    }

    Optional<ArticleSummary> summary(long id) {
        return jdbc.sql(SUMMARY_COLUMNS + "where a.id = :id").param("id", id).query((rs, n) -> summary(rs)).optional();
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        Float relevance = rs.getObject("relevance") == null ? null : rs.getFloat("relevance");
        return new ArticleSummary(rs.getLong("id"), rs.getString("url"), rs.getString("title"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("language"),
                new SourceRef(rs.getLong("source_id"), rs.getString("source_name")),
                strings(rs.getArray("actors")), strings(rs.getArray("topics")), rs.getString("snippet"), relevance);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
