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
        long[] actors = new long[filter.actors().size()];
        long[] topics = new long[filter.topics().size()];
        if (actors.length + topics.length > 0) {
            // One round trip for both kinds: this runs on every analyst request.
            Map<String, Long> found = new HashMap<>();
            jdbc.sql("""
                            select 'actor:' || slug as key, id from actor where slug = any(:actors)
                            union all
                            select 'topic:' || slug, id from topic where slug = any(:topics)""")
                    .param("actors", filter.actors().toArray(String[]::new))
                    .param("topics", filter.topics().toArray(String[]::new))
                    .query(rs -> {
                        found.put(rs.getString("key"), rs.getLong("id"));
                    });
            fill(actors, "actor", filter.actors(), found);
            fill(topics, "topic", filter.topics(), found);
        }
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

    private static void fill(long[] ids, String parameter, List<String> slugs, Map<String, Long> found) {
        for (int i = 0; i < ids.length; i++) {
            Long id = found.get(parameter + ":" + slugs.get(i));
            if (id == null) {
                throw new UnknownValueException(parameter, slugs.get(i));
            }
            ids[i] = id;
        }
    }
}
