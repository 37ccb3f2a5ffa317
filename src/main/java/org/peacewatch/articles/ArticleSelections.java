package org.peacewatch.articles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves an {@link ArticleFilter}: an unknown actor or topic slug or source id is a 404 naming the parameter,
 * {@code from} not before {@code to} a 400. Slugs are looked up by SQL only, so articles stays independent of the
 * tagging module's classes.
 */
@Component
public class ArticleSelections {

    private final JdbcClient jdbc;

    ArticleSelections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ArticleSelection resolve(ArticleFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new BadParameterException("from", "must be before 'to'");
        }
        long[] actors = ids("actor", "select slug, id from actor where slug = any(:values)", filter.actors());
        long[] topics = ids("topic", "select slug, id from topic where slug = any(:values)", filter.topics());
        long[] sources = filter.sources().stream().mapToLong(Long::longValue).toArray();
        if (sources.length > 0) {
            List<Long> known = jdbc.sql("select id from source where id = any(:ids)").param("ids", sources)
                    .query(Long.class).list();
            for (long id : sources) {
                if (!known.contains(id)) {
                    throw new UnknownValueException("source", id);
                }
            }
        }
        ArticleSelection.TextQuery query = null;
        if (filter.q() != null) {
            query = jdbc.sql("""
                            select websearch_to_tsquery('english', :q)::text as english,
                                   websearch_to_tsquery('russian', :q)::text as russian,
                                   websearch_to_tsquery('simple', :q)::text as simple""")
                    .param("q", filter.q())
                    .query((rs, n) -> new ArticleSelection.TextQuery(filter.q(), rs.getString("english"),
                            rs.getString("russian"), rs.getString("simple")))
                    .single();
        }
        return new ArticleSelection(actors, topics, sources, filter.languages().toArray(String[]::new), query,
                filter.from(), filter.to());
    }

    private long[] ids(String parameter, String sql, List<String> slugs) {
        if (slugs.isEmpty()) {
            return new long[0];
        }
        Map<String, Long> found = new HashMap<>();
        jdbc.sql(sql).param("values", slugs.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString("slug"), rs.getLong("id"));
                });
        long[] ids = new long[slugs.size()];
        for (int i = 0; i < slugs.size(); i++) {
            Long id = found.get(slugs.get(i));
            if (id == null) {
                throw new UnknownValueException(parameter, slugs.get(i));
            }
            ids[i] = id;
        }
        return ids;
    }
}
