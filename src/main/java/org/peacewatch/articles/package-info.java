/**
 * Stored articles. Owns the {@code article} table and storing each story once under its canonical URL and content
 * hash with every source that listed it ({@link org.peacewatch.articles.ArticleStore}). Ingestion lives in
 * {@code ingestion}, the HTTP endpoints in {@code web}.
 * Publishes {@link org.peacewatch.articles.ArticleStored} in the transaction that inserts each new article;
 * downstream modules read articles through {@link org.peacewatch.articles.ArticleCatalog} and select them for
 * analyst queries through {@link org.peacewatch.articles.ArticleFilter} and
 * {@link org.peacewatch.articles.ArticleSelections}. Also publishes what every read endpoint parses alike:
 * {@link org.peacewatch.articles.TimeParameters}, {@link org.peacewatch.articles.ExportFormat} and the problem
 * exceptions {@link org.peacewatch.articles.BadParameterException} (400) and
 * {@link org.peacewatch.articles.UnknownValueException} (404), which the timeline endpoints share.
 */
package org.peacewatch.articles;
