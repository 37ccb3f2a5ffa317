package org.peacewatch.fetching;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param allowPrivateNetworks fetch loopback and private addresses too (tests and local sites only)
 * @param userAgent            names PeaceWatch and a contact URL so site owners can reach us
 * @param connectTimeout       time to open the connection
 * @param readTimeout          time from sending the request to the response headers
 * @param totalTimeout         the whole fetch, body included: a body that trickles past it ends as TIMEOUT
 * @param maxBodySize          bodies larger than this (after decompression) end as TOO_LARGE
 * @param maxRedirects         more redirects than this end as TOO_MANY_REDIRECTS
 * @param acceptedContentTypes media types we read; anything else ends as UNSUPPORTED_TYPE (a missing type is read)
 * @param perHostInterval      the least time between two requests to one host, across all instances sharing the
 *                             database (zero turns pacing off)
 * @param respectRobots        honour robots.txt (rules and crawl-delay)
 * @param maxCrawlDelay        a robots.txt crawl-delay longer than this is capped to it
 * @param maxPaceWait          the longest a fetch waits for its host's turn; a host whose queue is longer ends the
 *                             fetch as HOST_BUSY at once, without a request
 * @param robotsCacheTtl       how long one host's robots.txt is reused
 * @param keepPages            store fetched bodies (compressed) so extraction can be re-run without fetching
 * @param pageRetention        stored bodies older than this are deleted
 */
@ConfigurationProperties("peacewatch.fetch")
public record FetchProperties(@DefaultValue("false") boolean allowPrivateNetworks,
                              @DefaultValue("PeaceWatch/0.1 (+https://github.com/peacewatch/peacewatch)") String userAgent,
                              @DefaultValue("5s") Duration connectTimeout,
                              @DefaultValue("20s") Duration readTimeout,
                              @DefaultValue("30s") Duration totalTimeout,
                              @DefaultValue("5MB") DataSize maxBodySize,
                              @DefaultValue("5") int maxRedirects,
                              @DefaultValue({"text/html", "application/xhtml+xml", "application/rss+xml",
                                      "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
                                      "text/plain", "application/gzip", "application/x-gzip"})
                              List<String> acceptedContentTypes,
                              @DefaultValue("1s") Duration perHostInterval,
                              @DefaultValue("true") boolean respectRobots,
                              @DefaultValue("10s") Duration maxCrawlDelay,
                              @DefaultValue("10s") Duration maxPaceWait,
                              @DefaultValue("1h") Duration robotsCacheTtl,
                              @DefaultValue("true") boolean keepPages,
                              @DefaultValue("30d") Duration pageRetention) {
}
