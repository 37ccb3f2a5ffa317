/**
 * HTML page to {@link org.peacewatch.extraction.ExtractedArticle}: title, authors, dates, canonical URL, language
 * and clean body text. Pure functions over Jsoup documents: no database, no network.
 */
package org.peacewatch.extraction;
