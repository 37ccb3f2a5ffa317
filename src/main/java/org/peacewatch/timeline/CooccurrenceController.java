package org.peacewatch.timeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.peacewatch.articles.TimeParameters;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cooccurrence")
class CooccurrenceController {

    record Label(String slug, String name) {
    }

    /**
     * counts[i][j] = selected articles tagged with rowKeys[i] and colKeys[j]. Only actors/topics that occur in the
     * selection are listed, the most frequent first.
     */
    record Matrix(String rows, String cols, List<Label> rowKeys, List<Label> colKeys, long[][] counts) {
    }

    private final ArticleSelections selections;
    private final TagCounts counts;
    private final Taxonomies taxonomies;

    private final AnswerCache cache;
    private final JsonMapper json;

    CooccurrenceController(ArticleSelections selections, TagCounts counts, Taxonomies taxonomies, AnswerCache cache,
                           JsonMapper json) {
        this.cache = cache;
        this.json = json;
        this.selections = selections;
        this.counts = counts;
        this.taxonomies = taxonomies;
    }

    @Operation(summary = "How often actors and topics appear in the same article, under the usual filters")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Matrix.class)))
    @GetMapping
    void matrix(@Parameter(description = "actor or topic", example = "actor") @RequestParam(defaultValue = "actor") String rows,
                  @Parameter(description = "actor or topic", example = "topic") @RequestParam(defaultValue = "topic") String cols,
                  @Parameter(description = "Only articles tagged with this actor; repeat for OR", example = "putin")
                  @RequestParam(required = false) List<String> actor,
                  @Parameter(description = "Only articles tagged with this topic; repeat for OR", example = "ceasefire")
                  @RequestParam(required = false) List<String> topic,
                  @Parameter(description = "Source id; repeat for OR", example = "1") @RequestParam(required = false) List<Long> source,
                  @Parameter(description = "Article language; repeat for OR", example = "en") @RequestParam(required = false) List<String> lang,
                  @Parameter(description = "Full-text query, websearch_to_tsquery syntax", example = "peace talks") @RequestParam(required = false) String q,
                  @Parameter(description = "Inclusive start", example = "2025-01-01") @RequestParam(required = false) String from,
                  @Parameter(description = "Exclusive end", example = "2026-01-01") @RequestParam(required = false) String to,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        TagCounts.Kind rowKind = kind("rows", rows);
        TagCounts.Kind colKind = kind("cols", cols);
        Instant start = TimeParameters.parse("from", from);
        Instant end = TimeParameters.parse("to", to);
        // Same cache and validity as the timeline's (see AnswerCache).
        List<?> key = Arrays.asList("cooccurrence", rowKind, colKind, actor, topic, source, lang, q, start, end);
        long version = cache.version();
        AnswerCache.Answer answer = cache.find(key, version);
        if (answer == null) {
            Matrix matrix = compute(rowKind, colKind, selections.resolve(new ArticleFilter(actor, topic, source, lang, q, start, end)));
            answer = cache.keep(key, version, json.writeValueAsBytes(matrix), MediaType.APPLICATION_JSON_VALUE, null);
        }
        AnswerCache.send(answer, request, response);
    }

    private Matrix compute(TagCounts.Kind rowKind, TagCounts.Kind colKind, ArticleSelection selection) {
        Map<TagCounts.Pair, Long> pairs = counts.pairs(selection, rowKind, colKind);
        Map<Long, Long> rowTotals = new HashMap<>();
        Map<Long, Long> colTotals = new HashMap<>();
        pairs.forEach((pair, n) -> {
            rowTotals.merge(pair.row(), n, Long::sum);
            colTotals.merge(pair.col(), n, Long::sum);
        });
        Map<Long, Taxonomies.Entry> rowEntries = entries(rowKind, rowTotals);
        Map<Long, Taxonomies.Entry> colEntries = entries(colKind, colTotals);
        List<Long> rowIds = new ArrayList<>(rowEntries.keySet());
        List<Long> colIds = new ArrayList<>(colEntries.keySet());
        long[][] matrix = new long[rowIds.size()][colIds.size()];
        for (int i = 0; i < rowIds.size(); i++) {
            for (int j = 0; j < colIds.size(); j++) {
                matrix[i][j] = pairs.getOrDefault(new TagCounts.Pair(rowIds.get(i), colIds.get(j)), 0L);
            }
        }
        return new Matrix(rowKind.name().toLowerCase(Locale.ROOT), colKind.name().toLowerCase(Locale.ROOT),
                rowIds.stream().map(rowEntries::get).map(e -> new Label(e.slug(), e.name())).toList(),
                colIds.stream().map(colEntries::get).map(e -> new Label(e.slug(), e.name())).toList(), matrix);
    }

    /** The entries that occur, most frequent first, then by slug. */
    private Map<Long, Taxonomies.Entry> entries(TagCounts.Kind kind, Map<Long, Long> totals) {
        List<Taxonomies.Entry> all = kind == TagCounts.Kind.ACTOR ? taxonomies.actors(new long[0]) : taxonomies.topics(new long[0]);
        Map<Long, Taxonomies.Entry> ordered = new LinkedHashMap<>();
        all.stream().filter(e -> totals.containsKey(e.id()))
                .sorted(Comparator.comparing((Taxonomies.Entry e) -> -totals.get(e.id())).thenComparing(Taxonomies.Entry::slug))
                .forEach(e -> ordered.put(e.id(), e));
        return ordered;
    }

    private static TagCounts.Kind kind(String parameter, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "actor" -> TagCounts.Kind.ACTOR;
            case "topic" -> TagCounts.Kind.TOPIC;
            default -> throw new BadParameterException(parameter, "must be actor or topic, not '" + value + "'");
        };
    }
}
