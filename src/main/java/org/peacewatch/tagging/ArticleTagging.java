package org.peacewatch.tagging;

import org.peacewatch.articles.ArticleCatalog;
import org.peacewatch.articles.ArticleStored;
import org.peacewatch.articles.StoredArticle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tags each new article once it is committed, with the current taxonomy, replacing any tags it had. */
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

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ArticleStored stored) {
        articles.find(stored.articleId()).ifPresent(this::tag);
    }

    @Transactional
    public void tag(StoredArticle article) {
        writer.replace(article.id(), taxonomy.tagger().tag(article.title(), article.text()));
    }
}
