package org.peacewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.Api;
import org.peacewatch.support.IntegrationTest;
import org.peacewatch.support.LocalSite;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The whole path: a feed served locally -> stored articles -> tags -> timeline, over the real API. */
class WalkingSkeletonIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    LocalSite site;
    Api api;

    @BeforeEach
    void serveSite() throws Exception {
        site = new LocalSite();
        api = new Api(port);
        site.page("/feed.xml", "application/rss+xml; charset=utf-8", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                  <title>Local Wire</title><link>%1$s</link><description>test</description>
                  <item><title>Envoys meet in Berlin</title><link>%1$s/news/berlin?utm_source=rss</link>
                        <pubDate>Thu, 20 Nov 2025 09:00:00 GMT</pubDate></item>
                  <item><title>Kremlin answers</title><link>%1$s/news/kremlin</link>
                        <pubDate>Fri, 21 Nov 2025 12:00:00 GMT</pubDate></item>
                  <item><title>Sanctions debate</title><link>%1$s/news/sanctions</link>
                        <pubDate>Fri, 21 Nov 2025 18:30:00 GMT</pubDate></item>
                  <item><title>Envoys meet in Berlin (again)</title><link>%1$s/news/berlin?fbclid=abc#top</link>
                        <pubDate>Thu, 20 Nov 2025 09:05:00 GMT</pubDate></item>
                </channel></rss>""".formatted(site.url("")));
        site.page("/news/berlin", "text/html; charset=utf-8", page("Zelenskyy meets Witkoff in Berlin",
                "2025-11-20T08:30:00Z",
                "Volodymyr Zelenskyy met US envoy Steve Witkoff in Berlin on Thursday. They discussed security guarantees for Ukraine after a peace deal."));
        site.page("/news/kremlin", "text/html; charset=utf-8", page("Kremlin answers the peace plan",
                "2025-11-21T11:00:00Z",
                "Vladimir Putin said Russia would study the peace plan. Moscow rejected an immediate ceasefire."));
        // No date on the page itself: the feed's pubDate must be used.
        site.page("/news/sanctions", "text/html; charset=utf-8", page("Sanctions debate in Brussels", null,
                "The European Union debated new sanctions against Russia. Trump said he preferred a deal."));
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void ingestsTagsAndCountsAFeedOnceAcrossFetches() {
        var unauthorised = api.post("/api/v1/sources", sourceJson(), null);
        assertThat(unauthorised.status()).isEqualTo(401);
        assertThat(unauthorised.contentType()).startsWith("application/problem+json");

        var created = api.post("/api/v1/sources", sourceJson(), IntegrationTest.ADMIN_TOKEN);
        assertThat(created.status()).isEqualTo(201);
        long sourceId = created.json().get("id").asLong();
        assertThat(created.json().get("kind").asString()).isEqualTo("FEED");
        assertThat(created.json().get("pollInterval").asString()).isEqualTo("PT30M");

        assertThat(api.post("/api/v1/sources/" + sourceId + "/fetch", "", IntegrationTest.ADMIN_TOKEN).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> articleCount() == 3
                && api.get("/api/v1/sources/" + sourceId).json().get("lastSuccessAt").isString());

        JsonNode items = api.get("/api/v1/articles").json().get("items");
        assertThat(titles(items)).containsExactly("Sanctions debate in Brussels", "Kremlin answers the peace plan",
                "Zelenskyy meets Witkoff in Berlin");
        JsonNode berlin = items.get(2);
        assertThat(berlin.get("url").asString()).isEqualTo(site.url("/news/berlin"));
        assertThat(berlin.get("publishedAt").asString()).isEqualTo("2025-11-20T08:30:00Z");
        assertThat(berlin.get("source").get("name").asString()).isEqualTo("Local Wire");
        assertThat(strings(berlin.get("actors"))).contains("zelenskyy", "witkoff", "ukraine");
        assertThat(strings(berlin.get("topics"))).contains("security-guarantees", "peace-plan");
        assertThat(items.get(0).get("publishedAt").asString()).isEqualTo("2025-11-21T18:30:00Z");

        JsonNode detail = api.get("/api/v1/articles/" + berlin.get("id").asLong()).json();
        assertThat(detail.get("text").asString()).contains("security guarantees for Ukraine");
        assertThat(detail.get("actorTags").toString()).contains("Steve Witkoff in Berlin");

        var timeline = api.get("/api/v1/timeline?actor=russia&from=2025-11-19&to=2025-11-23&interval=day");
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.json().get("interval").asString()).isEqualTo("day");
        assertThat(bucketCounts(timeline.json())).containsExactly(
                "2025-11-19T00:00:00Z=0", "2025-11-20T00:00:00Z=0", "2025-11-21T00:00:00Z=2", "2025-11-22T00:00:00Z=0");
        var csv = api.get("/api/v1/timeline?topic=security-guarantees&from=2025-11-19&to=2025-11-22", "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo("""
                start,count,total,share
                2025-11-19T00:00:00Z,0,0,0.0
                2025-11-20T00:00:00Z,1,1,1.0
                2025-11-21T00:00:00Z,0,2,0.0
                """);

        // A second poll finds nothing new: no page is fetched again and nothing is stored twice.
        var firstSuccess = api.get("/api/v1/sources/" + sourceId).json().get("lastAttemptAt").asString();
        api.post("/api/v1/sources/" + sourceId + "/fetch", "", IntegrationTest.ADMIN_TOKEN);
        await().atMost(Duration.ofSeconds(30)).until(() -> !api.get("/api/v1/sources/" + sourceId).json()
                .get("lastAttemptAt").asString().equals(firstSuccess));
        assertThat(articleCount()).isEqualTo(3);
        assertThat(site.hits("/news/berlin")).isEqualTo(1);
        assertThat(site.hits("/feed.xml")).isEqualTo(2);
    }

    private String sourceJson() {
        return """
                {"name":"Local Wire","kind":"FEED","url":"%s","pollInterval":"PT30M","language":"en"}"""
                .formatted(site.url("/feed.xml"));
    }

    private long articleCount() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    private static String page(String title, String published, String body) {
        String meta = published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">";
        return """
                <!doctype html><html lang="en"><head><title>%1$s | Local Wire</title>
                <meta property="og:title" content="%1$s">%2$s</head>
                <body><nav><p>Home | World | Most read: Turkey prices soar</p></nav>
                <article><h1>%1$s</h1><p>%3$s</p></article></body></html>""".formatted(title, meta, body);
    }

    private static List<String> titles(JsonNode items) {
        List<String> titles = new ArrayList<>();
        items.forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> bucketCounts(JsonNode timeline) {
        List<String> values = new ArrayList<>();
        timeline.get("buckets").forEach(b -> values.add(b.get("start").asString() + "=" + b.get("count").asLong()));
        return values;
    }
}
