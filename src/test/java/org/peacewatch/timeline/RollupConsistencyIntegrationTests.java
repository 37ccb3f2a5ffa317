package org.peacewatch.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peacewatch.support.IntegrationTest;
import org.peacewatch.support.RollupCounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rollups equal a GROUP BY over the raw tables after every kind of write ingestion and tagging make: inserts,
 * re-tags by delete+insert (as ArticleTagging does), deletes (of articles, of sources and of a test-only actor, by cascade),
 * edits of date, language and source, truncation, and compaction.
 */
class RollupConsistencyIntegrationTests extends IntegrationTest {

    // Deleted mid-test to exercise the cascade; a test-only actor, so the shared taxonomy stays intact.
    private static final String DELETED_ACTOR = "rollup-test-actor";
    private static final String[] ACTORS = {"putin", "zelenskyy", "trump", "nato", DELETED_ACTOR};
    private static final String[] TOPICS = {"ceasefire", "sanctions", "territory", "peace-plan"};

    @Autowired
    RollupCompactor compactor;

    private final Random random = new Random(7);

    @Test
    void rollupsMatchRawCountsAfterInsertsRetagsEditsDeletesAndCompaction() {
        var fx = new AnalystFixtures(jdbc);
        jdbc.sql("insert into actor (slug, name, kind) values (:slug, 'Rollup test actor', 'PERSON') on conflict (slug) do nothing")
                .param("slug", DELETED_ACTOR).update();
        long en = fx.source("Wire EN", "en");
        long uk = fx.source("Kyiv UA", "uk");
        List<Long> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean english = random.nextBoolean();
            long id = fx.article(english ? en : uk, english ? "en" : "uk",
                    "2025-03-%02dT%02d:30:00Z".formatted(1 + random.nextInt(20), random.nextInt(24)), "t" + i, "x");
            tag(fx, id);
            articles.add(id);
        }
        assertConsistent();

        for (int i = 0; i < 20; i++) {
            long id = articles.get(random.nextInt(articles.size()));
            jdbc.sql("delete from article_actor where article_id = :id").param("id", id).update();
            jdbc.sql("delete from article_topic where article_id = :id").param("id", id).update();
            tag(fx, id);
        }
        assertConsistent();

        compactor.compact();
        assertThat(jdbc.sql("select count(*) from timeline_count_delta").query(Long.class).single()).isZero();
        assertConsistent();

        jdbc.sql("update article set published_at = published_at + interval '3 days' where id = any(:ids)")
                .param("ids", new long[]{articles.get(0), articles.get(1), articles.get(2)}).update();
        jdbc.sql("update article set language = 'ru' where id = :id").param("id", articles.get(3)).update();
        jdbc.sql("update article set source_id = :source where id = :id").param("source", en).param("id", articles.get(4)).update();
        jdbc.sql("update article set published_at = published_at + interval '1 minute' where id = :id").param("id", articles.get(5)).update();
        assertConsistent();

        jdbc.sql("delete from article where id = any(:ids)")
                .param("ids", new long[]{articles.get(6), articles.get(7), articles.get(8)}).update();
        assertConsistent();

        jdbc.sql("delete from actor where slug = :slug").param("slug", DELETED_ACTOR).update();
        jdbc.sql("delete from article_topic where topic_id = (select id from topic where slug = 'territory')").update();
        assertConsistent();

        compactor.compact();
        jdbc.sql("delete from source where id = :id").param("id", uk).update();
        assertConsistent();
        compactor.compact();
        assertConsistent();

        jdbc.sql("truncate article_topic").update();
        assertConsistent();
        jdbc.sql("truncate source, article cascade").update();
        assertConsistent();
        assertThat(jdbc.sql("select count(*) from timeline_count").query(Long.class).single()).isZero();
    }

    private void tag(AnalystFixtures fx, long id) {
        for (String actor : ACTORS) {
            if (random.nextInt(3) == 0) {
                fx.actor(id, actor, random.nextDouble());
            }
        }
        for (String topic : TOPICS) {
            if (random.nextInt(3) == 0) {
                fx.topic(id, topic, random.nextDouble());
            }
        }
    }

    private void assertConsistent() {
        assertThat(RollupCounts.fromRollups(jdbc)).isEqualTo(RollupCounts.fromRawTables(jdbc));
        List<String> rawSources = jdbc.sql("""
                select source_id || ' ' || coalesce(language, '') || ' ' || pw_utc_day(published_at) || ' ' || count(*)
                from article group by source_id, language, pw_utc_day(published_at) order by 1""").query(String.class).list();
        List<String> sourceRollup = jdbc.sql("""
                select source_id || ' ' || language || ' ' || day || ' ' || n from (
                    select source_id, language, day, sum(articles) as n from (
                        select source_id, language, day, articles from source_day_count
                        union all
                        select source_id, language, day, articles from source_day_count_delta
                    ) c group by 1, 2, 3 having sum(articles) <> 0
                ) r order by 1""").query(String.class).list();
        assertThat(sourceRollup).isEqualTo(rawSources);
    }
}
