package org.peacewatch.sources;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sources module's facade: registering sources, claiming the ones due for polling, and recording poll outcomes.
 */
@Service
public class SourceCatalog {

    private final SourceRepository sources;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SourceProperties properties;
    private final Clock clock;

    SourceCatalog(SourceRepository sources, JdbcClient jdbc, ApplicationEventPublisher events, SourceProperties properties,
            Clock clock) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    Source register(String name, SourceKind kind, String url, String language, Duration pollInterval) {
        if (pollInterval.compareTo(properties.minPollInterval()) < 0) {
            throw new InvalidSourceException("pollInterval", "must be at least " + properties.minPollInterval());
        }
        URI uri = parseHttpUrl(url);
        if (sources.findByUrl(uri.toString()).isPresent()) {
            throw new SourceConflictException(uri.toString());
        }
        return sources.save(new Source(name, kind, uri.toString(), language, pollInterval, clock.instant()));
    }

    public Optional<Source> find(long id) {
        return sources.findById(id);
    }

    List<Source> all() {
        return sources.findAll(org.springframework.data.domain.Sort.by("id"));
    }

    /** Asks ingestion to poll the source now, in the background. */
    void requestFetch(long id) {
        events.publishEvent(new FetchRequested(id));
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
                        update source set next_fetch_at = :leaseUntil
                        where id in (select id from source
                                     where enabled and next_fetch_at <= :now
                                     order by next_fetch_at
                                     limit :limit
                                     for update skip locked)
                        returning id""")
                .param("leaseUntil", java.sql.Timestamp.from(now.plus(lease)))
                .param("now", java.sql.Timestamp.from(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    @Transactional
    public void recordSuccess(long sourceId) {
        sources.findById(sourceId).ifPresent(source -> source.recordSuccess(clock.instant()));
    }

    @Transactional
    public void recordFailure(long sourceId, String error) {
        sources.findById(sourceId).ifPresent(source -> source.recordFailure(clock.instant(), error));
    }

    private static URI parseHttpUrl(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new InvalidSourceException("url", "must be an absolute http or https URL");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidSourceException("url", "is not a valid URL");
        }
    }
}
