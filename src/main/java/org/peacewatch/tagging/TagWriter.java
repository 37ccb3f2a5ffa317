package org.peacewatch.tagging;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replaces an article's tags. Callers run it inside a transaction, so a reader (a timeline) sees an article either
 * with all its old tags or with all its new ones, never with none.
 */
@Component
class TagWriter {

    private final JdbcClient jdbc;

    TagWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long articleId, Tagging tagging) {
        jdbc.sql("delete from article_actor where article_id = :id").param("id", articleId).update();
        jdbc.sql("delete from article_topic where article_id = :id").param("id", articleId).update();
        insert("""
                insert into article_actor (article_id, actor_id, mentions, score, evidence, taxonomy_version,
                                           evidence_field, evidence_start, evidence_end)
                select :articleId, id, :mentions, :score, :evidence, :version, :field, :start, :end
                from actor where slug = :slug""", articleId, tagging.taxonomyVersion(), tagging.actors());
        insert("""
                insert into article_topic (article_id, topic_id, mentions, score, evidence, taxonomy_version,
                                           evidence_field, evidence_start, evidence_end)
                select :articleId, id, :mentions, :score, :evidence, :version, :field, :start, :end
                from topic where slug = :slug""", articleId, tagging.taxonomyVersion(), tagging.topics());
    }

    private void insert(String sql, long articleId, long version, List<Tag> tags) {
        for (Tag tag : tags) {
            jdbc.sql(sql)
                    .param("articleId", articleId)
                    .param("mentions", tag.mentions())
                    .param("score", tag.score())
                    .param("evidence", tag.evidence().text())
                    .param("version", version)
                    .param("field", tag.evidence().field())
                    .param("start", tag.evidence().start())
                    .param("end", tag.evidence().end())
                    .param("slug", tag.slug())
                    .update();
        }
    }
}
