/**
 * Stored articles. Owns ingestion (claim a due source, list its new items, fetch and extract each page, store it
 * once under its canonical URL), the {@code article} table and the {@code /api/v1/articles} endpoints.
 * Publishes {@link org.peacewatch.articles.ArticleStored} after each new article commits; downstream modules read
 * articles through {@link org.peacewatch.articles.ArticleCatalog}.
 */
package org.peacewatch.articles;
