/**
 * Article ingestion: claims a due source (on the schedule or on an admin's "fetch now"), discovers its links from a
 * feed, sitemap or listing pages, claims each new page in {@code page_claim} so one instance fetches it, fetches and
 * extracts it, hands it to {@link org.peacewatch.articles.ArticleStore} and records the run in
 * {@code ingestion_run}. Settings: {@code peacewatch.ingest}. Publishes only
 * {@link org.peacewatch.articles.ingestion.IngestionRuns} (read by the runs endpoint); nothing outside the articles
 * module uses this package.
 */
package org.peacewatch.articles.ingestion;
