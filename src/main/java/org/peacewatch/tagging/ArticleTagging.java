package org.peacewatch.tagging;

import org.peacewatch.articles.ArticleCatalog;
import org.peacewatch.articles.ArticleStored;
import org.peacewatch.articles.StoredArticle;
import org.peacewatch.tagging.matching.Tagging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tags each new article with the current taxonomy in the transaction that stores it, just before it commits, so no
 * reader (a timeline, an export) ever sees a stored article without its tags, and the article and its tags commit
 * with one commit. Re-tagging an article replaces the tags it had.
 */
@Service
class ArticleTagging {

    private final ArticleCatalog articles;
    private final TaxonomyStore taxonomy;
    private final TagWriter writer;

    ArticleTagging(ArticleCatalog articles, TaxonomyStore taxonomy, TagWriter writer) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.writer = writer;
    }

    /**
     * Tags with the last built matcher, without first asking PostgreSQL for the taxonomy version: the statement that
     * writes the actors reads the current version too, and only when the two differ (the taxonomy changed since) are
     * the tags replaced by those of a matcher for the current version. So every tag still records the version that
     * produced it, at the cost of no extra round trip per article.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void on(ArticleStored stored) {
        articles.find(stored.articleId()).ifPresent(article -> {
            Tagging tagging = taxonomy.lastTagger().tag(article.title(), article.text());
            long current = writer.insertFirst(article.id(), tagging);
            if (current != tagging.taxonomyVersion()) {
                writer.replace(article.id(), taxonomy.tagger(current).tag(article.title(), article.text()));
            }
        });
    }

    @Transactional("jdbcTransactionManager")
    public void tag(StoredArticle article) {
        writer.replace(article.id(), taxonomy.tagger().tag(article.title(), article.text()));
    }
}
