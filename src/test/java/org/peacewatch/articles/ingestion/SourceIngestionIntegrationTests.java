package org.peacewatch.articles.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.Api;
import org.peacewatch.support.IntegrationTest;
import org.peacewatch.support.LocalSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Each source kind and each listing failure, polled from a real local site, through to stored articles and runs. */
class SourceIngestionIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleIngestion ingestion;

    LocalSite site;
    Api api;

    @BeforeEach
    void serve() throws IOException {
        site = new LocalSite();
        api = new Api(port);
        for (String slug : List.of("talks", "ceasefire", "sanctions", "guarantees")) {
            site.page("/news/" + slug, "text/html; charset=utf-8", article("Story about " + slug,
                    "Negotiators discussed " + slug + " on the sidelines of the summit in Geneva."));
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void ingestsAnRss10Feed() {
        site.page("/rdf", "application/rdf+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="%1$s/"><title>Wire</title><link>%1$s/</link><description>d</description></channel>
                  <item rdf:about="%1$s/news/talks"><title>Talks</title><link>%1$s/news/talks</link>
                        <dc:date>2025-11-20T10:00:00Z</dc:date></item>
                </rdf:RDF>""".formatted(site.url("")));

        IngestionReport report = ingestion.ingest(source("RDF", "FEED", "/rdf"));

        assertThat(report.stored()).isEqualTo(1);
        assertThat(titles()).containsExactly("Story about talks");
    }

    @Test
    void ingestsAnAtomFeedUsingTheEntryDateWhenThePageHasNone() {
        site.page("/atom", "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id>
                  <updated>2025-11-21T12:00:00Z</updated>
                  <entry><title>Ceasefire</title><id>urn:1</id><link href="%1$s/news/ceasefire"/>
                         <published>2025-11-21T11:00:00Z</published><updated>2025-11-21T12:00:00Z</updated></entry>
                  <entry><title>Sanctions</title><id>urn:2</id><link href="%1$s/news/sanctions?utm_source=atom"/>
                         <updated>2025-11-21T13:00:00Z</updated></entry>
                </feed>""".formatted(site.url("")));

        IngestionReport report = ingestion.ingest(source("Atom", "FEED", "/atom"));

        assertThat(report.stored()).isEqualTo(2);
        assertThat(jdbc.sql("select published_at from article where url like '%ceasefire'").query(Instant.class).single())
                .isEqualTo(Instant.parse("2025-11-21T11:00:00Z"));
        assertThat(jdbc.sql("select url from article where url like '%sanctions%'").query(String.class).single())
                .isEqualTo(site.url("/news/sanctions"));
    }

    @Test
    void keepsTheBylineTheModificationTimeAndWhyTheTextIsPartial() {
        site.page("/news/draft", "text/html; charset=utf-8", """
                <!doctype html><html lang="en"><head><title>What the draft says</title>
                <meta name="author" content="By Jane Doe and John Roe">
                <meta property="article:modified_time" content="2025-11-21T09:30:00Z">
                <script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script></head>
                <body><article><h1>What the draft says</h1><p>The draft runs to twelve pages, officials said.</p>
                </article></body></html>""");
        site.page("/feed", "application/rss+xml", rss("/news/draft"));

        ingestion.ingest(source("Wire", "FEED", "/feed"));

        long id = jdbc.sql("select id from article where url like '%draft'").query(Long.class).single();
        JsonNode article = api.get("/api/v1/articles/" + id).json();
        assertThat(article.get("authors").toString()).isEqualTo("[\"Jane Doe\",\"John Roe\"]");
        assertThat(article.get("modifiedAt").asString()).isEqualTo("2025-11-21T09:30:00Z");
        assertThat(article.get("extractionNote").asString()).startsWith("paywalled");
    }

    @Test
    void doesNotStoreAPageWithoutArticleTextNorFetchItAgain() {
        site.page("/news/index", "text/html; charset=utf-8", """
                <!doctype html><html lang="en"><head><title>All news</title></head><body><nav><ul>
                <li><a href="/news/talks">Talks</a></li><li><a href="/news/ceasefire">Ceasefire</a></li></ul></nav>
                <footer><a href="/imprint">Imprint</a></footer></body></html>""");
        site.page("/feed", "application/rss+xml", rss("/news/talks", "/news/index"));
        long id = source("Wire", "FEED", "/feed");

        IngestionReport first = ingestion.ingest(id);
        IngestionReport second = ingestion.ingest(id);

        assertThat(first.stored()).isEqualTo(1);
        assertThat(first.noArticle()).isEqualTo(1);
        assertThat(first.fetched()).isEqualTo(2);
        assertThat(titles()).containsExactly("Story about talks");
        assertThat(site.hits("/news/index")).isEqualTo(1);
        assertThat(second.stored()).isZero();
        JsonNode runs = api.get("/api/v1/ingestion/runs?source=" + id).json().get("items");
        assertThat(runs.get(1).get("noArticle").asInt()).isEqualTo(1);
    }

    @Test
    void followsRobotsTxtToASitemapIndexAndANewsSitemap() {
        site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\nSitemap: " + site.url("/sitemap-index.xml") + "\n");
        site.page("/sitemap-index.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%1$s/news-sitemap.xml</loc><lastmod>2025-11-22T00:00:00Z</lastmod></sitemap>
                  <sitemap><loc>%1$s/pages-sitemap.xml</loc><lastmod>2025-01-01T00:00:00Z</lastmod></sitemap>
                </sitemapindex>""".formatted(site.url("")));
        site.page("/news-sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>%1$s/news/guarantees</loc>
                    <news:news><news:publication><news:name>Wire</news:name><news:language>en</news:language></news:publication>
                      <news:publication_date>2025-11-22T08:15:00Z</news:publication_date>
                      <news:title>Security guarantees on the table</news:title></news:news></url>
                </urlset>""".formatted(site.url("")));
        site.page("/pages-sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%1$s/news/talks</loc><lastmod>2025-11-19</lastmod></url>
                </urlset>""".formatted(site.url("")));

        IngestionReport report = ingestion.ingest(source("Sitemaps", "SITEMAP", "/"));

        assertThat(report.error()).isNull();
        assertThat(report.discovered()).isEqualTo(2);
        assertThat(report.stored()).isEqualTo(2);
        assertThat(jdbc.sql("select published_at from article where url like '%guarantees'").query(Instant.class).single())
                .as("the page has no date: the news sitemap's publication date is used")
                .isEqualTo(Instant.parse("2025-11-22T08:15:00Z"));
    }

    @Test
    void followsListingPagesUpToThePageLimit() {
        String pageTwo = """
                <html><body><ul class="list"><li><a href="%s">Sanctions</a></li></ul>
                <a class="next" href="/section?page=3">Older</a></body></html>""".formatted(site.url("/news/sanctions"));
        site.handler("/section", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String body = query == null ? """
                    <html><body><ul class="list"><li><a href="/news/talks">Talks</a></li>
                    <li><a href="/news/ceasefire">Ceasefire</a></li></ul>
                    <a href="/about">About us</a><a class="next" href="/section?page=2">Older</a></body></html>"""
                    : query.equals("page=2") ? pageTwo
                    : "<html><body><ul class=\"list\"><li><a href=\"/news/guarantees\">G</a></li></ul></body></html>";
            respond(exchange, 200, "text/html", body);
        });

        long id = createSource("""
                {"name":"Section","kind":"HTML_LIST","url":"%s","linkSelector":"ul.list a","nextPageSelector":"a.next",
                 "pageLimit":2,"language":"en"}""".formatted(site.url("/section")));
        IngestionReport report = ingestion.ingest(id);

        assertThat(report.stored()).isEqualTo(3);
        assertThat(titles()).containsExactlyInAnyOrder("Story about talks", "Story about ceasefire", "Story about sanctions");
        assertThat(site.hits("/section")).isEqualTo(2);
        assertThat(site.hits("/about")).isZero();
    }

    @Test
    void rejectsAnHtmlListWithoutALinkSelector() {
        var response = api.post("/api/v1/sources", """
                {"name":"Section","kind":"HTML_LIST","url":"%s"}""".formatted(site.url("/section")), ADMIN_TOKEN);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("linkSelector");
    }

    @Test
    void pollsAnUnchangedFeedConditionallyAndFetchesNothingTheSecondTime() {
        String feed = rss("/news/talks", "/news/ceasefire");
        site.handler("/feed", exchange -> {
            if ("\"abc\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"abc\"");
            respond(exchange, 200, "application/rss+xml", feed);
        });
        long id = source("Wire", "FEED", "/feed");

        IngestionReport first = ingestion.ingest(id);
        IngestionReport second = ingestion.ingest(id);

        assertThat(first.stored()).isEqualTo(2);
        assertThat(second.byStatus()).isEqualTo(Map.of("NOT_MODIFIED", 1));
        assertThat(second.error()).isNull();
        assertThat(site.hits("/news/talks")).isEqualTo(1);
        JsonNode view = api.get("/api/v1/sources/" + id).json();
        assertThat(view.get("consecutiveFailures").asInt()).isZero();
        assertThat(view.get("itemsLast24h").asLong()).isEqualTo(2);
        assertThat(view.get("silent").asBoolean()).isFalse();

        JsonNode runs = api.get("/api/v1/ingestion/runs?source=" + id).json().get("items");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1).get("stored").asInt()).isEqualTo(2);
        assertThat(runs.get(1).get("byStatus").get("FETCHED").asInt()).isEqualTo(3);
        assertThat(runs.get(0).get("byStatus").get("NOT_MODIFIED").asInt()).isEqualTo(1);
    }

    @Test
    void putsOffPagesWhoseHostIsBusyAndListsThemAgainOnTheNextPoll() {
        // The feed is on 127.0.0.1, its pages on "localhost" (the same server; pacing keys by host name). A crawl-delay
        // turns pacing on although these tests run with it off.
        site.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
        String feed = rss("/news/talks", "/news/ceasefire").replace("127.0.0.1", "localhost");
        site.handler("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            respond(exchange, 200, "application/rss+xml", feed);
        });
        long id = source("Wire", "FEED", "/feed");
        // Other instances hold the pages' host for the next hour.
        jdbc.sql("insert into host_pace (host, next_slot) values ('localhost', now() + interval '1 hour')").update();

        IngestionReport busy = ingestion.ingest(id);

        assertThat(busy.byStatus()).containsEntry("HOST_BUSY", 2);
        assertThat(busy.stored()).isZero();
        assertThat(site.hits("/news/talks") + site.hits("/news/ceasefire")).isZero();
        assertThat(api.get("/api/v1/sources/" + id).json().get("consecutiveFailures").asInt()).isZero();

        jdbc.sql("delete from host_pace where host = 'localhost'").update();
        IngestionReport next = ingestion.ingest(id);

        assertThat(next.stored()).as("the feed was read in full again, not answered 304").isEqualTo(2);
        assertThat(site.hits("/feed")).isEqualTo(2);
    }

    @Test
    void leavesASourceUnblamedWhenItsListingHostIsBusy() {
        site.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
        site.page("/feed", "application/rss+xml", rss("/news/talks"));
        long id = source("Wire", "FEED", "/feed");
        jdbc.sql("insert into host_pace (host, next_slot) values ('127.0.0.1', now() + interval '1 hour')").update();

        IngestionReport report = ingestion.ingest(id);

        assertThat(report.byStatus()).isEqualTo(Map.of("HOST_BUSY", 1));
        assertThat(site.hits("/feed")).isZero();
        JsonNode view = api.get("/api/v1/sources/" + id).json();
        assertThat(view.get("consecutiveFailures").asInt()).isZero();
        assertThat(view.get("lastError").isNull()).isTrue();
    }

    @Test
    void recordsMalformedXmlAsAParseErrorAndCarriesOn() {
        site.page("/broken", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>oops</channel>");
        long id = source("Broken", "FEED", "/broken");

        IngestionReport report = ingestion.ingest(id);

        assertThat(report.error()).startsWith("PARSE_ERROR");
        assertThat(jdbc.sql("select status from fetch_attempt where url = :url").param("url", site.url("/broken"))
                .query(String.class).single()).isEqualTo("PARSE_ERROR");
        JsonNode view = api.get("/api/v1/sources/" + id).json();
        assertThat(view.get("consecutiveFailures").asInt()).isEqualTo(1);
        assertThat(view.get("lastError").asString()).startsWith("PARSE_ERROR");
    }

    @Test
    void waitsAtLeastRetryAfterWhenTheFeedIsThrottled() {
        site.page("/throttled", new LocalSite.Page(429, "text/plain", new byte[0], Map.of("Retry-After", "7200")));
        long id = source("Busy", "FEED", "/throttled");

        Instant before = Instant.now();
        ingestion.ingest(id);

        Instant next = Instant.parse(api.get("/api/v1/sources/" + id).json().get("nextFetchAt").asString());
        assertThat(next).isAfter(before.plus(Duration.ofMinutes(119)));
        assertThat(api.get("/api/v1/sources/" + id).json().get("lastError").asString()).startsWith("THROTTLED");
    }

    @Test
    void pausesASourceAfterRepeatedFailuresUntilAnAdminResumesIt() {
        site.page("/down", new LocalSite.Page(500, "text/plain", new byte[0], Map.of()));
        long id = source("Down", "FEED", "/down");

        for (int i = 0; i < 10; i++) {
            ingestion.ingest(id);
        }

        JsonNode paused = api.get("/api/v1/sources/" + id).json();
        assertThat(paused.get("paused").asBoolean()).isTrue();
        assertThat(paused.get("pauseReason").asString()).contains("10 consecutive failures").contains("HTTP 500");
        assertThat(api.post("/api/v1/sources/" + id + "/resume", "", null).status()).isEqualTo(401);
        JsonNode resumed = api.post("/api/v1/sources/" + id + "/resume", "", ADMIN_TOKEN).json();
        assertThat(resumed.get("paused").asBoolean()).isFalse();
        assertThat(resumed.get("consecutiveFailures").asInt()).isZero();
    }

    @Test
    void storesTheSameStoryReachedThroughTwoFeedsAndTwoUrlsOnceWithBothSources() {
        site.page("/mirror/talks", "text/html; charset=utf-8", article("Story about talks",
                "Negotiators discussed talks on the sidelines of the summit in Geneva."));
        site.page("/feed-a", "application/rss+xml", rss("/news/talks?utm_campaign=x", "/news/ceasefire"));
        site.page("/feed-b", "application/rss+xml", rss("/mirror/talks", "/news/ceasefire#comments"));
        long a = source("A", "FEED", "/feed-a");
        long b = source("B", "FEED", "/feed-b");

        ingestion.ingest(a);
        IngestionReport second = ingestion.ingest(b);

        assertThat(titles()).containsExactlyInAnyOrder("Story about talks", "Story about ceasefire");
        assertThat(second.stored()).isZero();
        assertThat(second.duplicates()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from article_source").query(Long.class).single()).isEqualTo(4);
        assertThat(site.hits("/news/ceasefire")).isEqualTo(1);
    }

    @Test
    void editsAndDeletesASourceAsAdmin() {
        long id = source("Wire", "FEED", "/feed");

        var patched = api.send("PATCH", "/api/v1/sources/" + id, """
                {"name":"Renamed","enabled":false,"pollInterval":"PT1H"}""", ADMIN_TOKEN);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("name").asString()).isEqualTo("Renamed");
        assertThat(patched.json().get("enabled").asBoolean()).isFalse();
        assertThat(patched.json().get("pollInterval").asString()).isEqualTo("PT1H");
        assertThat(api.send("PATCH", "/api/v1/sources/" + id, "{\"pollInterval\":\"PT1S\"}", ADMIN_TOKEN).status())
                .isEqualTo(400);
        assertThat(api.send("DELETE", "/api/v1/sources/" + id, null, null).status()).isEqualTo(401);
        assertThat(api.send("DELETE", "/api/v1/sources/" + id, null, ADMIN_TOKEN).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/sources/" + id).status()).isEqualTo(404);
    }

    private long source(String name, String kind, String path) {
        return createSource("""
                {"name":"%s","kind":"%s","url":"%s","language":"en"}""".formatted(name, kind, site.url(path)));
    }

    private long createSource(String json) {
        var created = api.post("/api/v1/sources", json, ADMIN_TOKEN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private List<String> titles() {
        return jdbc.sql("select title from article order by id").query(String.class).list();
    }

    private String rss(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>").append(path).append("</title><link>").append(site.url(path).replace("&", "&amp;"))
                    .append("</link></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>" + site.url("/")
                + "</link><description>d</description>" + items + "</channel></rss>";
    }

    private static String article(String title, String text) {
        return """
                <!doctype html><html lang="en"><head><title>%1$s</title></head>
                <body><article><h1>%1$s</h1><p>%2$s</p></article></body></html>""".formatted(title, text);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
