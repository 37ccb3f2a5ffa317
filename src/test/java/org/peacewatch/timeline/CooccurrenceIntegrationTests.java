package org.peacewatch.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacewatch.timeline.TimelineIntegrationTests.assertProblem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The co-occurrence matrix and the taxonomy lists with article counts, under the usual filters. */
class CooccurrenceIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    Http http;
    long wire;
    long kyiv;

    @BeforeEach
    void corpus() {
        http = new Http(port);
        var fx = new AnalystFixtures(jdbc);
        wire = fx.source("Wire EN", "en");
        kyiv = fx.source("Kyiv UA", "uk");
        long a1 = fx.article(wire, "en", "2025-03-03T08:00:00Z", "Putin and Trump on a ceasefire", "ceasefire");
        fx.actor(a1, "putin", 0.9).actor(a1, "trump", 0.5).topic(a1, "ceasefire", 0.8).topic(a1, "sanctions", 0.3);
        long a2 = fx.article(kyiv, "uk", "2025-03-04T08:00:00Z", "Зеленський і Путін", "перемир'я");
        fx.actor(a2, "zelenskyy", 0.9).actor(a2, "putin", 0.4).topic(a2, "ceasefire", 0.9);
        long a3 = fx.article(wire, "en", "2025-04-10T08:00:00Z", "Trump on sanctions", "sanctions");
        fx.actor(a3, "trump", 0.9).topic(a3, "sanctions", 0.9);
    }

    @Test
    void countsArticlesPerActorAndTopic() {
        Map<String, Long> cells = cells(ok("/api/v1/cooccurrence?rows=actor&cols=topic"));
        assertThat(cells).containsEntry("putin|ceasefire", 2L).containsEntry("putin|sanctions", 1L)
                .containsEntry("trump|sanctions", 2L).containsEntry("trump|ceasefire", 1L)
                .containsEntry("zelenskyy|ceasefire", 1L).containsEntry("zelenskyy|sanctions", 0L);
        JsonNode matrix = ok("/api/v1/cooccurrence?rows=actor&cols=topic");
        assertThat(matrix.get("rowKeys").get(0).get("slug").asString()).isIn("putin", "trump");
        assertThat(matrix.get("rowKeys")).hasSize(3);
        assertThat(cells(ok("/api/v1/cooccurrence?rows=actor&cols=topic&from=2025-03-01&to=2025-04-01")))
                .containsEntry("trump|sanctions", 1L).containsEntry("putin|ceasefire", 2L);
        assertThat(cells(ok("/api/v1/cooccurrence?rows=actor&cols=topic&lang=uk")))
                .containsEntry("putin|ceasefire", 1L).doesNotContainKey("trump|sanctions");
        assertThat(cells(ok("/api/v1/cooccurrence?rows=actor&cols=topic&actor=zelenskyy")))
                .containsEntry("putin|ceasefire", 1L).doesNotContainKey("trump|ceasefire");
        assertThat(cells(ok("/api/v1/cooccurrence?rows=actor&cols=topic&q=sanctions")))
                .containsEntry("trump|sanctions", 1L).doesNotContainKey("putin|ceasefire");
    }

    @Test
    void countsActorPairsAndTopicPairs() {
        Map<String, Long> actors = cells(ok("/api/v1/cooccurrence?rows=actor&cols=actor"));
        assertThat(actors).containsEntry("putin|trump", 1L).containsEntry("trump|putin", 1L)
                .containsEntry("putin|zelenskyy", 1L).containsEntry("putin|putin", 2L).containsEntry("trump|zelenskyy", 0L);
        Map<String, Long> topics = cells(ok("/api/v1/cooccurrence?rows=topic&cols=topic&source=" + wire));
        assertThat(topics).containsEntry("ceasefire|sanctions", 1L).containsEntry("sanctions|sanctions", 2L);
        Map<String, Long> reversed = cells(ok("/api/v1/cooccurrence?rows=topic&cols=actor"));
        assertThat(reversed).containsEntry("ceasefire|putin", 2L);
    }

    @Test
    void listsActorsAndTopicsWithArticleCountsForTheWindow() {
        Map<String, Long> actors = counts(ok("/api/v1/actors"));
        assertThat(actors).containsEntry("putin", 2L).containsEntry("trump", 2L).containsEntry("zelenskyy", 1L)
                .containsEntry("nato", 0L);
        assertThat(counts(ok("/api/v1/actors?from=2025-04-01&to=2025-05-01"))).containsEntry("trump", 1L).containsEntry("putin", 0L);
        assertThat(counts(ok("/api/v1/actors?topic=sanctions"))).containsEntry("trump", 2L).containsEntry("zelenskyy", 0L);
        assertThat(counts(ok("/api/v1/actors?lang=uk"))).containsEntry("putin", 1L).containsEntry("trump", 0L);
        assertThat(counts(ok("/api/v1/actors?from=2025-03-03T12:00:00Z"))).containsEntry("putin", 1L);
        JsonNode first = ok("/api/v1/actors").get(0);
        assertThat(first.has("name")).isTrue();
        assertThat(first.has("kind")).isTrue();
        assertThat(counts(ok("/api/v1/topics"))).containsEntry("ceasefire", 2L).containsEntry("sanctions", 2L);
        assertThat(counts(ok("/api/v1/topics?actor=zelenskyy"))).containsEntry("ceasefire", 1L).containsEntry("sanctions", 0L);
        assertThat(counts(ok("/api/v1/topics?q=sanctions&source=" + wire))).containsEntry("sanctions", 1L);
    }

    @Test
    void rejectsBadInputNamingTheParameter() {
        assertProblem(http.get("/api/v1/cooccurrence?rows=source&cols=topic"), 400, "rows");
        assertProblem(http.get("/api/v1/cooccurrence?rows=actor&cols=week"), 400, "cols");
        assertProblem(http.get("/api/v1/cooccurrence?actor=nobody"), 404, "actor");
        assertProblem(http.get("/api/v1/cooccurrence?from=someday"), 400, "from");
        assertProblem(http.get("/api/v1/actors?from=2025-05-01&to=2025-04-01"), 400, "from");
        assertProblem(http.get("/api/v1/topics?actor=nobody"), 404, "actor");
    }

    private JsonNode ok(String path) {
        var response = http.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Long> cells(JsonNode matrix) {
        Map<String, Long> cells = new HashMap<>();
        for (int i = 0; i < matrix.get("rowKeys").size(); i++) {
            for (int j = 0; j < matrix.get("colKeys").size(); j++) {
                cells.put(matrix.get("rowKeys").get(i).get("slug").asString() + "|" + matrix.get("colKeys").get(j).get("slug").asString(),
                        matrix.get("counts").get(i).get(j).asLong());
            }
        }
        return cells;
    }

    private static Map<String, Long> counts(JsonNode list) {
        Map<String, Long> counts = new HashMap<>();
        list.forEach(item -> counts.put(item.get("slug").asString(), item.get("articles").asLong()));
        return counts;
    }
}
