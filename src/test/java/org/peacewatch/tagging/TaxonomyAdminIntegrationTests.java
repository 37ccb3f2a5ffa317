package org.peacewatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Taxonomy CRUD over the real API, re-tagging jobs, and timelines that follow a taxonomy change. */
class TaxonomyAdminIntegrationTests extends IntegrationTest {

    record Response(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ZALUZHNYI = """
            {"slug":"zaluzhnyi","name":"Valerii Zaluzhnyi","kind":"PERSON","description":"Ukraine's ambassador to the UK",
             "aliases":{"en":["Zaluzhnyi","Zaluzhny"],"uk":["Залужн(ий|ого|ому|им)"],"ru":["Залужн(ый|ого|ому|ым)"]}}""";

    @LocalServerPort
    int port;

    @Autowired
    RetagJobs jobs;

    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from actor where slug in ('zaluzhnyi', 'budanov')").update();
        jdbc.sql("delete from topic where slug = 'drones'").update();
        jdbc.sql("truncate tagging_job restart identity").update();
    }

    Response send(String method, String path, String json, boolean admin) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (admin) {
            builder.header("Authorization", "Bearer " + ADMIN_TOKEN);
        }
        try {
            HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long version() {
        return jdbc.sql("select max(version) from taxonomy_change").query(Long.class).single();
    }

    long article(String url, String title, String text, String published) {
        long source = jdbc.sql("select id from source where url = 'http://127.0.0.1/feed'").query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("insert into source (name, kind, url) values ('Local', 'FEED', 'http://127.0.0.1/feed') returning id")
                        .query(Long.class).single());
        Timestamp at = Timestamp.from(Instant.parse(published));
        return jdbc.sql("""
                        insert into article (source_id, url, canonical_url, title, text, language, published_at, fetched_at, content_hash)
                        values (:source, :url, :url, :title, :text, 'en', :at, :at, md5(:text)) returning id""")
                .param("source", source).param("url", url).param("title", title).param("text", text).param("at", at)
                .query(Long.class).single();
    }

    JsonNode awaitJob(String location) {
        await().atMost(Duration.ofSeconds(30)).until(() -> send("GET", location, null, false).json().get("status").asString().equals("DONE"));
        return send("GET", location, null, false).json();
    }

    int timelineStatus(String actor) {
        return send("GET", "/api/v1/timeline?actor=" + actor + "&from=2025-11-20&to=2025-11-23&interval=day", null, false).status();
    }

    List<Long> timeline(String actor) {
        JsonNode timeline = send("GET", "/api/v1/timeline?actor=" + actor + "&from=2025-11-20&to=2025-11-23&interval=day", null, false).json();
        List<Long> counts = new ArrayList<>();
        timeline.get("buckets").forEach(b -> counts.add(b.get("count").asLong()));
        return counts;
    }

    @Test
    void taxonomyChangeRetagsStoredArticlesAndTheTimelineFollowsWhenTheJobEnds() {
        article("http://127.0.0.1/a", "Zaluzhnyi meets Starmer", "Valerii Zaluzhnyi spoke in London.", "2025-11-20T10:00:00Z");
        article("http://127.0.0.1/b", "Посол у Лондоні", "Залужного запросили до Даунінг-стріт.", "2025-11-21T10:00:00Z");
        article("http://127.0.0.1/c", "Putin speaks", "Nothing about generals.", "2025-11-21T12:00:00Z");
        // Not in the taxonomy yet: the timeline names the unknown slug.
        assertThat(timelineStatus("zaluzhnyi")).isEqualTo(404);

        var created = send("POST", "/api/v1/actors", ZALUZHNYI, true);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/actors/zaluzhnyi");
        long createdVersion = Long.parseLong(created.header("X-Taxonomy-Version"));
        assertThat(createdVersion).isEqualTo(version());
        JsonNode job = awaitJob(created.header("X-Retag-Job"));
        assertThat(job.get("processed").asLong()).isEqualTo(3);
        assertThat(job.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(timeline("zaluzhnyi")).containsExactly(1L, 1L, 0L);
        assertThat(timeline("putin")).containsExactly(0L, 1L, 0L);
        assertThat(jdbc.sql("""
                select distinct aa.taxonomy_version from article_actor aa join actor x on x.id = aa.actor_id
                where x.slug = 'zaluzhnyi'""").query(Long.class).list()).containsExactly(createdVersion);

        var patched = send("PATCH", "/api/v1/actors/zaluzhnyi", """
                {"aliases":{"en":["Zaluzhnyi"]}}""", true);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("kind").asString()).isEqualTo("PERSON");
        assertThat(Long.parseLong(patched.header("X-Taxonomy-Version"))).isEqualTo(createdVersion + 1);
        awaitJob(patched.header("X-Retag-Job"));
        assertThat(timeline("zaluzhnyi")).containsExactly(1L, 0L, 0L);

        var deleted = send("DELETE", "/api/v1/actors/zaluzhnyi", null, true);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(send("GET", "/api/v1/actors/zaluzhnyi", null, false).status()).isEqualTo(404);
        assertThat(timelineStatus("zaluzhnyi")).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from article_actor aa join actor x on x.id = aa.actor_id where x.slug = 'zaluzhnyi'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void explicitRetagJobReportsProgressAndEvidenceOffsets() {
        long id = article("http://127.0.0.1/d", "Kremlin rejects plan", "Officials met. Moscow said no to a ceasefire.", "2025-11-22T10:00:00Z");
        jdbc.sql("delete from article_actor").update();
        assertThat(send("POST", "/api/v1/tagging/retag", "", false).status()).isEqualTo(401);
        var started = send("POST", "/api/v1/tagging/retag", "", true);
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("kind").asString()).isEqualTo("RETAG");
        JsonNode job = awaitJob(started.header("Location"));
        assertThat(job.get("total").asLong()).isEqualTo(1);
        assertThat(job.get("finishedAt").isString()).isTrue();
        var row = jdbc.sql("""
                        select aa.evidence, aa.evidence_field, aa.evidence_start, aa.evidence_end, aa.taxonomy_version
                        from article_actor aa join actor x on x.id = aa.actor_id where x.slug = 'russia' and aa.article_id = :id""")
                .param("id", id).query().singleRow();
        assertThat(row.get("evidence")).isEqualTo("Moscow said no to a ceasefire.");
        assertThat(row.get("evidence_field")).isEqualTo("text");
        assertThat(row.get("evidence_start")).isEqualTo(15);
        assertThat(row.get("evidence_end")).isEqualTo(45);
        assertThat(((Number) row.get("taxonomy_version")).longValue()).isEqualTo(version());
        assertThat(send("GET", "/api/v1/jobs/999999", null, false).status()).isEqualTo(404);
    }

    @Test
    void interruptedJobResumesFromItsCursorAfterItsLeaseExpires() {
        long first = article("http://127.0.0.1/e1", "Putin", "Putin spoke.", "2025-11-20T10:00:00Z");
        long second = article("http://127.0.0.1/e2", "Putin", "Putin spoke again.", "2025-11-20T11:00:00Z");
        long third = article("http://127.0.0.1/e3", "Putin", "Putin spoke once more.", "2025-11-20T12:00:00Z");
        jdbc.sql("delete from article_actor").update();
        // As left by an instance that died after its first batch: RUNNING, cursor on the first article, stale heartbeat.
        long jobId = jdbc.sql("""
                        insert into tagging_job (status, reason, taxonomy_version, total, processed, last_article_id,
                                                 created_at, started_at, heartbeat_at)
                        values ('RUNNING', 'test', 1, 3, 1, :cursor, now() - interval '1 hour', now() - interval '1 hour',
                                now() - interval '1 hour') returning id""")
                .param("cursor", first).query(Long.class).single();
        jobs.work();
        JsonNode job = send("GET", "/api/v1/jobs/" + jobId, null, false).json();
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("processed").asLong()).isEqualTo(3);
        List<Long> tagged = jdbc.sql("select article_id from article_actor order by article_id").query(Long.class).list();
        assertThat(tagged).containsExactly(second, third);
    }

    @Test
    void writesNeedAnAdminTokenAndAreValidated() {
        assertThat(send("POST", "/api/v1/actors", ZALUZHNYI, false).status()).isEqualTo(401);
        assertThat(send("DELETE", "/api/v1/actors/putin", null, false).status()).isEqualTo(401);

        var badKind = send("POST", "/api/v1/actors", ZALUZHNYI.replace("PERSON", "ALIEN"), true);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.contentType()).startsWith("application/problem+json");
        assertThat(badKind.json().get("detail").asString()).contains("kind");
        var badAlias = send("POST", "/api/v1/actors", ZALUZHNYI.replace("\"Zaluzhny\"", "\"Za*luzhny\""), true);
        assertThat(badAlias.status()).isEqualTo(400);
        assertThat(badAlias.json().get("detail").asString()).contains("Za*luzhny");
        var noName = send("POST", "/api/v1/actors", """
                {"slug":"budanov","kind":"PERSON","aliases":{"en":["Budanov"]}}""", true);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("name");
        var badSlug = send("POST", "/api/v1/actors", ZALUZHNYI.replace("\"zaluzhnyi\"", "\"Zaluzhnyi!\""), true);
        assertThat(badSlug.status()).isEqualTo(400);

        assertThat(send("POST", "/api/v1/actors", ZALUZHNYI, true).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/actors", ZALUZHNYI, true).status()).isEqualTo(409);
        assertThat(send("PUT", "/api/v1/actors/zaluzhnyi", ZALUZHNYI.replace("\"zaluzhnyi\"", "\"other\""), true).status()).isEqualTo(400);
        assertThat(send("PUT", "/api/v1/actors/budanov", ZALUZHNYI.replace("\"zaluzhnyi\"", "\"budanov\""), true).status()).isEqualTo(404);
        var put = send("PUT", "/api/v1/actors/zaluzhnyi", ZALUZHNYI.replace("Valerii Zaluzhnyi", "V. Zaluzhnyi"), true);
        assertThat(put.status()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/actors/zaluzhnyi", null, false).json().get("name").asString()).isEqualTo("V. Zaluzhnyi");
        assertThat(send("DELETE", "/api/v1/topics/no-such-topic", null, true).status()).isEqualTo(404);
    }

    @Test
    void topicCrudRoundTripsRulesAndThreshold() {
        String drones = """
                {"slug":"drones","name":"Drones","keywords":{"en":["drone strike^2","drones"]},
                 "rules":[{"all":["drone*","attack*"],"within":4,"weight":2}],"threshold":3}""";
        var created = send("POST", "/api/v1/topics", drones, true);
        assertThat(created.status()).isEqualTo(201);
        JsonNode topic = send("GET", "/api/v1/topics/drones", null, false).json();
        assertThat(topic.get("rules").get(0).get("within").asInt()).isEqualTo(4);
        assertThat(topic.get("threshold").asDouble()).isEqualTo(3.0);
        var preview = send("POST", "/api/v1/tagging/preview", """
                {"title":"","text":"Drones attacked Kyiv overnight. A drone strike hit a depot."}""", false);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("topics").toString()).contains("\"drones\"");
        var patched = send("PATCH", "/api/v1/topics/drones", """
                {"threshold":50}""", true);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/tagging/preview", """
                {"text":"Drones attacked Kyiv overnight. A drone strike hit a depot."}""", false).json().get("topics").toString())
                .doesNotContain("\"drones\"");
        assertThat(send("PATCH", "/api/v1/topics/drones", """
                {"rules":[{"all":["drones"]}]}""", true).status()).isEqualTo(400);
        assertThat(send("DELETE", "/api/v1/topics/drones", null, true).status()).isEqualTo(204);
    }

    @Test
    void previewTagsWithEvidenceAndStoresNothing() {
        var preview = send("POST", "/api/v1/tagging/preview", """
                {"title":"Зеленський зустрівся з Віткоффом","text":"Сторони обговорили гарантії безпеки. Кремль мовчить."}""", false);
        assertThat(preview.status()).isEqualTo(200);
        JsonNode body = preview.json();
        assertThat(body.get("language").asString()).isEqualTo("uk");
        assertThat(body.get("taxonomyVersion").asLong()).isEqualTo(version());
        assertThat(body.get("actors").toString()).contains("\"zelenskyy\"", "\"witkoff\"", "\"russia\"");
        JsonNode topic = body.get("topics").get(0);
        assertThat(topic.get("slug").asString()).isEqualTo("security-guarantees");
        assertThat(topic.get("evidence").get("text").asString()).isEqualTo("Сторони обговорили гарантії безпеки.");
        assertThat(topic.get("evidence").get("start").asInt()).isZero();
        assertThat(send("POST", "/api/v1/tagging/preview", "{}", false).status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from article_actor").query(Long.class).single()).isZero();
    }
}
