package org.peacewatch.articles.ingestion;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled         run the polling scheduler (on-demand fetches work either way)
 * @param pollEvery       how often the scheduler looks for due sources
 * @param batchSize       how many due sources one instance claims per look
 * @param lease           how long a claimed source (or article page) stays reserved for this instance
 * @param pageConcurrency article pages of one poll fetched, extracted and stored in parallel (per-host pacing
 *                        still spaces requests to one host)
 * @param maxItemsPerPoll the most new article links one poll takes on; the rest wait for the next poll
 * @param maxSitemaps     the most child sitemaps of a sitemap index one poll reads (newest first)
 */
@ConfigurationProperties("peacewatch.ingest")
record IngestProperties(@DefaultValue("true") boolean enabled,
                        @DefaultValue("PT30S") Duration pollEvery,
                        @DefaultValue("4") int batchSize,
                        @DefaultValue("PT10M") Duration lease,
                        @DefaultValue("4") int pageConcurrency,
                        @DefaultValue("500") int maxItemsPerPoll,
                        @DefaultValue("20") int maxSitemaps) {
}
