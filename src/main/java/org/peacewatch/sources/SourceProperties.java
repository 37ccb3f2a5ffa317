package org.peacewatch.sources;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultsEnabled     load the curated real sources (sources/default-sources.json) when the table is empty
 * @param minPollInterval     the shortest poll interval a source may ask for, and the floor of the adaptive interval
 * @param maxPollInterval     the ceiling of the adaptive interval for a quiet source
 * @param maxBackoff          the longest wait after failures (exponential backoff stops growing here)
 * @param pauseAfterFailures  consecutive failures after which a source is paused until an admin resumes it
 * @param silentMinDailyItems a source that averaged at least this many items a day over the last week and has none
 *                            in the last 24 h is reported {@code silent}
 */
@ConfigurationProperties("peacewatch.sources")
record SourceProperties(@DefaultValue("true") boolean defaultsEnabled,
                        @DefaultValue("PT5M") Duration minPollInterval,
                        @DefaultValue("PT6H") Duration maxPollInterval,
                        @DefaultValue("PT12H") Duration maxBackoff,
                        @DefaultValue("10") int pauseAfterFailures,
                        @DefaultValue("3") double silentMinDailyItems) {
}
