/**
 * Links articles to actors and negotiation topics with evidence. Owns the taxonomy (the bundled data file
 * {@code tagging/taxonomy.json}, loaded into the {@code actor} and {@code topic} tables), the matcher, and the
 * {@code article_actor}/{@code article_topic} tags. Listens for {@link org.peacewatch.articles.ArticleStored}.
 */
package org.peacewatch.tagging;
