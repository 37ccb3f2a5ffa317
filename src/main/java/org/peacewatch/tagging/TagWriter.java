package org.peacewatch.tagging;

import java.util.List;

import org.peacewatch.tagging.matching.Tag;
import org.peacewatch.tagging.matching.Tagging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replaces an article's tags. Callers run it inside a transaction, so a reader (a timeline) sees an article either
 * with all its old tags or with all its new ones, never with none.
 * <p>
 * Each table's tags go in as one multi-row insert (one round trip per table, not per tag). The rollup triggers
 * (V40) run once per statement and pair the statement's rows with the other table as it stands at the end of the
 * statement, so the counts stay exact as long as actors and topics are written by separate statements, actors first.
 * Each actor row then pairs with no topics yet, and each topic row pairs with all the article's actors, so every
 * (actor, topic) pair is counted once. The same holds for the two deletes.
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
        insert(ACTORS, articleId, tagging.taxonomyVersion(), tagging.actors());
        insert(TOPICS, articleId, tagging.taxonomyVersion(), tagging.topics());
    }

    /**
     * Writes the tags of an article that has none yet (one stored in the current transaction, which no one else can
     * have tagged), so without the deletes, and returns the current taxonomy version, read by the statement that
     * writes the actors. When that is not the version the tagging was made with, the topics are not written and the
     * caller replaces the tags with those of the current version.
     */
    long insertFirst(long articleId, Tagging tagging) {
        long current = withTagArrays(jdbc.sql("""
                        with written as (%s returning 1)
                        select coalesce(max(version), 0) from taxonomy_change""".formatted(ACTORS)),
                articleId, tagging.taxonomyVersion(), tagging.actors())
                .query(Long.class).single();
        if (current == tagging.taxonomyVersion()) {
            insert(TOPICS, articleId, tagging.taxonomyVersion(), tagging.topics());
        }
        return current;
    }

    private static final String ACTORS = """
            insert into article_actor (article_id, actor_id, mentions, score, evidence, taxonomy_version,
                                       evidence_field, evidence_start, evidence_end)
            select :articleId, actor.id, t.mentions, t.score, t.evidence, :version, t.field, t.start_at, t.end_at
            from unnest(cast(:slugs as text[]), cast(:mentions as integer[]), cast(:scores as real[]),
                        cast(:evidence as text[]), cast(:fields as text[]), cast(:starts as integer[]),
                        cast(:ends as integer[])) as t(slug, mentions, score, evidence, field, start_at, end_at)
            join actor on actor.slug = t.slug""";

    private static final String TOPICS = """
            insert into article_topic (article_id, topic_id, mentions, score, evidence, taxonomy_version,
                                       evidence_field, evidence_start, evidence_end)
            select :articleId, topic.id, t.mentions, t.score, t.evidence, :version, t.field, t.start_at, t.end_at
            from unnest(cast(:slugs as text[]), cast(:mentions as integer[]), cast(:scores as real[]),
                        cast(:evidence as text[]), cast(:fields as text[]), cast(:starts as integer[]),
                        cast(:ends as integer[])) as t(slug, mentions, score, evidence, field, start_at, end_at)
            join topic on topic.slug = t.slug""";

    private void insert(String sql, long articleId, long version, List<Tag> tags) {
        if (tags.isEmpty()) {
            return;
        }
        withTagArrays(jdbc.sql(sql), articleId, version, tags).update();
    }

    /** Binds the tags as one array per column, for the unnest in {@link #ACTORS} and {@link #TOPICS}. */
    private static JdbcClient.StatementSpec withTagArrays(JdbcClient.StatementSpec statement, long articleId,
            long version, List<Tag> tags) {
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
        return statement
                .param("articleId", articleId)
                .param("version", version)
                .param("slugs", slugs)
                .param("mentions", mentions)
                .param("scores", scores)
                .param("evidence", evidence)
                .param("fields", fields)
                .param("starts", starts)
                .param("ends", ends);
    }
}
