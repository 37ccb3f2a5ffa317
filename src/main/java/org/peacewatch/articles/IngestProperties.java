package org.peacewatch.articles;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled   run the polling scheduler (on-demand fetches work either way)
 * @param pollEvery how often the scheduler looks for due sources
 * @param batchSize how many due sources one instance claims per look
 * @param lease     how long a claimed source stays reserved for this instance while it is polled
 */
@ConfigurationProperties("peacewatch.ingest")
record IngestProperties(@DefaultValue("true") boolean enabled,
                        @DefaultValue("PT30S") Duration pollEvery,
                        @DefaultValue("4") int batchSize,
                        @DefaultValue("PT10M") Duration lease) {
}
