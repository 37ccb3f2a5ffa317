package org.peacewatch.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacewatch.timeline.TimelineIntegrationTests.assertProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/articles: filters, relevance-ranked search with snippets, keyset paging and uncapped exports. */
class ArticleSearchIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    Http http;
    AnalystFixtures fx;
    long wire;
    long kyiv;

    @BeforeEach
    void corpus() {
        http = new Http(port);
        fx = new AnalystFixtures(jdbc);
        wire = fx.source("Wire EN", "en");
        kyiv = fx.source("Kyiv UA", "uk");
    }

    @Test
    void ranksByRelevanceWithHighlightedSnippets() {
        long passing = fx.article(wire, "en", "2025-03-04T10:00:00Z", "Markets close higher", "Analysts mention a ceasefire once in passing.");
        long focused = fx.article(wire, "en", "2025-03-01T10:00:00Z", "Ceasefire talks: ceasefire terms agreed",
                "The ceasefire will hold. Negotiators said the ceasefire begins on Monday.");
        fx.article(wire, "en", "2025-03-05T10:00:00Z", "Grain exports", "Ports reopened.");
        JsonNode page = ok("/api/v1/articles?q=ceasefire");
        assertThat(ids(page)).containsExactly(focused, passing);
        JsonNode best = page.get("items").get(0);
        assertThat(best.get("snippet").asString()).contains("<mark>Ceasefire</mark>");
        assertThat(best.get("relevance").asDouble()).isGreaterThan(page.get("items").get(1).get("relevance").asDouble());
        assertThat(ids(ok("/api/v1/articles?q=ceasefire&sort=published"))).containsExactly(passing, focused);
        JsonNode plain = ok("/api/v1/articles");
        assertThat(plain.get("items").get(0).get("snippet").isNull()).isTrue();
        assertThat(plain.get("items").get(0).get("source").get("name").asString()).isEqualTo("Wire EN");
    }

    @Test
    void appliesEveryFilter() {
        long en = fx.article(wire, "en", "2025-03-03T10:00:00Z", "Putin on ceasefire", "text");
        fx.actor(en, "putin", 0.9).topic(en, "ceasefire", 0.8);
        long uk = fx.article(kyiv, "uk", "2025-03-04T10:00:00Z", "Зеленський про гарантії", "гарантії безпеки");
        fx.actor(uk, "zelenskyy", 0.9).topic(uk, "security-guarantees", 0.8);
        long late = fx.article(wire, "en", "2025-04-04T10:00:00Z", "Trump on sanctions", "text");
        fx.actor(late, "trump", 0.9).topic(late, "sanctions", 0.8);
        assertThat(ids(ok("/api/v1/articles?actor=putin"))).containsExactly(en);
        assertThat(ids(ok("/api/v1/articles?actor=putin&actor=zelenskyy"))).containsExactly(uk, en);
        assertThat(ids(ok("/api/v1/articles?actor=putin&topic=security-guarantees"))).isEmpty();
        assertThat(ids(ok("/api/v1/articles?topic=sanctions&topic=ceasefire"))).containsExactly(late, en);
        assertThat(ids(ok("/api/v1/articles?source=" + kyiv))).containsExactly(uk);
        assertThat(ids(ok("/api/v1/articles?lang=en"))).containsExactly(late, en);
        assertThat(ids(ok("/api/v1/articles?from=2025-03-04&to=2025-04-01"))).containsExactly(uk);
        assertThat(ids(ok("/api/v1/articles?q=гарантії"))).containsExactly(uk);
        JsonNode item = ok("/api/v1/articles?actor=putin").get("items").get(0);
        assertThat(item.get("actors").get(0).asString()).isEqualTo("putin");
        assertThat(item.get("topics").get(0).asString()).isEqualTo("ceasefire");
    }

    @Test
    void pagesByKeysetCursorInEitherOrder() {
        for (int i = 0; i < 7; i++) {
            fx.article(wire, "en", "2025-03-0" + (i % 3 + 1) + "T10:00:00Z", "Ceasefire update " + i,
                    "ceasefire ".repeat(i + 1) + "news");
        }
        for (String query : List.of("/api/v1/articles?limit=3", "/api/v1/articles?q=ceasefire&limit=3",
                "/api/v1/articles?q=ceasefire&sort=published&limit=3")) {
            Set<Long> seen = new HashSet<>();
            List<Long> ordered = new ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                JsonNode page = ok(query + (next == null ? "" : "&cursor=" + next));
                ordered.addAll(ids(page));
                seen.addAll(ids(page));
                next = page.get("next").isNull() ? null : page.get("next").asString();
                pages++;
            } while (next != null);
            assertThat(seen).as(query).hasSize(7);
            assertThat(ordered).as(query).hasSize(7);
            assertThat(pages).as(query).isEqualTo(3);
        }
    }

    @Test
    void streamsWholeResultsAsCsvAndNdjsonWithoutARowCap() {
        for (int i = 0; i < 1_100; i++) {
            fx.article(wire, "en", "2025-03-01T00:00:00Z", "Report, \"number\" " + i, "ceasefire talks " + i);
        }
        var csv = http.get("/api/v1/articles?q=ceasefire", "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,published_at,language,source_id,source_name,title,url,actors,topics,relevance,snippet");
        assertThat(lines).hasSize(1_101);
        assertThat(lines.get(1)).contains("\"Report, \"\"number\"\"");
        var ndjson = http.get("/api/v1/articles?format=ndjson&sort=published");
        assertThat(ndjson.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(ndjson.body().lines().toList()).hasSize(1_100);
        assertThat(ndjson.body().lines().map(line -> line.replaceFirst("^\\{\"id\":(\\d+),.*", "$1")).distinct().count()).isEqualTo(1_100);
        assertThat(ndjson.header("ETag")).isEmpty();
    }

    @Test
    void rejectsBadInputNamingTheParameter() {
        assertProblem(http.get("/api/v1/articles?limit=0"), 400, "limit");
        assertProblem(http.get("/api/v1/articles?limit=501"), 400, "limit");
        assertProblem(http.get("/api/v1/articles?limit=ten"), 400, "limit");
        assertProblem(http.get("/api/v1/articles?cursor=not-a-cursor"), 400, "cursor");
        assertProblem(http.get("/api/v1/articles?cursor=%21%21"), 400, "cursor");
        fx.article(wire, "en", "2025-03-01T00:00:00Z", "a ceasefire", "x");
        fx.article(wire, "en", "2025-03-02T00:00:00Z", "b ceasefire", "x");
        String publishedCursor = ok("/api/v1/articles?limit=1").get("next").asString();
        assertProblem(http.get("/api/v1/articles?q=ceasefire&limit=1&cursor=" + publishedCursor), 400, "cursor");
        assertProblem(http.get("/api/v1/articles?sort=relevance"), 400, "sort");
        assertProblem(http.get("/api/v1/articles?sort=oldest"), 400, "sort");
        assertProblem(http.get("/api/v1/articles?from=2025-02-30"), 400, "from");
        assertProblem(http.get("/api/v1/articles?from=2025-03-02&to=2025-03-01"), 400, "from");
        assertProblem(http.get("/api/v1/articles?actor=nobody"), 404, "actor");
        assertProblem(http.get("/api/v1/articles?topic=nothing"), 404, "topic");
        assertProblem(http.get("/api/v1/articles?source=424242"), 404, "source");
        assertProblem(http.get("/api/v1/articles?actor=nobody", "Accept", "text/csv"), 404, "actor");
    }

    private JsonNode ok(String path) {
        var response = http.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
