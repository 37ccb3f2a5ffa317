package org.peacewatch.sources;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place we poll for new articles, with its schedule and the outcome of its last polls. */
@Entity
@Table(name = "source")
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private SourceKind kind;

    private String url;

    private String language;

    @Column(name = "poll_interval_seconds")
    private int pollIntervalSeconds;

    private boolean enabled = true;

    private Instant createdAt;

    private Instant nextFetchAt;

    private Instant lastAttemptAt;

    private Instant lastSuccessAt;

    private int consecutiveFailures;

    private String lastError;

    private String linkSelector;

    private String nextPageSelector;

    private int pageLimit = 1;

    @Column(name = "current_interval_seconds")
    private Integer currentIntervalSeconds;

    private String etag;

    private String lastModified;

    private Instant leasedUntil;

    private boolean paused;

    private String pauseReason;

    protected Source() {
    }

    Source(String name, SourceKind kind, String url, String language, Duration pollInterval, Instant now) {
        this.name = name;
        this.kind = kind;
        this.url = url;
        this.language = language;
        this.pollIntervalSeconds = Math.toIntExact(pollInterval.toSeconds());
        this.currentIntervalSeconds = pollIntervalSeconds;
        this.createdAt = now;
        this.nextFetchAt = now;
    }

    /** Records a poll that reached the source (with the validators for the next conditional GET). */
    void recordSuccess(Instant now, Duration nextInterval, String etag, String lastModified) {
        lastAttemptAt = now;
        lastSuccessAt = now;
        leasedUntil = null;
        consecutiveFailures = 0;
        lastError = null;
        currentIntervalSeconds = Math.toIntExact(nextInterval.toSeconds());
        nextFetchAt = now.plus(nextInterval);
        if (etag != null || lastModified != null) {
            this.etag = etag;
            this.lastModified = lastModified;
        }
    }

    /** Records a failed poll with its reason; pauses the source once failures reach {@code pauseAfter}. */
    void recordFailure(Instant now, String error, Duration wait, int pauseAfter) {
        lastAttemptAt = now;
        consecutiveFailures++;
        leasedUntil = null;
        lastError = error;
        nextFetchAt = now.plus(wait);
        if (consecutiveFailures >= pauseAfter) {
            paused = true;
            pauseReason = "paused after " + consecutiveFailures + " consecutive failures; last: " + error;
        }
    }

    /** Lifts a pause: the failure count starts again and the source is due now. */
    void resume(Instant now) {
        paused = false;
        pauseReason = null;
        consecutiveFailures = 0;
        nextFetchAt = now;
    }

    void rename(String name) {
        this.name = name;
    }

    void moveTo(String url) {
        this.url = url;
        this.etag = null;
        this.lastModified = null;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    void setPollInterval(Duration interval) {
        this.pollIntervalSeconds = Math.toIntExact(interval.toSeconds());
        this.currentIntervalSeconds = pollIntervalSeconds;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setListing(String linkSelector, String nextPageSelector, Integer pageLimit) {
        this.linkSelector = linkSelector;
        this.nextPageSelector = nextPageSelector;
        if (pageLimit != null) {
            this.pageLimit = pageLimit;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getUrl() {
        return url;
    }

    public String getLanguage() {
        return language;
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(pollIntervalSeconds);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextFetchAt() {
        return nextFetchAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getLastSuccessAt() {
        return lastSuccessAt;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public String getLastError() {
        return lastError;
    }

    /** HTML_LIST: the CSS selector that picks article links on the listing page. */
    public String getLinkSelector() {
        return linkSelector;
    }

    /** HTML_LIST: the CSS selector of the link to the next listing page, or null to read one page. */
    public String getNextPageSelector() {
        return nextPageSelector;
    }

    /** HTML_LIST: how many listing pages one poll follows at most. */
    public int getPageLimit() {
        return pageLimit;
    }

    /** The interval the scheduler uses now (adaptive), starting at {@link #pollInterval()}. */
    public Duration currentInterval() {
        return Duration.ofSeconds(currentIntervalSeconds == null ? pollIntervalSeconds : currentIntervalSeconds);
    }

    public String getEtag() {
        return etag;
    }

    public String getLastModified() {
        return lastModified;
    }

    public boolean isPaused() {
        return paused;
    }

    public String getPauseReason() {
        return pauseReason;
    }
}
