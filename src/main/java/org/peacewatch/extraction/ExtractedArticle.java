package org.peacewatch.extraction;

import java.time.Instant;
import java.util.List;

/**
 * What extraction found on one page. Any field may be null (or empty) when the page does not say.
 *
 * @param text the main body, paragraphs separated by a blank line
 */
public record ExtractedArticle(String title, List<String> authors, Instant publishedAt, Instant modifiedAt,
                               String language, String canonicalUrl, String siteName, String description, String text) {
}
