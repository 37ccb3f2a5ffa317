package org.peacewatch.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.peacewatch.articles.BadParameterException;
import org.peacewatch.articles.TimeParameters;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/timeline")
class TimelineController {

    static final int MAX_BUCKETS = 5000;
    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    record Timeline(String interval, Instant from, Instant to, List<TimelineQueries.Bucket> buckets) {
    }

    private final TimelineQueries queries;
    private final Clock clock;

    TimelineController(TimelineQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Timeline json(@RequestParam(required = false) String actor,
                  @RequestParam(required = false) String topic,
                  @RequestParam(required = false) Long source,
                  @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to,
                  @RequestParam(defaultValue = "day") String interval) {
        TimelineInterval width = TimelineInterval.parse(interval);
        Instant end = TimeParameters.parse("to", to);
        if (end == null) {
            end = width.next(width.floor(clock.instant()));
        }
        Instant start = TimeParameters.parse("from", from);
        if (start == null) {
            start = end.minus(Duration.ofDays(30));
        }
        if (!start.isBefore(end)) {
            throw new BadParameterException("from", "must be before 'to'");
        }
        if (Duration.between(start, end).toDays() > MAX_BUCKETS) {
            throw new BadParameterException("from", "with 'to' spans more than " + MAX_BUCKETS + " buckets; narrow the range or widen the interval");
        }
        var filter = new TimelineQueries.Filter(blankToNull(actor), blankToNull(topic), source, start, end);
        return new Timeline(width.sqlUnit(), start, end, queries.counts(filter, width));
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String actor,
                               @RequestParam(required = false) String topic,
                               @RequestParam(required = false) Long source,
                               @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(defaultValue = "day") String interval) {
        Timeline timeline = json(actor, topic, source, from, to, interval);
        StringBuilder csv = new StringBuilder("start,count\n");
        timeline.buckets().forEach(b -> csv.append(b.start()).append(',').append(b.count()).append('\n'));
        return ResponseEntity.ok().contentType(TEXT_CSV).body(csv.toString());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
