package org.peacewatch.articles;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A resolved {@link ArticleFilter}: slugs turned into ids, the text query parsed once per search configuration.
 * It renders fixed SQL fragments over an {@code article} alias and binds every value as a named parameter.
 *
 * @param query the text query, or null
 */
public record ArticleSelection(long[] actorIds, long[] topicIds, long[] sourceIds, String[] languages,
                               TextQuery query, Instant from, Instant to) {

    /**
     * The text query as parsed by {@code websearch_to_tsquery} with each configuration an article may be indexed
     * with (see pw_ts_config in V30): english, russian and simple.
     */
    public record TextQuery(String text, String english, String russian, String simple) {
    }

    /**
     * The query an article is ranked and highlighted with: the one parsed with the article's own configuration.
     */
    public static final String ARTICLE_QUERY = """
            (case a.language when 'en' then cast(:qEnglish as tsquery) when 'ru' then cast(:qRussian as tsquery) \
            else cast(:qSimple as tsquery) end)""";

    /**
     * An article matches the query parsed with its own language's configuration. Written as an OR of
     * (language, match) pairs rather than one CASE so that the GIN index serves each branch (a BitmapOr) and the
     * planner estimates the row count from the index statistics instead of guessing.
     */
    static final String TEXT_MATCH = """
            ((a.language = 'en' and a.search_vector @@ cast(:qEnglish as tsquery))
              or (a.language = 'ru' and a.search_vector @@ cast(:qRussian as tsquery))
              or ((a.language is null or a.language not in ('en', 'ru')) and a.search_vector @@ cast(:qSimple as tsquery)))""";

    public boolean hasTags() {
        return actorIds.length > 0 || topicIds.length > 0;
    }

    public boolean hasSourceOrLanguage() {
        return sourceIds.length > 0 || languages.length > 0;
    }

    public ArticleSelection between(Instant newFrom, Instant newTo) {
        return new ArticleSelection(actorIds, topicIds, sourceIds, languages, query, newFrom, newTo);
    }

    /** Conditions on alias {@code a} for every filter. */
    public List<String> conditions(Map<String, Object> params) {
        List<String> where = coverageConditions(params);
        if (actorIds.length > 0) {
            where.add("exists (select 1 from article_actor fa where fa.article_id = a.id and fa.actor_id = any(:actorIds))");
            params.put("actorIds", actorIds);
        }
        if (topicIds.length > 0) {
            where.add("exists (select 1 from article_topic ft where ft.article_id = a.id and ft.topic_id = any(:topicIds))");
            params.put("topicIds", topicIds);
        }
        if (query != null) {
            where.add(TEXT_MATCH);
            params.put("qEnglish", query.english());
            params.put("qRussian", query.russian());
            params.put("qSimple", query.simple());
        }
        return where;
    }

    /**
     * Conditions for the coverage an answer is normalised by: the same window, sources and languages, but any tags
     * and any text (GDELT's "share of all monitored coverage").
     */
    public List<String> coverageConditions(Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (from != null) {
            where.add("a.published_at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            where.add("a.published_at < :to");
            params.put("to", Timestamp.from(to));
        }
        if (sourceIds.length > 0) {
            where.add("a.source_id = any(:sourceIds)");
            params.put("sourceIds", sourceIds);
        }
        if (languages.length > 0) {
            where.add("a.language = any(:languages)");
            params.put("languages", languages);
        }
        return where;
    }

    public static String and(List<String> conditions) {
        return conditions.isEmpty() ? "true" : String.join("\n  and ", conditions);
    }
}
