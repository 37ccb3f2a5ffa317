package org.peacewatch.timeline;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/timeline")
class TimelineController {

    static final int MAX_BUCKETS = 5000;
    static final int MAX_TOP = 20;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Bucket(Instant start, long count, long total, double share, List<TimelineQueries.TopArticle> top) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Series(String slug, String name, List<Bucket> buckets) {
    }

    /** {@code buckets} for a plain timeline, {@code series} (one per actor or topic) with {@code series=}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Timeline(String interval, String tz, Instant from, Instant to, List<Bucket> buckets, List<Series> series) {
    }

    private final TimelineQueries queries;
    private final ArticleSelections selections;
    private final Taxonomies taxonomies;
    private final Clock clock;
    private final JsonMapper json;
    private final AnswerCache cache;

    TimelineController(TimelineQueries queries, ArticleSelections selections, Taxonomies taxonomies, Clock clock,
                       JsonMapper json, AnswerCache cache) {
        this.cache = cache;
        this.queries = queries;
        this.selections = selections;
        this.taxonomies = taxonomies;
        this.clock = clock;
        this.json = json;
    }

    @Operation(summary = "Matching articles per time bucket, with the share of all coverage",
            description = "Contiguous, zero-filled buckets from the one holding 'from' to 'to'. count: matching "
                    + "articles; total: all articles under the same source/lang filters; share = count/total. "
                    + "CSV with Accept: text/csv or format=csv; NDJSON with Accept: application/x-ndjson or format=ndjson.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = Timeline.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", example = "start,count,total,share\n2025-11-01T00:00:00Z,12,340,0.0353\n")),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = Bucket.class))})
    @GetMapping
    void timeline(@Parameter(description = "Actor slug; repeat for OR", example = "putin")
                    @RequestParam(required = false) List<String> actor,
                    @Parameter(description = "Topic slug; repeat for OR. Different parameters combine with AND", example = "ceasefire")
                    @RequestParam(required = false) List<String> topic,
                    @Parameter(description = "Source id; repeat for OR", example = "1")
                    @RequestParam(required = false) List<Long> source,
                    @Parameter(description = "Article language; repeat for OR", example = "en")
                    @RequestParam(required = false) List<String> lang,
                    @Parameter(description = "Full-text query, websearch_to_tsquery syntax, over title and text", example = "\"peace plan\" -rumour")
                    @RequestParam(required = false) String q,
                    @Parameter(description = "Inclusive start: ISO date (midnight UTC) or instant; default 30 days before 'to'", example = "2025-01-01")
                    @RequestParam(required = false) String from,
                    @Parameter(description = "Exclusive end: ISO date or instant; default the end of the current bucket", example = "2026-01-01")
                    @RequestParam(required = false) String to,
                    @Parameter(description = "hour, day, week (ISO, from Monday) or month; at most 5000 buckets", example = "day")
                    @RequestParam(defaultValue = "day") String interval,
                    @Parameter(description = "IANA zone or offset that day/week/month buckets start in (hours are UTC)", example = "Europe/Kyiv")
                    @RequestParam(required = false) String tz,
                    @Parameter(description = "With N > 0, the N highest-scoring articles of each bucket (at most 20)", example = "3")
                    @RequestParam(defaultValue = "0") int top,
                    @Parameter(description = "actor or topic: one series per actor (or topic), for stacked charts; "
                            + "the given actor (topic) values pick the series, all when none", example = "actor")
                    @RequestParam(required = false) String series,
                    @Parameter(description = "json, csv or ndjson; overrides Accept", example = "csv")
                    @RequestParam(required = false) String format,
                    @Parameter(description = "text/csv or application/x-ndjson streams an export; anything else answers JSON", example = "text/csv")
                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                    HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat output = ExportFormat.of(format, accept);
        TimelineInterval width = TimelineInterval.parse(interval);
        ZoneId zone = zone(tz);
        if (top < 0 || top > MAX_TOP) {
            throw new BadParameterException("top", "must be between 0 and " + MAX_TOP);
        }
        TimelineQueries.Dimension dimension = dimension(series);
        TimelineQueries.Window window = window(width, zone, TimeParameters.parse("from", from), TimeParameters.parse("to", to));
        // Everything that shapes the answer, after parsing: the cache key (see AnswerCache).
        List<?> key = Arrays.asList("timeline", actor, topic, source, lang, q, window.from(), window.to(), width, zone,
                top, dimension, output);
        long version = cache.version();
        AnswerCache.Answer cached = cache.find(key, version);
        if (cached == null) {
            ArticleSelection selection = selections.resolve(new ArticleFilter(actor, topic, source, lang, q, window.from(), window.to()));
            Timeline timeline = answer(selection, window, dimension, top);
            String disposition = output.streamed()
                    ? "inline; filename=\"timeline." + output.name().toLowerCase(Locale.ROOT) + "\"" : null;
            cached = cache.keep(key, version, render(timeline, output, top), output.contentType(), disposition);
        }
        AnswerCache.send(cached, request, response);
    }

    private byte[] render(Timeline timeline, ExportFormat output, int top) throws IOException {
        if (output == ExportFormat.JSON) {
            return json.writeValueAsBytes(timeline);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
        Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        if (output == ExportFormat.CSV) {
            boolean withTop = top > 0 && timeline.series() == null;
            out.write(timeline.series() == null ? "start,count,total,share" + (withTop ? ",top" : "") + "\n"
                    : "series,start,count,total,share\n");
        }
        if (timeline.series() == null) {
            write(out, output, null, timeline.buckets());
        } else {
            for (Series one : timeline.series()) {
                write(out, output, one.slug(), one.buckets());
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    private Timeline answer(ArticleSelection selection, TimelineQueries.Window window, TimelineQueries.Dimension dimension, int top) {
        Map<Instant, List<TimelineQueries.TopArticle>> topArticles = top > 0 ? queries.top(selection, window, top) : Map.of();
        String tz = window.zone().getId();
        if (dimension == null) {
            TimelineQueries.Counted counted = queries.countsAndTotals(selection, window);
            return new Timeline(window.interval().sqlUnit(), tz, window.from(), window.to(),
                    buckets(window, counted.counts(), counted.totals(), topArticles, top), null);
        }
        Map<Instant, Long> totals = queries.totals(selection, window);
        boolean actors = dimension == TimelineQueries.Dimension.ACTOR;
        List<Taxonomies.Entry> entries = actors ? taxonomies.actors(selection.actorIds()) : taxonomies.topics(selection.topicIds());
        long[] ids = entries.stream().mapToLong(Taxonomies.Entry::id).toArray();
        Map<Long, Map<Instant, Long>> counted = queries.series(selection, window, dimension, ids);
        List<Series> result = new ArrayList<>();
        for (Taxonomies.Entry entry : entries) {
            result.add(new Series(entry.slug(), entry.name(), buckets(window, counted.getOrDefault(entry.id(), Map.of()), totals, Map.of(), 0)));
        }
        return new Timeline(window.interval().sqlUnit(), tz, window.from(), window.to(), null, result);
    }

    private static List<Bucket> buckets(TimelineQueries.Window window, Map<Instant, Long> counts, Map<Instant, Long> totals,
                                        Map<Instant, List<TimelineQueries.TopArticle>> topArticles, int top) {
        List<Bucket> buckets = new ArrayList<>(window.starts().size());
        for (Instant start : window.starts()) {
            long count = counts.getOrDefault(start, 0L);
            long total = totals.getOrDefault(start, 0L);
            buckets.add(new Bucket(start, count, total, total == 0 ? 0 : (double) count / total,
                    top > 0 ? topArticles.getOrDefault(start, List.of()) : null));
        }
        return buckets;
    }

    private TimelineQueries.Window window(TimelineInterval width, ZoneId zone, Instant from, Instant to) {
        Instant end = to != null ? to : width.next(width.floor(clock.instant(), zone), zone);
        Instant start = from != null ? from : end.minus(Duration.ofDays(30));
        if (!start.isBefore(end)) {
            throw new BadParameterException("from", "must be before 'to'");
        }
        List<Instant> starts = new ArrayList<>();
        for (Instant bucket = width.floor(start, zone); bucket.isBefore(end); bucket = width.next(bucket, zone)) {
            if (starts.size() == MAX_BUCKETS) {
                throw new BadParameterException("from", "with 'to' and interval=" + width.sqlUnit() + " gives more than "
                        + MAX_BUCKETS + " buckets; narrow the range or widen the interval");
            }
            starts.add(bucket);
        }
        return new TimelineQueries.Window(width, zone, start, end, starts);
    }

    private static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(tz.trim());
        } catch (DateTimeException e) {
            throw new BadParameterException("tz", "must be an IANA time zone (Europe/Kyiv) or offset (+02:00), not '" + tz + "'");
        }
    }

    private static TimelineQueries.Dimension dimension(String series) {
        if (series == null || series.isBlank()) {
            return null;
        }
        return switch (series.trim().toLowerCase(Locale.ROOT)) {
            case "actor" -> TimelineQueries.Dimension.ACTOR;
            case "topic" -> TimelineQueries.Dimension.TOPIC;
            default -> throw new BadParameterException("series", "must be actor or topic, not '" + series + "'");
        };
    }

    private void write(Writer out, ExportFormat format, String series, List<Bucket> buckets) throws IOException {
        if (format == ExportFormat.NDJSON) {
            for (Bucket bucket : buckets) {
                out.write(series == null ? json.writeValueAsString(bucket)
                        : json.writeValueAsString(new SeriesBucket(series, bucket.start(), bucket.count(), bucket.total(), bucket.share())));
                out.write('\n');
            }
            return;
        }
        for (Bucket bucket : buckets) {
            StringBuilder line = new StringBuilder();
            if (series != null) {
                line.append(ExportFormat.csv(series)).append(',');
            }
            line.append(bucket.start()).append(',').append(bucket.count()).append(',').append(bucket.total()).append(',')
                    .append(bucket.share());
            if (bucket.top() != null) {
                line.append(',').append(ExportFormat.csv(String.join(";", bucket.top().stream().map(t -> String.valueOf(t.id())).toList())));
            }
            out.write(line.append('\n').toString());
        }
    }

    record SeriesBucket(String series, Instant start, long count, long total, double share) {
    }
}
