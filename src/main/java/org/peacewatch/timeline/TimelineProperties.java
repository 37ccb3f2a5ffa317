package org.peacewatch.timeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rollups      answer timelines, totals and co-occurrence from the daily rollup tables where they can answer
 *                     exactly; false always scans the raw tables (the benchmark's baseline)
 * @param compactEvery how often pending rollup deltas are folded into the rollup tables
 * @param cacheSize    how many serialised answers {@link AnswerCache} keeps per instance (least recently served go
 *                     first); 0 turns the cache off
 */
@ConfigurationProperties("peacewatch.timeline")
record TimelineProperties(@DefaultValue("true") boolean rollups, @DefaultValue("10s") Duration compactEvery,
                          @DefaultValue("1000") int cacheSize) {
}
