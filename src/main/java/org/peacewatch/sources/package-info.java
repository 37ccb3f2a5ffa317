/**
 * What we watch. Owns {@link org.peacewatch.sources.Source} (a feed, news sitemap or listing page with its poll
 * schedule and health), the curated default sources, and the {@code /api/v1/sources} endpoints.
 * Publishes {@link org.peacewatch.sources.FetchRequested} when an admin asks for an immediate poll; downstream
 * ingestion claims due sources through {@link org.peacewatch.sources.SourceCatalog}.
 */
package org.peacewatch.sources;
