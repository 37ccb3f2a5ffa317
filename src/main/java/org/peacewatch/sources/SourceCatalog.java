package org.peacewatch.sources;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sources module's facade: registering and editing sources, claiming the ones due for polling, and recording
 * poll outcomes (adaptive interval, backoff, pause).
 */
@Service
public class SourceCatalog {

    /** How a source has been doing lately, for the operator view. */
    record Health(long itemsLast24h, boolean silent) {
    }

    /** Fields an admin may change; null leaves a field as it is. */
    record Changes(String name, String url, String language, Duration pollInterval, Boolean enabled,
                   String linkSelector, String nextPageSelector, Integer pageLimit) {
    }

    private final SourceRepository sources;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SourceProperties properties;
    private final ObjectProvider<SourceUrlPolicy> urlPolicy;
    private final PollSchedule schedule;
    private final Clock clock;

    SourceCatalog(SourceRepository sources, JdbcClient jdbc, ApplicationEventPublisher events, SourceProperties properties,
            ObjectProvider<SourceUrlPolicy> urlPolicy, Clock clock) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.urlPolicy = urlPolicy;
        this.schedule = new PollSchedule(properties.minPollInterval(), properties.maxPollInterval(),
                properties.maxBackoff(), () -> ThreadLocalRandom.current().nextDouble());
        this.clock = clock;
    }

    @Transactional
    Source register(String name, SourceKind kind, String url, String language, Duration pollInterval) {
        return register(name, kind, url, language, pollInterval, null, null, null);
    }

    @Transactional
    Source register(String name, SourceKind kind, String url, String language, Duration pollInterval,
            String linkSelector, String nextPageSelector, Integer pageLimit) {
        checkInterval(pollInterval);
        URI uri = checkedUrl(url);
        if (kind == SourceKind.HTML_LIST && (linkSelector == null || linkSelector.isBlank())) {
            throw new InvalidSourceException("linkSelector", "is required for HTML_LIST sources");
        }
        checkSelector("linkSelector", linkSelector);
        checkSelector("nextPageSelector", nextPageSelector);
        if (sources.findByUrl(uri.toString()).isPresent()) {
            throw new SourceConflictException(uri.toString());
        }
        Source source = new Source(name, kind, uri.toString(), language, pollInterval, clock.instant());
        source.setListing(blankToNull(linkSelector), blankToNull(nextPageSelector), pageLimit);
        return sources.save(source);
    }

    @Transactional
    Source update(long id, Changes changes) {
        Source source = sources.findById(id).orElseThrow(() -> new SourceNotFoundException(id));
        if (changes.name() != null) {
            if (changes.name().isBlank()) {
                throw new InvalidSourceException("name", "must not be blank");
            }
            source.rename(changes.name().trim());
        }
        if (changes.url() != null) {
            URI uri = checkedUrl(changes.url());
            if (!uri.toString().equals(source.getUrl())) {
                if (sources.findByUrl(uri.toString()).isPresent()) {
                    throw new SourceConflictException(uri.toString());
                }
                source.moveTo(uri.toString());
            }
        }
        if (changes.language() != null) {
            source.setLanguage(changes.language().isBlank() ? null : changes.language());
        }
        if (changes.pollInterval() != null) {
            checkInterval(changes.pollInterval());
            source.setPollInterval(changes.pollInterval());
        }
        if (changes.enabled() != null) {
            source.setEnabled(changes.enabled());
        }
        if (changes.linkSelector() != null || changes.nextPageSelector() != null || changes.pageLimit() != null) {
            checkSelector("linkSelector", changes.linkSelector());
            checkSelector("nextPageSelector", changes.nextPageSelector());
            source.setListing(changes.linkSelector() != null ? blankToNull(changes.linkSelector()) : source.getLinkSelector(),
                    changes.nextPageSelector() != null ? blankToNull(changes.nextPageSelector()) : source.getNextPageSelector(),
                    changes.pageLimit());
        }
        if (source.getKind() == SourceKind.HTML_LIST && source.getLinkSelector() == null) {
            throw new InvalidSourceException("linkSelector", "is required for HTML_LIST sources");
        }
        return source;
    }

    @Transactional
    void delete(long id) {
        Source source = sources.findById(id).orElseThrow(() -> new SourceNotFoundException(id));
        sources.delete(source);
    }

    @Transactional
    Source resume(long id) {
        Source source = sources.findById(id).orElseThrow(() -> new SourceNotFoundException(id));
        source.resume(clock.instant());
        return source;
    }

    public Optional<Source> find(long id) {
        return sources.findById(id);
    }

    List<Source> all() {
        return sources.findAll(Sort.by("id"));
    }

    /** Asks ingestion to poll the source now, in the background. */
    void requestFetch(long id) {
        events.publishEvent(new FetchRequested(id));
    }

    Health health(long id) {
        Instant now = clock.instant();
        // Items of the last 24 h against the daily average of the six days before.
        return jdbc.sql("""
                        select coalesce(sum(items) filter (where polled_at > :dayAgo), 0) as last_day,
                               coalesce(sum(items) filter (where polled_at <= :dayAgo), 0) as before
                        from source_yield where source_id = :id and polled_at > :weekAgo""")
                .param("id", id)
                .param("dayAgo", Timestamp.from(now.minus(Duration.ofDays(1))))
                .param("weekAgo", Timestamp.from(now.minus(Duration.ofDays(7))))
                .query((rs, n) -> {
                    long lastDay = rs.getLong("last_day");
                    double dailyBefore = rs.getLong("before") / 6.0;
                    return new Health(lastDay, lastDay == 0 && dailyBefore >= properties.silentMinDailyItems());
                })
                .single();
    }

    /**
     * Claims up to {@code limit} due sources for this instance. Claiming pushes {@code next_fetch_at} forward by a
     * lease, inside one statement with SKIP LOCKED, so concurrent instances never claim the same source; when the
     * poll ends, {@link #recordSuccess} or {@link #recordFailure} sets the real next time.
     */
    @Transactional
    public List<Long> claimDue(int limit, Duration lease) {
        var now = clock.instant();
        return jdbc.sql("""
                        update source set next_fetch_at = :leaseUntil, leased_until = :leaseUntil
                        where id in (select id from source
                                     where enabled and not paused and next_fetch_at <= :now
                                       and (leased_until is null or leased_until <= :now)
                                     order by next_fetch_at
                                     limit :limit
                                     for update skip locked)
                        returning id""")
                .param("leaseUntil", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Claims one source for an immediate poll unless another instance holds it (its lease runs), so a "fetch now"
     * never runs alongside a scheduled poll of the same source. Returns false when someone else holds it.
     */
    @Transactional
    public boolean claimNow(long sourceId, Duration lease) {
        var now = clock.instant();
        return jdbc.sql("""
                        update source set leased_until = :leaseUntil
                        where id = (select id from source
                                    where id = :id and (leased_until is null or leased_until <= :now)
                                    for update skip locked)
                        returning id""")
                .param("leaseUntil", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("id", sourceId)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    /** Records a successful poll: new items feed the adaptive interval and the 24 h count. */
    @Transactional
    public void recordSuccess(long sourceId, int newItems, String etag, String lastModified) {
        Instant now = clock.instant();
        sources.findById(sourceId).ifPresent(source -> {
            source.recordSuccess(now, schedule.afterSuccess(source.currentInterval(), newItems), etag, lastModified);
            jdbc.sql("insert into source_yield (source_id, polled_at, items) values (:id, :at, :items)")
                    .param("id", sourceId).param("at", Timestamp.from(now)).param("items", newItems)
                    .update();
        });
    }

    @Transactional
    public void recordSuccess(long sourceId) {
        recordSuccess(sourceId, 0, null, null);
    }

    /** Records a failed poll: backs off exponentially (at least {@code retryAfter}), pauses after too many. */
    @Transactional
    public void recordFailure(long sourceId, String error, Duration retryAfter) {
        Instant now = clock.instant();
        sources.findById(sourceId).ifPresent(source -> source.recordFailure(now, error,
                schedule.afterFailure(source.currentInterval(), source.getConsecutiveFailures() + 1, retryAfter),
                properties.pauseAfterFailures()));
    }

    @Transactional
    public void recordFailure(long sourceId, String error) {
        recordFailure(sourceId, error, null);
    }

    private void checkInterval(Duration pollInterval) {
        if (pollInterval.compareTo(properties.minPollInterval()) < 0) {
            throw new InvalidSourceException("pollInterval", "must be at least " + properties.minPollInterval());
        }
    }

    private URI checkedUrl(String url) {
        URI uri = parseHttpUrl(url);
        String refusal = urlPolicy.getIfAvailable(() -> u -> null).refusal(uri);
        if (refusal != null) {
            throw new InvalidSourceException("url", "is refused: " + refusal);
        }
        return uri;
    }

    private static void checkSelector(String field, String selector) {
        if (selector == null || selector.isBlank()) {
            return;
        }
        try {
            QueryParser.parse(selector);
        } catch (Selector.SelectorParseException e) {
            throw new InvalidSourceException(field, "is not a valid CSS selector");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static URI parseHttpUrl(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new InvalidSourceException("url", "must be an absolute http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidSourceException("url", "is not a valid URL");
        }
    }
}
