package org.peacewatch.articles.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.peacewatch.articles.ArticleFilter;
import org.peacewatch.articles.ArticleSelection;
import org.peacewatch.articles.ArticleSelections;
import org.peacewatch.articles.BadParameterException;
import org.peacewatch.articles.ExportFormat;
import org.peacewatch.articles.TimeParameters;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {

    static final int MAX_LIMIT = 500;

    private final ArticleQueries queries;
    private final ArticleSelections selections;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ArticleController(ArticleQueries queries, ArticleSelections selections, JdbcClient jdbc, JsonMapper json) {
        this.json = json;
        this.queries = queries;
        this.selections = selections;
        this.jdbc = jdbc;
    }

    record TagView(String slug, String name, int mentions, double score, String evidence) {
    }

    /** One article with its text; {@code extractionNote} says why the text is not one whole article, when it is not. */
    record ArticleDetail(long id, String url, String title, java.time.Instant publishedAt, String language,
                         ArticleQueries.SourceRef source, List<String> actors, List<String> topics, String text,
                         List<TagView> actorTags, List<TagView> topicTags, List<String> authors,
                         java.time.Instant modifiedAt, String extractionNote) {
    }

    private record Stored(String text, List<String> authors, java.time.Instant modifiedAt, String extractionNote) {
    }

    @Operation(summary = "Articles matching the filters, newest first or by relevance, paged by keyset cursor",
            description = "JSON pages of at most 'limit' items; follow 'next' as 'cursor'. With Accept: text/csv or "
                    + "application/x-ndjson (or format=csv|ndjson) the whole result is streamed without a row cap, "
                    + "and 'limit' and 'cursor' are ignored.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleQueries.Page.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", example = "id,published_at,language,source_id,source_name,title,url,actors,topics,relevance,snippet")),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = ArticleQueries.ArticleSummary.class))})
    @GetMapping
    Object list(@Parameter(description = "Actor slug; repeat for OR (actor=putin&actor=trump)", example = "zelenskyy")
                @RequestParam(required = false) List<String> actor,
                @Parameter(description = "Topic slug; repeat for OR. Different parameters combine with AND", example = "ceasefire")
                @RequestParam(required = false) List<String> topic,
                @Parameter(description = "Source id; repeat for OR", example = "1")
                @RequestParam(required = false) List<Long> source,
                @Parameter(description = "Article language (ISO 639-1); repeat for OR", example = "en")
                @RequestParam(required = false) List<String> lang,
                @Parameter(description = "Full-text query in websearch_to_tsquery syntax over title and text "
                        + "(\"quoted phrase\", or, -excluded), stemmed per article language (en, ru; uk word for word)",
                        example = "\"security guarantees\" -nato")
                @RequestParam(required = false) String q,
                @Parameter(description = "Inclusive start: ISO date (UTC midnight) or instant", example = "2025-01-01")
                @RequestParam(required = false) String from,
                @Parameter(description = "Exclusive end: ISO date (UTC midnight) or instant", example = "2026-01-01")
                @RequestParam(required = false) String to,
                @Parameter(description = "relevance (default with q) or published (newest first, default without q)", example = "relevance")
                @RequestParam(required = false) String sort,
                @Parameter(description = "Page size, 1 to 500", example = "50")
                @RequestParam(defaultValue = "50") int limit,
                @Parameter(description = "The 'next' value of the previous page", example = "MTc0MDk2MDAwMDowOjQy")
                @RequestParam(required = false) String cursor,
                @Parameter(description = "json, csv or ndjson; overrides Accept", example = "csv")
                @RequestParam(required = false) String format,
                @Parameter(description = "text/csv or application/x-ndjson streams an export; anything else answers JSON", example = "text/csv")
                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat output = ExportFormat.of(format, accept);
        if (!output.streamed() && (limit < 1 || limit > MAX_LIMIT)) {
            throw new BadParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        var filter = new ArticleFilter(actor, topic, source, lang, q, TimeParameters.parse("from", from),
                TimeParameters.parse("to", to));
        ArticleSelection selection = selections.resolve(filter);
        ArticleQueries.Sort order = ArticleQueries.Sort.parse(sort, selection.query() != null);
        if (!output.streamed()) {
            return queries.list(selection, order, limit,
                    cursor == null || cursor.isBlank() ? null : ArticleQueries.Cursor.decode(cursor, order));
        }
        // Exports are unbounded: never buffer them to compute an ETag.
        ShallowEtagHeaderFilter.disableContentCaching(request);
        response.setContentType(output.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"articles." + output.name().toLowerCase(java.util.Locale.ROOT) + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        if (output == ExportFormat.CSV) {
            out.write("id,published_at,language,source_id,source_name,title,url,actors,topics,relevance,snippet\n");
        }
        try {
            queries.forEach(selection, order, item -> write(out, output, item));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        return null;
    }

    private void write(Writer out, ExportFormat format, ArticleQueries.ArticleSummary item) {
        try {
            if (format == ExportFormat.NDJSON) {
                out.write(json.writeValueAsString(item));
                out.write('\n');
                return;
            }
            out.write(item.id() + "," + item.publishedAt() + "," + ExportFormat.csv(item.language()) + ","
                    + item.source().id() + "," + ExportFormat.csv(item.source().name()) + ","
                    + ExportFormat.csv(item.title()) + "," + ExportFormat.csv(item.url()) + ","
                    + ExportFormat.csv(String.join(";", item.actors())) + "," + ExportFormat.csv(String.join(";", item.topics()))
                    + "," + (item.relevance() == null ? "" : item.relevance()) + "," + ExportFormat.csv(item.snippet()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{id}")
    ArticleDetail get(@PathVariable long id) {
        var summary = queries.summary(id).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No article with id " + id + "."), null));
        Stored stored = jdbc.sql("select text, authors, modified_at, extraction_note from article where id = :id")
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getString("text"), List.of((String[]) rs.getArray("authors").getArray()),
                        rs.getTimestamp("modified_at") == null ? null : rs.getTimestamp("modified_at").toInstant(),
                        rs.getString("extraction_note")))
                .single();
        return new ArticleDetail(summary.id(), summary.url(), summary.title(), summary.publishedAt(), summary.language(),
                summary.source(), summary.actors(), summary.topics(), stored.text(), tags(id, "actor"), tags(id, "topic"),
                stored.authors(), stored.modifiedAt(), stored.extractionNote());
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
}
