package org.peacewatch.fetching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.IntegrationTest;
import org.peacewatch.support.LocalSite;
import org.springframework.beans.factory.annotation.Autowired;

/** The fetcher against a real local server misbehaving in the ways the real web does; each ends in its status. */
class PageFetcherIntegrationTests extends IntegrationTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    @Autowired
    PageFetcher fetcher;

    @Autowired
    PageArchive archive;

    LocalSite site;

    @BeforeEach
    void serve() throws IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void refusesPathsRobotsTxtDisallowsWithoutRequestingThem() {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/private/page", "text/html", "<p>secret</p>");
        site.page("/public/page", "text/html", "<p>open</p>");

        FetchResult denied = fetcher.fetch(URI.create(site.url("/private/page")), null);
        FetchResult allowed = fetcher.fetch(URI.create(site.url("/public/page")), null);

        assertThat(denied.status()).isEqualTo(FetchStatus.ROBOTS_DENIED);
        assertThat(allowed.status()).isEqualTo(FetchStatus.FETCHED);
        assertThat(site.hits("/private/page")).isZero();
        assertThat(site.hits("/robots.txt")).as("robots.txt is cached per host").isEqualTo(1);
        assertThat(recordedStatus(denied)).isEqualTo("ROBOTS_DENIED");
    }

    @Test
    void reportsThrottlingWithTheServersRetryAfter() {
        site.page("/busy", new LocalSite.Page(429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8),
                Map.of("Retry-After", "120")));

        FetchResult result = fetcher.fetch(URI.create(site.url("/busy")), null);

        assertThat(result.status()).isEqualTo(FetchStatus.THROTTLED);
        assertThat(result.httpStatus()).isEqualTo(429);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void stopsARedirectLoopAfterTheRedirectLimit() {
        site.handler("/loop", exchange -> redirect(exchange, "/loop"));

        FetchResult result = fetcher.fetch(URI.create(site.url("/loop")), null);

        assertThat(result.status()).isEqualTo(FetchStatus.TOO_MANY_REDIRECTS);
        assertThat(site.hits("/loop")).isEqualTo(6); // the first request and five redirects
    }

    @Test
    void refusesABodyOverTheLimitWhetherDeclaredOrStreamed() {
        byte[] big = new byte[6 * 1024 * 1024];
        site.page("/declared", new LocalSite.Page(200, "text/html", big, Map.of()));
        site.handler("/streamed", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(big);
            } catch (IOException clientHungUp) {
                // Expected: the fetcher stops reading at the limit.
            }
        });

        assertThat(fetcher.fetch(URI.create(site.url("/declared")), null).status()).isEqualTo(FetchStatus.TOO_LARGE);
        FetchResult streamed = fetcher.fetch(URI.create(site.url("/streamed")), null);
        assertThat(streamed.status()).isEqualTo(FetchStatus.TOO_LARGE);
        assertThat(streamed.body()).isEmpty();
    }

    @Test
    void stopsADecompressionBombAtTheLimit() throws IOException {
        var compressed = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(compressed)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                gzip.write(zeros); // 64 MiB of zeros in well under 1 MiB on the wire
            }
        }
        assertThat(compressed.size()).isLessThan(1024 * 1024);
        site.page("/bomb", new LocalSite.Page(200, "text/html", compressed.toByteArray(), Map.of("Content-Encoding", "gzip")));

        FetchResult result = fetcher.fetch(URI.create(site.url("/bomb")), null);

        assertThat(result.status()).isEqualTo(FetchStatus.TOO_LARGE);
        assertThat(result.error()).contains("decompressed");
    }

    @Test
    void readsGzipBodies() throws IOException {
        var compressed = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write("<p>compressed news</p>".getBytes(StandardCharsets.UTF_8));
        }
        site.page("/gz", new LocalSite.Page(200, "text/html", compressed.toByteArray(), Map.of("Content-Encoding", "gzip")));

        assertThat(fetcher.fetch(URI.create(site.url("/gz")), null).text()).isEqualTo("<p>compressed news</p>");
    }

    @Test
    void endsABodyThatTricklesPastTheTotalTimeoutAsTimeout() {
        site.handler("/trickle", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 60; i++) { // one byte every half second: each read is quick, the whole is not
                    out.write('x');
                    out.flush();
                    Thread.sleep(500);
                }
            } catch (IOException | InterruptedException clientGaveUp) {
                // Expected once the fetcher gives up.
            }
        });

        long started = System.nanoTime();
        FetchResult result = fetcher.fetch(URI.create(site.url("/trickle")), null);

        assertThat(result.status()).isEqualTo(FetchStatus.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(recordedStatus(result)).isEqualTo("TIMEOUT");
    }

    @Test
    void decodesAWindows1251PageFromItsMetaTagOrHeader() {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Переговоры</title></head>"
                + "<body><p>Мирные переговоры в Стамбуле</p></body></html>";
        site.page("/meta", new LocalSite.Page(200, "text/html", html.getBytes(WINDOWS_1251), Map.of()));
        String plain = "<html><body><p>Мирные переговоры в Стамбуле</p></body></html>";
        site.page("/header", new LocalSite.Page(200, "text/html; charset=windows-1251", plain.getBytes(WINDOWS_1251), Map.of()));

        assertThat(fetcher.fetch(URI.create(site.url("/meta")), null).text()).contains("Мирные переговоры в Стамбуле");
        assertThat(fetcher.fetch(URI.create(site.url("/header")), null).text()).contains("Мирные переговоры в Стамбуле");
    }

    @Test
    void answersNotModifiedToAConditionalGetWithTheSameEtag() {
        site.handler("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] body = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });

        FetchResult first = fetcher.fetch(URI.create(site.url("/feed")), null);
        FetchResult second = fetcher.fetch(new FetchRequest(URI.create(site.url("/feed")), null, first.etag(), null));

        assertThat(first.status()).isEqualTo(FetchStatus.FETCHED);
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(second.status()).isEqualTo(FetchStatus.NOT_MODIFIED);
    }

    @Test
    void refusesContentTypesItDoesNotRead() {
        site.page("/image", new LocalSite.Page(200, "image/png", new byte[] {1, 2, 3}, Map.of()));

        assertThat(fetcher.fetch(URI.create(site.url("/image")), null).status()).isEqualTo(FetchStatus.UNSUPPORTED_TYPE);
    }

    @Test
    void keepsFetchedBodiesCompressed() {
        site.page("/kept", "text/html", "<p>" + "peace talks ".repeat(500) + "</p>");

        fetcher.fetch(URI.create(site.url("/kept")), null);

        long stored = jdbc.sql("select octet_length(body_gzip) from fetched_page where url = :url")
                .param("url", site.url("/kept")).query(Long.class).single();
        assertThat(stored).isPositive().isLessThan(1000);
    }

    @Test
    void respectsTheCrawlDelayOfRobotsTxtEvenWithPacingOff() {
        site.page("/robots.txt", "text/plain", "User-agent: peacewatch\nCrawl-delay: 1\nAllow: /\n");
        site.page("/a", "text/html", "<p>a</p>");
        site.page("/b", "text/html", "<p>b</p>");

        long started = System.nanoTime();
        fetcher.fetch(URI.create(site.url("/a")), null);
        fetcher.fetch(URI.create(site.url("/b")), null);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void endsAsHostBusyWithoutARequestWhenTheHostsTurnIsBeyondTheLongestWait() {
        site.page("/robots.txt", "text/plain", "User-agent: peacewatch\nCrawl-delay: 1\nAllow: /\n");
        site.page("/queued", "text/html", "<p>queued</p>");
        // Other instances have taken this host's slots for the next hour.
        jdbc.sql("insert into host_pace (host, next_slot) values ('127.0.0.1', now() + interval '1 hour')").update();

        FetchResult result = fetcher.fetch(URI.create(site.url("/queued")), null);

        assertThat(result.status()).isEqualTo(FetchStatus.HOST_BUSY);
        assertThat(recordedStatus(result)).isEqualTo("HOST_BUSY");
        assertThat(site.hits("/queued")).isZero();
        assertThat(jdbc.sql("select next_slot > now() + interval '59 minutes' from host_pace where host = '127.0.0.1'")
                .query(Boolean.class).single()).as("the queue is left as it was").isTrue();
    }

    @Test
    void deletesKeptBodiesPastTheirRetention() {
        site.page("/old", "text/html", "<p>old</p>");
        site.page("/new", "text/html", "<p>new</p>");
        fetcher.fetch(URI.create(site.url("/old")), null);
        fetcher.fetch(URI.create(site.url("/new")), null);
        jdbc.sql("update fetched_page set fetched_at = now() - interval '31 days' where url = :url")
                .param("url", site.url("/old")).update();

        archive.sweep();

        assertThat(jdbc.sql("select url from fetched_page").query(String.class).list()).containsExactly(site.url("/new"));
    }

    private String recordedStatus(FetchResult result) {
        return jdbc.sql("select status from fetch_attempt where id = :id").param("id", result.attemptId())
                .query(String.class).single();
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }
}
