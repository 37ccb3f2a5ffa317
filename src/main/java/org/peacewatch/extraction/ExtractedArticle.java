package org.peacewatch.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What extraction found on one page. Any field may be null (or empty) when the page does not say.
 *
 * @param text         the main body: paragraphs and headings separated by a blank line, list items by a line break
 * @param publishedDay the publication day as written on the page (its own time zone), which {@code publishedAt}
 *                     in UTC may shift by one
 * @param reason       why {@code text} is empty or short (no article, a stub, a listing); null when it looks whole
 */
public record ExtractedArticle(String title, List<String> authors, Instant publishedAt, Instant modifiedAt,
                               String language, String canonicalUrl, String siteName, String description, String text,
                               LocalDate publishedDay, String reason) {
}
