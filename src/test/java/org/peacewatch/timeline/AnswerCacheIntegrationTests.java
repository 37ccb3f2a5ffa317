package org.peacewatch.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timeline's answer cache: an answer is reused while no data changes, and every kind of write (insert, re-tag,
 * delete, truncate, folding the change log) is seen by the very next request.
 */
class AnswerCacheIntegrationTests extends IntegrationTest {

    private static final String PUTIN_CEASEFIRE = "/api/v1/timeline?actor=putin&topic=ceasefire&from=2025-03-03&to=2025-03-06";

    @LocalServerPort
    int port;

    @Autowired
    RollupCompactor compactor;

    @Autowired
    @Qualifier("jdbcTransactionManager")
    PlatformTransactionManager transactions;

    Http http;
    AnalystFixtures fx;
    long wire;
    long first;

    @BeforeEach
    void corpus() {
        http = new Http(port);
        fx = new AnalystFixtures(jdbc);
        wire = fx.source("Wire EN", "en");
        first = fx.article(wire, "en", "2025-03-03T08:00:00Z", "Putin on a ceasefire", "Talks on a ceasefire.");
        fx.actor(first, "putin", 0.9).topic(first, "ceasefire", 0.8);
    }

    @Test
    void reusesTheAnswerWhileNothingChanges() {
        var before = http.get(PUTIN_CEASEFIRE);
        assertThat(counts(before)).containsExactly(1L, 0L, 0L);
        // A pending rollup delta written behind the triggers' back: a recomputed answer would count it, a reused one not.
        jdbc.sql("""
                insert into timeline_count_delta (actor_id, topic_id, day, articles)
                select a.id, t.id, date '2025-03-04', 5 from actor a, topic t where a.slug = 'putin' and t.slug = 'ceasefire'""")
                .update();
        try {
            var again = http.get(PUTIN_CEASEFIRE);
            assertThat(counts(again)).containsExactly(1L, 0L, 0L);
            assertThat(again.header("ETag")).isEqualTo(before.header("ETag"));
            // A request that differs only in spelling of the same window shares the entry.
            assertThat(counts(http.get(PUTIN_CEASEFIRE.replace("2025-03-06", "2025-03-06T00:00:00Z")))).containsExactly(1L, 0L, 0L);
            // Defaults spelt out make the same request too.
            assertThat(counts(http.get(PUTIN_CEASEFIRE + "&format=json&interval=day&top=0"))).containsExactly(1L, 0L, 0L);
            // A different request is computed afresh, and so sees the delta.
            assertThat(counts(http.get(PUTIN_CEASEFIRE.replace("2025-03-06", "2025-03-07")))).containsExactly(1L, 5L, 0L, 0L);
        } finally {
            jdbc.sql("delete from timeline_count_delta where day = date '2025-03-04' and articles = 5").update();
        }
    }

    @Test
    void seesAnInsertedArticleAtOnce() {
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(1L, 0L, 0L);
        long second = fx.article(wire, "en", "2025-03-04T09:00:00Z", "Putin again", "Ceasefire again.");
        fx.actor(second, "putin", 0.9).topic(second, "ceasefire", 0.8);
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(1L, 1L, 0L);
        var csv = http.get(PUTIN_CEASEFIRE + "&format=csv");
        assertThat(csv.body()).contains("2025-03-04T00:00:00Z,1,1,1.0");
    }

    @Test
    void seesAReTagAtOnce() {
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(1L, 0L, 0L);
        jdbc.sql("delete from article_topic where article_id = :id").param("id", first).update();
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(0L, 0L, 0L);
        fx.topic(first, "ceasefire", 0.5);
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(1L, 0L, 0L);
    }

    @Test
    void seesADeleteAndACascadeAtOnce() {
        long second = fx.article(wire, "en", "2025-03-05T09:00:00Z", "Putin again", "Ceasefire again.");
        fx.actor(second, "putin", 0.9).topic(second, "ceasefire", 0.8);
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(1L, 0L, 1L);
        jdbc.sql("delete from article where id = :id").param("id", second).update();
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(1L, 0L, 0L);
        jdbc.sql("delete from source where id = :id").param("id", wire).update();
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(0L, 0L, 0L);
    }

    @Test
    void seesATruncateAtOnce() {
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(1L, 0L, 0L);
        jdbc.sql("truncate article cascade").update();
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(0L, 0L, 0L);
    }

    @Test
    void seesAWriteThatFollowsARolledBackSavepointInTheSameTransaction() {
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(1L, 0L, 0L);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Object savepoint = status.createSavepoint();
            jdbc.sql("update source set name = 'Wire' where id = :id").param("id", wire).update();
            status.rollbackToSavepoint(savepoint);
            long second = fx.article(wire, "en", "2025-03-04T09:00:00Z", "Putin again", "Ceasefire again.");
            fx.actor(second, "putin", 0.9).topic(second, "ceasefire", 0.8);
        });
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(1L, 1L, 0L);
    }

    @Test
    void foldingTheChangeLogKeepsTheAnswerAndItsVersion() {
        var before = http.get(PUTIN_CEASEFIRE);
        long version = jdbc.sql("select timeline_data_version()").query(Long.class).single();
        compactor.compact();
        assertThat(jdbc.sql("select count(*) from timeline_data_change").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select timeline_data_version()").query(Long.class).single()).isEqualTo(version);
        assertThat(http.get(PUTIN_CEASEFIRE).header("ETag")).isEqualTo(before.header("ETag"));
        long second = fx.article(wire, "en", "2025-03-04T09:00:00Z", "Putin again", "Ceasefire again.");
        fx.actor(second, "putin", 0.9).topic(second, "ceasefire", 0.8);
        assertThat(counts(http.get(PUTIN_CEASEFIRE))).containsExactly(1L, 1L, 0L);
    }

    @Test
    void reusesAndRefreshesCooccurrenceAnswers() {
        String path = "/api/v1/cooccurrence?rows=actor&cols=topic&from=2025-03-01&to=2025-04-01";
        var before = http.get(path);
        assertThat(before.json().get("counts").get(0).get(0).asLong()).isEqualTo(1L);
        assertThat(http.get(path).header("ETag")).isEqualTo(before.header("ETag"));
        long second = fx.article(wire, "en", "2025-03-04T09:00:00Z", "Putin again", "Ceasefire again.");
        fx.actor(second, "putin", 0.9).topic(second, "ceasefire", 0.8);
        var after = http.get(path);
        assertThat(after.json().get("counts").get(0).get(0).asLong()).isEqualTo(2L);
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
    }

    private static List<Long> counts(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Long> counts = new ArrayList<>();
        response.json().get("buckets").forEach(b -> counts.add(b.get("count").asLong()));
        return counts;
    }
}
