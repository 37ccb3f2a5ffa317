package org.peacewatch.articles;

import java.time.Instant;

/** The parts of a stored article that downstream modules (tagging, timelines) read. */
public record StoredArticle(long id, long sourceId, String url, String title, String text, String language,
                            Instant publishedAt) {
}
