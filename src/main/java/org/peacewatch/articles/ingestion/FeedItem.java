package org.peacewatch.articles.ingestion;

import java.time.Instant;

/** One article link a source lists, with what the listing says about it (date, title). */
record FeedItem(String url, String title, Instant publishedAt) {
}
