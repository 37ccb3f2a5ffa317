package org.peacewatch.articles.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param relevanceCandidates how many of the newest matches a relevance-sorted page ranks. Ranking every match of a
 *                            common word costs seconds at a million articles (PostgreSQL must read each match's
 *                            tsvector); ranking the newest N keeps a page under 150 ms and is exact whenever a query
 *                            (with its filters) matches no more than N articles. Exports always rank every match.
 */
@ConfigurationProperties("peacewatch.articles")
record ArticleSearchProperties(@DefaultValue("2000") int relevanceCandidates) {
}
