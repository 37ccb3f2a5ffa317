package org.peacewatch.timeline;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.peacewatch.articles.ArticleFilter;
import org.peacewatch.articles.ArticleSelection;
import org.peacewatch.articles.ArticleSelections;
import org.peacewatch.articles.TimeParameters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The taxonomy with how many articles each actor and topic has under the analyst's filters. */
@RestController
@RequestMapping("/api/v1")
class TagListController {

    /** @param articles selected articles tagged with this actor */
    record ActorView(String slug, String name, String kind, String description, long articles) {
    }

    record TopicView(String slug, String name, String description, long articles) {
    }

    private final JdbcClient jdbc;
    private final ArticleSelections selections;
    private final TagCounts counts;

    TagListController(JdbcClient jdbc, ArticleSelections selections, TagCounts counts) {
        this.jdbc = jdbc;
        this.selections = selections;
        this.counts = counts;
    }

    @Operation(summary = "Every actor, with its article count under the filters (all time when no from/to)")
    @GetMapping("/actors")
    List<ActorView> actors(@Parameter(description = "Only articles also tagged with this topic; repeat for OR", example = "ceasefire")
                           @RequestParam(required = false) List<String> topic,
                           @Parameter(description = "Source id; repeat for OR", example = "1") @RequestParam(required = false) List<Long> source,
                           @Parameter(description = "Article language; repeat for OR", example = "en") @RequestParam(required = false) List<String> lang,
                           @Parameter(description = "Full-text query, websearch_to_tsquery syntax", example = "peace talks") @RequestParam(required = false) String q,
                           @Parameter(description = "Inclusive start", example = "2025-01-01") @RequestParam(required = false) String from,
                           @Parameter(description = "Exclusive end", example = "2026-01-01") @RequestParam(required = false) String to) {
        ArticleSelection selection = selections.resolve(new ArticleFilter(null, topic, source, lang, q,
                TimeParameters.parse("from", from), TimeParameters.parse("to", to)));
        Map<Long, Long> perActor = counts.perTag(selection, TagCounts.Kind.ACTOR);
        return jdbc.sql("select id, slug, name, kind, description from actor order by slug")
                .query((rs, n) -> new ActorView(rs.getString("slug"), rs.getString("name"), rs.getString("kind"),
                        rs.getString("description"), perActor.getOrDefault(rs.getLong("id"), 0L)))
                .list();
    }

    @Operation(summary = "Every topic, with its article count under the filters (all time when no from/to)")
    @GetMapping("/topics")
    List<TopicView> topics(@Parameter(description = "Only articles also tagged with this actor; repeat for OR", example = "putin")
                           @RequestParam(required = false) List<String> actor,
                           @Parameter(description = "Source id; repeat for OR", example = "1") @RequestParam(required = false) List<Long> source,
                           @Parameter(description = "Article language; repeat for OR", example = "en") @RequestParam(required = false) List<String> lang,
                           @Parameter(description = "Full-text query, websearch_to_tsquery syntax", example = "peace talks") @RequestParam(required = false) String q,
                           @Parameter(description = "Inclusive start", example = "2025-01-01") @RequestParam(required = false) String from,
                           @Parameter(description = "Exclusive end", example = "2026-01-01") @RequestParam(required = false) String to) {
        ArticleSelection selection = selections.resolve(new ArticleFilter(actor, null, source, lang, q,
                TimeParameters.parse("from", from), TimeParameters.parse("to", to)));
        Map<Long, Long> perTopic = counts.perTag(selection, TagCounts.Kind.TOPIC);
        return jdbc.sql("select id, slug, name, description from topic order by slug")
                .query((rs, n) -> new TopicView(rs.getString("slug"), rs.getString("name"), rs.getString("description"),
                        perTopic.getOrDefault(rs.getLong("id"), 0L)))
                .list();
    }
}
