package org.peacewatch.articles;

import java.time.Instant;
import java.util.List;

/**
 * What an analyst asks for, as given: tag slugs (repeats OR, different parameters AND), source ids, languages,
 * a {@code websearch_to_tsquery} text query and a half-open time window. Resolve it with {@link ArticleSelections}.
 */
public record ArticleFilter(List<String> actors, List<String> topics, List<Long> sources, List<String> languages,
                            String q, Instant from, Instant to) {

    public ArticleFilter {
        actors = clean(actors);
        topics = clean(topics);
        sources = sources == null ? List.of() : sources.stream().filter(java.util.Objects::nonNull).distinct().toList();
        languages = clean(languages);
        q = q == null || q.isBlank() ? null : q.trim();
    }

    /** Same filter over another window (timeline buckets, default windows). */
    public ArticleFilter between(Instant newFrom, Instant newTo) {
        return new ArticleFilter(actors, topics, sources, languages, q, newFrom, newTo);
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        // A comma-separated value is accepted as well as repeated parameters (actor=a,b equals actor=a&actor=b).
        return values.stream().filter(java.util.Objects::nonNull)
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
