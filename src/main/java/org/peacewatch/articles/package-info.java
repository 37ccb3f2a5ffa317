/**
 * Stored articles. Owns ingestion (claim a due source, discover its links from a feed, sitemap or listing pages,
 * claim each new page so one instance fetches it, fetch and extract it, store it once under its canonical URL and
 * content hash with every source that listed it, record the run), the {@code article} table, the
 * {@code /api/v1/articles} endpoints (filters, language-aware full-text search with relevance and snippets, keyset
 * paging, streamed CSV/NDJSON exports) and {@code /api/v1/ingestion/runs}.
 * Publishes {@link org.peacewatch.articles.ArticleStored} in the transaction that inserts each new article;
 * downstream modules read articles through {@link org.peacewatch.articles.ArticleCatalog} and select them for
 * analyst queries through {@link org.peacewatch.articles.ArticleSelections}.
 */
package org.peacewatch.articles;
