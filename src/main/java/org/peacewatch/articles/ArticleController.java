package org.peacewatch.articles;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {

    static final int MAX_LIMIT = 500;

    private final ArticleQueries queries;
    private final JdbcClient jdbc;

    ArticleController(ArticleQueries queries, JdbcClient jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    record TagView(String slug, String name, int mentions, double score, String evidence) {
    }

    record ArticleDetail(long id, String url, String title, java.time.Instant publishedAt, String language,
                         ArticleQueries.SourceRef source, List<String> actors, List<String> topics, String text,
                         List<TagView> actorTags, List<TagView> topicTags) {
    }

    /** Newest first, paged by keyset cursor ({@code next}). */
    @GetMapping
    ArticleQueries.Page list(@RequestParam(required = false) Long source,
                             @RequestParam(required = false) String actor,
                             @RequestParam(required = false) String topic,
                             @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to,
                             @RequestParam(defaultValue = "50") int limit,
                             @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        var filter = new ArticleQueries.ArticleFilter(source, blankToNull(actor), blankToNull(topic),
                TimeParameters.parse("from", from), TimeParameters.parse("to", to));
        return queries.list(filter, limit, cursor == null || cursor.isBlank() ? null : ArticleQueries.Cursor.decode(cursor));
    }

    @GetMapping("/{id}")
    ArticleDetail get(@PathVariable long id) {
        var summary = queries.summary(id).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No article with id " + id + "."), null));
        String text = jdbc.sql("select text from article where id = :id").param("id", id).query(String.class).single();
        return new ArticleDetail(summary.id(), summary.url(), summary.title(), summary.publishedAt(), summary.language(),
                summary.source(), summary.actors(), summary.topics(), text, tags(id, "actor"), tags(id, "topic"));
    }

    private List<TagView> tags(long articleId, String kind) {
        // Two fixed statements rather than a spliced table name.
        String sql = kind.equals("actor")
                ? "select x.slug, x.name, t.mentions, t.score, t.evidence from article_actor t join actor x on x.id = t.actor_id where t.article_id = :id order by t.score desc, x.slug"
                : "select x.slug, x.name, t.mentions, t.score, t.evidence from article_topic t join topic x on x.id = t.topic_id where t.article_id = :id order by t.score desc, x.slug";
        return jdbc.sql(sql).param("id", articleId)
                .query((rs, n) -> new TagView(rs.getString("slug"), rs.getString("name"), rs.getInt("mentions"),
                        rs.getDouble("score"), rs.getString("evidence")))
                .list();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
