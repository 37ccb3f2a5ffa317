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

    protected Source() {
    }

    Source(String name, SourceKind kind, String url, String language, Duration pollInterval, Instant now) {
        this.name = name;
        this.kind = kind;
        this.url = url;
        this.language = language;
        this.pollIntervalSeconds = Math.toIntExact(pollInterval.toSeconds());
        this.createdAt = now;
        this.nextFetchAt = now;
    }

    /** Records a poll that reached the source, and schedules the next one. */
    void recordSuccess(Instant now) {
        lastAttemptAt = now;
        lastSuccessAt = now;
        consecutiveFailures = 0;
        lastError = null;
        nextFetchAt = now.plus(pollInterval());
    }

    /** Records a failed poll with its reason, and schedules the next one. */
    void recordFailure(Instant now, String error) {
        lastAttemptAt = now;
        consecutiveFailures++;
        lastError = error;
        nextFetchAt = now.plus(pollInterval());
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
}
