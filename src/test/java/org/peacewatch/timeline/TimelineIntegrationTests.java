package org.peacewatch.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/timeline over real PostgreSQL: every interval, filter, format and error case. */
class TimelineIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    Http http;
    long wire;
    long kyiv;
    long moscow;
    long a1;
    long a2;
    long a3;
    long a4;

    @BeforeEach
    void corpus() {
        http = new Http(port);
        var fx = new AnalystFixtures(jdbc);
        wire = fx.source("Wire EN", "en");
        kyiv = fx.source("Kyiv UA", "uk");
        moscow = fx.source("Moscow RU", "ru");
        a1 = fx.article(wire, "en", "2025-03-03T08:00:00Z", "Putin and Trump discuss a ceasefire", "Negotiators met in Riyadh to discuss a ceasefire.");
        fx.actor(a1, "putin", 0.9).actor(a1, "trump", 0.5).topic(a1, "ceasefire", 0.8);
        a2 = fx.article(wire, "en", "2025-03-03T15:30:00Z", "Zelenskyy on security guarantees", "Zelenskyy asked allies for security guarantees.");
        fx.actor(a2, "zelenskyy", 0.9).topic(a2, "security-guarantees", 0.7);
        a3 = fx.article(kyiv, "uk", "2025-03-05T23:30:00Z", "Зеленський про перемир'я", "Зеленський і Путін: перемир'я обговорюють.");
        fx.actor(a3, "zelenskyy", 0.6).actor(a3, "putin", 0.4).topic(a3, "ceasefire", 0.9);
        a4 = fx.article(moscow, "ru", "2025-03-10T10:00:00Z", "Путин о переговорах", "Переговоры о прекращении огня продолжаются.");
        fx.actor(a4, "putin", 1.0).topic(a4, "ceasefire", 0.5);
        long a5 = fx.article(wire, "en", "2025-04-02T12:00:00Z", "Sanctions talk", "Trump threatened new sanctions.");
        fx.actor(a5, "trump", 0.7).topic(a5, "sanctions", 0.6);
    }

    @Test
    void fillsContiguousDailyBucketsWithCountTotalAndShare() {
        JsonNode timeline = ok("/api/v1/timeline?actor=putin&from=2025-03-03&to=2025-03-08&interval=day");
        assertThat(timeline.get("interval").asString()).isEqualTo("day");
        assertThat(timeline.get("tz").asString()).isEqualTo("Z");
        assertThat(buckets(timeline)).containsExactly(
                "2025-03-03T00:00:00Z 1/2", "2025-03-04T00:00:00Z 0/0", "2025-03-05T00:00:00Z 1/1",
                "2025-03-06T00:00:00Z 0/0", "2025-03-07T00:00:00Z 0/0");
        assertThat(timeline.get("buckets").get(0).get("share").asDouble()).isEqualTo(0.5);
        assertThat(timeline.get("buckets").get(1).get("share").asDouble()).isZero();
    }

    @Test
    void combinesRepeatedValuesWithOrAndDifferentParametersWithAnd() {
        assertThat(counts("/api/v1/timeline?actor=putin&actor=zelenskyy&from=2025-03-03&to=2025-03-06"))
                .containsExactly(2L, 0L, 1L);
        assertThat(counts("/api/v1/timeline?actor=putin,zelenskyy&from=2025-03-03&to=2025-03-06"))
                .containsExactly(2L, 0L, 1L);
        assertThat(counts("/api/v1/timeline?actor=zelenskyy&topic=ceasefire&from=2025-03-03&to=2025-03-06"))
                .containsExactly(0L, 0L, 1L);
        assertThat(counts("/api/v1/timeline?actor=zelenskyy&topic=ceasefire&topic=security-guarantees&from=2025-03-03&to=2025-03-06"))
                .containsExactly(1L, 0L, 1L);
        assertThat(counts("/api/v1/timeline?actor=trump&actor=zelenskyy&topic=ceasefire&topic=security-guarantees&from=2025-03-03&to=2025-03-06"))
                .containsExactly(2L, 0L, 1L);
    }

    @Test
    void cutsIsoWeeksFromMondayAndCalendarMonths() {
        JsonNode weeks = ok("/api/v1/timeline?actor=putin&from=2025-03-01&to=2025-03-17&interval=week");
        assertThat(buckets(weeks)).containsExactly(
                "2025-02-24T00:00:00Z 0/0", "2025-03-03T00:00:00Z 2/3", "2025-03-10T00:00:00Z 1/1");
        JsonNode months = ok("/api/v1/timeline?actor=putin&from=2025-03-01&to=2025-05-01&interval=month");
        assertThat(buckets(months)).containsExactly("2025-03-01T00:00:00Z 3/4", "2025-04-01T00:00:00Z 0/1");
    }

    @Test
    void cutsHourBuckets() {
        JsonNode hours = ok("/api/v1/timeline?from=2025-03-03T00:00:00Z&to=2025-03-04T00:00:00Z&interval=hour");
        assertThat(hours.get("buckets")).hasSize(24);
        assertThat(buckets(hours)).contains("2025-03-03T08:00:00Z 1/1", "2025-03-03T15:00:00Z 1/1", "2025-03-03T09:00:00Z 0/0");
    }

    @Test
    void startsDaysAtMidnightInTheRequestedZone() {
        JsonNode kyivDays = ok("/api/v1/timeline?actor=zelenskyy&from=2025-03-05&to=2025-03-07&tz=Europe/Kyiv");
        assertThat(kyivDays.get("tz").asString()).isEqualTo("Europe/Kyiv");
        assertThat(buckets(kyivDays)).containsExactly(
                "2025-03-04T22:00:00Z 0/0", "2025-03-05T22:00:00Z 1/1", "2025-03-06T22:00:00Z 0/0");
        JsonNode offsetDays = ok("/api/v1/timeline?actor=zelenskyy&from=2025-03-05&to=2025-03-07&tz=%2B02:00");
        assertThat(buckets(offsetDays)).containsExactly(
                "2025-03-04T22:00:00Z 0/0", "2025-03-05T22:00:00Z 1/1", "2025-03-06T22:00:00Z 0/0");
    }

    @Test
    void normalisesBySourceAndLanguageWhenFiltered() {
        assertThat(buckets(ok("/api/v1/timeline?actor=putin&source=" + wire + "&from=2025-03-03&to=2025-03-06")))
                .containsExactly("2025-03-03T00:00:00Z 1/2", "2025-03-04T00:00:00Z 0/0", "2025-03-05T00:00:00Z 0/0");
        assertThat(buckets(ok("/api/v1/timeline?actor=putin&lang=uk&from=2025-03-03&to=2025-03-06")))
                .containsExactly("2025-03-03T00:00:00Z 0/0", "2025-03-04T00:00:00Z 0/0", "2025-03-05T00:00:00Z 1/1");
        assertThat(buckets(ok("/api/v1/timeline?lang=en&lang=ru&from=2025-03-03&to=2025-03-06")))
                .containsExactly("2025-03-03T00:00:00Z 2/2", "2025-03-04T00:00:00Z 0/0", "2025-03-05T00:00:00Z 0/0");
        assertThat(buckets(ok("/api/v1/timeline?source=" + kyiv + "&source=" + moscow + "&from=2025-03-05&to=2025-03-11&interval=week")))
                .containsExactly("2025-03-03T00:00:00Z 1/1", "2025-03-10T00:00:00Z 1/1");
    }

    @Test
    void searchesTextWithTheArticleLanguagesStemming() {
        // "negotiations" and "Negotiators" share the English stem; "переговоры" and "переговорах" the Russian one.
        assertThat(counts("/api/v1/timeline?q=negotiations&from=2025-03-03&to=2025-03-04")).containsExactly(1L);
        assertThat(counts("/api/v1/timeline?q=переговоры&from=2025-03-10&to=2025-03-11")).containsExactly(1L);
        assertThat(counts("/api/v1/timeline?q=ceasefire%20-riyadh&from=2025-03-03&to=2025-03-04")).containsExactly(0L);
        assertThat(counts("/api/v1/timeline?q=%22security%20guarantees%22&from=2025-03-03&to=2025-03-04")).containsExactly(1L);
    }

    @Test
    void listsTheHighestScoringArticlesPerBucket() {
        JsonNode timeline = ok("/api/v1/timeline?topic=ceasefire&from=2025-03-03&to=2025-03-06&top=1");
        JsonNode first = timeline.get("buckets").get(0).get("top");
        assertThat(first).hasSize(1);
        assertThat(first.get(0).get("id").asLong()).isEqualTo(a1);
        assertThat(first.get(0).get("title").asString()).isEqualTo("Putin and Trump discuss a ceasefire");
        assertThat(timeline.get("buckets").get(1).get("top")).isEmpty();
        JsonNode both = ok("/api/v1/timeline?from=2025-03-03&to=2025-03-04&top=2");
        assertThat(both.get("buckets").get(0).get("top").get(0).get("id").asLong()).isEqualTo(a1);
        assertThat(both.get("buckets").get(0).get("top").get(1).get("id").asLong()).isEqualTo(a2);
        assertThat(ok("/api/v1/timeline?from=2025-03-03&to=2025-03-04").get("buckets").get(0).has("top")).isFalse();
    }

    @Test
    void returnsOneSeriesPerActorOrTopic() {
        JsonNode timeline = ok("/api/v1/timeline?series=actor&actor=putin&actor=zelenskyy&from=2025-03-03&to=2025-03-06");
        assertThat(timeline.has("buckets")).isFalse();
        JsonNode series = timeline.get("series");
        assertThat(series).hasSize(2);
        assertThat(series.get(0).get("slug").asString()).isEqualTo("putin");
        assertThat(countsOf(series.get(0))).containsExactly(1L, 0L, 1L);
        assertThat(series.get(1).get("slug").asString()).isEqualTo("zelenskyy");
        assertThat(countsOf(series.get(1))).containsExactly(1L, 0L, 1L);
        assertThat(series.get(0).get("buckets").get(0).get("total").asLong()).isEqualTo(2);

        JsonNode topics = ok("/api/v1/timeline?series=topic&actor=putin&from=2025-03-01&to=2025-04-01&interval=month");
        List<String> named = new ArrayList<>();
        topics.get("series").forEach(s -> named.add(s.get("slug").asString() + "=" + s.get("buckets").get(0).get("count").asLong()));
        assertThat(named).contains("ceasefire=3", "security-guarantees=0", "sanctions=0");

        JsonNode filtered = ok("/api/v1/timeline?series=actor&actor=putin&lang=ru&from=2025-03-03&to=2025-03-11&interval=week");
        assertThat(countsOf(filtered.get("series").get(0))).containsExactly(0L, 1L);
    }

    @Test
    void exportsCsvAndNdjsonByAcceptOrFormat() {
        var csv = http.get("/api/v1/timeline?actor=putin&from=2025-03-03&to=2025-03-05", "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo("""
                start,count,total,share
                2025-03-03T00:00:00Z,1,2,0.5
                2025-03-04T00:00:00Z,0,0,0.0
                """);
        assertThat(http.get("/api/v1/timeline?actor=putin&from=2025-03-03&to=2025-03-05&format=csv").body())
                .isEqualTo(csv.body());
        var ndjson = http.get("/api/v1/timeline?actor=putin&from=2025-03-03&to=2025-03-05", "Accept", "application/x-ndjson");
        assertThat(ndjson.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(ndjson.body().lines().toList()).hasSize(2);
        assertThat(ndjson.body().lines().findFirst().orElseThrow()).contains("\"start\":\"2025-03-03T00:00:00Z\"", "\"count\":1", "\"total\":2");
        var series = http.get("/api/v1/timeline?series=actor&actor=putin&from=2025-03-03&to=2025-03-04&format=csv");
        assertThat(series.body()).isEqualTo("""
                series,start,count,total,share
                putin,2025-03-03T00:00:00Z,1,2,0.5
                """);
    }

    @Test
    void servesEtagAndCacheControlAndAnswersNotModified() {
        var first = http.get("/api/v1/timeline?actor=putin&from=2025-03-03&to=2025-03-05");
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("max-age=60");
        var again = http.get("/api/v1/timeline?actor=putin&from=2025-03-03&to=2025-03-05", "If-None-Match", first.header("ETag"));
        assertThat(again.status()).isEqualTo(304);
        var error = http.get("/api/v1/timeline?interval=fortnight");
        assertThat(error.header("Cache-Control")).doesNotContain("max-age=60");
    }

    @Test
    void rejectsBadInputNamingTheParameter() {
        assertProblem(http.get("/api/v1/timeline?interval=fortnight"), 400, "interval");
        assertProblem(http.get("/api/v1/timeline?from=2025-03-10&to=2025-03-01"), 400, "from");
        assertProblem(http.get("/api/v1/timeline?from=2025-13-01"), 400, "from");
        assertProblem(http.get("/api/v1/timeline?to=tomorrow"), 400, "to");
        var tooMany = http.get("/api/v1/timeline?from=2025-01-01&to=2025-12-31&interval=hour");
        assertProblem(tooMany, 400, "from");
        assertThat(tooMany.json().get("detail").asString()).contains("more than 5000 buckets");
        assertProblem(http.get("/api/v1/timeline?tz=Mars/Olympus"), 400, "tz");
        assertProblem(http.get("/api/v1/timeline?top=21"), 400, "top");
        assertProblem(http.get("/api/v1/timeline?top=-1"), 400, "top");
        assertProblem(http.get("/api/v1/timeline?series=source"), 400, "series");
        assertProblem(http.get("/api/v1/timeline?format=xml"), 400, "format");
        assertProblem(http.get("/api/v1/timeline?actor=nobody"), 404, "actor");
        assertProblem(http.get("/api/v1/timeline?topic=nothing"), 404, "topic");
        assertProblem(http.get("/api/v1/timeline?source=999999"), 404, "source");
        assertProblem(http.get("/api/v1/timeline?source=abc"), 400, "source");
        assertProblem(http.get("/api/v1/timeline?actor=nobody", "Accept", "text/csv"), 404, "actor");
        assertProblem(http.get("/api/v1/timeline?q=%22unbalanced"), 200, null);
    }

    static void assertProblem(Http.Response response, int status, String parameter) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (parameter != null) {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("parameter").asString()).isEqualTo(parameter);
        }
    }

    private JsonNode ok(String path) {
        var response = http.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<Long> counts(String path) {
        List<Long> counts = new ArrayList<>();
        ok(path).get("buckets").forEach(b -> counts.add(b.get("count").asLong()));
        return counts;
    }

    private static List<Long> countsOf(JsonNode series) {
        List<Long> counts = new ArrayList<>();
        series.get("buckets").forEach(b -> counts.add(b.get("count").asLong()));
        return counts;
    }

    private static List<String> buckets(JsonNode timeline) {
        List<String> buckets = new ArrayList<>();
        timeline.get("buckets").forEach(b -> buckets.add(b.get("start").asString() + " " + b.get("count").asLong() + "/" + b.get("total").asLong()));
        return buckets;
    }
}
