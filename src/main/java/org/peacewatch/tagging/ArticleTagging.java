package org.peacewatch.tagging;

import java.util.List;

import org.peacewatch.articles.ArticleCatalog;
import org.peacewatch.articles.ArticleStored;
import org.peacewatch.articles.StoredArticle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tags each new article once it is committed, replacing any tags it had. */
@Service
class ArticleTagging {

    private final ArticleCatalog articles;
    private final TaxonomyStore taxonomy;
    private final JdbcClient jdbc;

    ArticleTagging(ArticleCatalog articles, TaxonomyStore taxonomy, JdbcClient jdbc) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ArticleStored stored) {
        articles.find(stored.articleId()).ifPresent(this::tag);
    }

    @Transactional
    public void tag(StoredArticle article) {
        Tagging tagging = taxonomy.tagger().tag(article.title(), article.text());
        replace("article_actor", article.id(), tagging.actors());
        replace("article_topic", article.id(), tagging.topics());
    }

    private void replace(String table, long articleId, List<Tag> tags) {
        boolean actors = table.equals("article_actor");
        // Fixed statements per table rather than a spliced name.
        jdbc.sql(actors ? "delete from article_actor where article_id = :id" : "delete from article_topic where article_id = :id")
                .param("id", articleId).update();
        for (Tag tag : tags) {
            jdbc.sql(actors
                            ? """
                            insert into article_actor (article_id, actor_id, mentions, score, evidence)
                            select :articleId, id, :mentions, :score, :evidence from actor where slug = :slug"""
                            : """
                            insert into article_topic (article_id, topic_id, mentions, score, evidence)
                            select :articleId, id, :mentions, :score, :evidence from topic where slug = :slug""")
                    .param("articleId", articleId).param("mentions", tag.mentions()).param("score", tag.score())
                    .param("evidence", tag.evidence().text()).param("slug", tag.slug())
                    .update();
        }
    }
}
