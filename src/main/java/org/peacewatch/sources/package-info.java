/**
 * What we watch. Owns {@link org.peacewatch.sources.Source} (a feed, news sitemap or listing page with its language
 * hint, poll schedule and health), the curated default sources, and the {@code /api/v1/sources} endpoints
 * (create, edit, delete, resume, fetch now). Scheduling lives here: claims through PostgreSQL
 * ({@code FOR UPDATE SKIP LOCKED} plus a lease) so instances share work, an adaptive interval, exponential backoff
 * with jitter honouring Retry-After, and pausing after repeated failures.
 * Publishes {@link org.peacewatch.sources.FetchRequested} when an admin asks for an immediate poll; downstream
 * ingestion claims due sources through {@link org.peacewatch.sources.SourceCatalog}.
 */
package org.peacewatch.sources;
