/**
 * Links articles to actors and negotiation topics, in English, Ukrainian and Russian, with evidence. Owns the
 * taxonomy in PostgreSQL (seeded from the bundled {@code tagging/taxonomy.json} into the {@code actor} and
 * {@code topic} tables, edited through {@link org.peacewatch.tagging.TaxonomyEditor}, versioned in
 * {@code taxonomy_change}), the {@code article_actor}/{@code article_topic} tags (each with the taxonomy version
 * that produced it and its evidence offsets), and re-tagging jobs ({@code tagging_job}). The matcher itself lives in
 * {@code matching}, the HTTP endpoints in {@code web}. Listens for {@link org.peacewatch.articles.ArticleStored};
 * reads articles only through {@link org.peacewatch.articles.ArticleCatalog}. Publishes
 * {@link org.peacewatch.tagging.TagCommand}, the offline {@code tag} command. {@code TaxonomyStore},
 * {@code TaxonomyEditor} and {@code RetagJobs} are public only for the {@code web} package.
 */
package org.peacewatch.tagging;
