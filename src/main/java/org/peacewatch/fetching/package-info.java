/**
 * Polite, safe HTTP. Owns {@link org.peacewatch.fetching.PageFetcher}: the User-Agent, robots.txt (cached per host,
 * crawl-delay up to a cap, Sitemap: lines), per-host pacing shared by all instances through {@code host_pace},
 * conditional GET, gzip/deflate, charset detection (BOM, header, meta), timeouts including a total deadline,
 * body-size and redirect limits, accepted content types, and the SSRF guard that refuses private addresses on every
 * hop (also offered to the sources module as its {@link org.peacewatch.sources.SourceUrlPolicy}). Every attempt
 * ends in a {@link org.peacewatch.fetching.FetchStatus} recorded in {@code fetch_attempt}, never only logged;
 * fetched bodies are kept gzip-compressed in {@code fetched_page} for a retention period.
 */
package org.peacewatch.fetching;
