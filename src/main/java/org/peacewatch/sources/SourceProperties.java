package org.peacewatch.sources;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultsEnabled    load the curated real sources (sources/default-sources.json) when the table is empty
 * @param minPollInterval    the shortest poll interval a source may ask for, to stay polite
 */
@ConfigurationProperties("peacewatch.sources")
record SourceProperties(@DefaultValue("true") boolean defaultsEnabled,
                        @DefaultValue("PT5M") Duration minPollInterval) {
}
