package org.peacewatch.tagging;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replaces an article's tags. Callers run it inside a transaction, so a reader (a timeline) sees an article either
 * with all its old tags or with all its new ones, never with none.
 * <p>
 * Each table's tags go in as one multi-row insert (one round trip per table, not per tag). The rollup triggers
 * (V30) are row-level AFTER triggers: for a multi-row insert they fire once per row at the end of the statement, so
 * the counts stay exact as long as actors and topics are written by separate statements, actors first. Each actor
 * row then pairs with no topics yet, and each topic row pairs with all the article's actors, so every (actor,
 * topic) pair is counted once. The same holds for the two deletes.
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
                select :articleId, actor.id, t.mentions, t.score, t.evidence, :version, t.field, t.start_at, t.end_at
                from unnest(cast(:slugs as text[]), cast(:mentions as integer[]), cast(:scores as real[]),
                            cast(:evidence as text[]), cast(:fields as text[]), cast(:starts as integer[]),
                            cast(:ends as integer[])) as t(slug, mentions, score, evidence, field, start_at, end_at)
                join actor on actor.slug = t.slug""", articleId, tagging.taxonomyVersion(), tagging.actors());
        insert("""
                insert into article_topic (article_id, topic_id, mentions, score, evidence, taxonomy_version,
                                           evidence_field, evidence_start, evidence_end)
                select :articleId, topic.id, t.mentions, t.score, t.evidence, :version, t.field, t.start_at, t.end_at
                from unnest(cast(:slugs as text[]), cast(:mentions as integer[]), cast(:scores as real[]),
                            cast(:evidence as text[]), cast(:fields as text[]), cast(:starts as integer[]),
                            cast(:ends as integer[])) as t(slug, mentions, score, evidence, field, start_at, end_at)
                join topic on topic.slug = t.slug""", articleId, tagging.taxonomyVersion(), tagging.topics());
    }

    private void insert(String sql, long articleId, long version, List<Tag> tags) {
        if (tags.isEmpty()) {
            return;
        }
        int n = tags.size();
        String[] slugs = new String[n];
        Integer[] mentions = new Integer[n];
        Float[] scores = new Float[n];
        String[] evidence = new String[n];
        String[] fields = new String[n];
        Integer[] starts = new Integer[n];
        Integer[] ends = new Integer[n];
        for (int i = 0; i < n; i++) {
            Tag tag = tags.get(i);
            slugs[i] = tag.slug();
            mentions[i] = tag.mentions();
            scores[i] = (float) tag.score();
            evidence[i] = tag.evidence().text();
            fields[i] = tag.evidence().field();
            starts[i] = tag.evidence().start();
            ends[i] = tag.evidence().end();
        }
        jdbc.sql(sql)
                .param("articleId", articleId)
                .param("version", version)
                .param("slugs", slugs)
                .param("mentions", mentions)
                .param("scores", scores)
                .param("evidence", evidence)
                .param("fields", fields)
                .param("starts", starts)
                .param("ends", ends)
                .update();
    }
}
