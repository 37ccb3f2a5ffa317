/**
 * Stored articles. Owns ingestion (claim a due source, list its new items, fetch and extract each page, store it
 * once under its canonical URL), the {@code article} table and the {@code /api/v1/articles} endpoints (filters,
 * language-aware full-text search with relevance and snippets, keyset paging, streamed CSV/NDJSON exports).
 * Publishes {@link org.peacewatch.articles.ArticleStored} after each new article commits; downstream modules read
 * articles through {@link org.peacewatch.articles.ArticleCatalog} and select them for analyst queries through
 * {@link org.peacewatch.articles.ArticleSelections}.
 */
package org.peacewatch.articles;
