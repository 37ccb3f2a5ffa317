/**
 * The articles module's HTTP endpoints: {@code /api/v1/articles} (filters, language-aware full-text search with
 * relevance and snippets, keyset paging, streamed CSV/NDJSON exports, one article with its tags and evidence) and
 * {@code /api/v1/ingestion/runs}, with the read SQL only they use ({@code ArticleQueries}) and its settings
 * ({@code peacewatch.articles}). Publishes nothing: no other package depends on this one.
 */
package org.peacewatch.articles.web;
