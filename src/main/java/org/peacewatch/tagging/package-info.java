/**
 * Links articles to actors and negotiation topics, in English, Ukrainian and Russian, with evidence. Owns the
 * taxonomy (seeded from the bundled {@code tagging/taxonomy.json} into the {@code actor} and {@code topic} tables,
 * edited over the admin API, versioned in {@code taxonomy_change}), the one-pass matcher ({@link
 * org.peacewatch.tagging.Tagger} over a folded-text automaton), the {@code article_actor}/{@code article_topic} tags
 * (each with the taxonomy version that produced it and its evidence offsets), and re-tagging jobs
 * ({@code tagging_job}). Listens for {@link org.peacewatch.articles.ArticleStored}; reads articles only through
 * {@link org.peacewatch.articles.ArticleCatalog}. Publishes {@link org.peacewatch.tagging.TagCommand}, the offline
 * {@code tag} command.
 */
package org.peacewatch.tagging;
