package org.peacewatch.articles.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.PeaceWatchApplication;
import org.peacewatch.sources.SourceCatalog;
import org.peacewatch.support.Api;
import org.peacewatch.support.IntegrationTest;
import org.peacewatch.support.LocalSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two application instances on one database poll overlapping sources of one site at the same time: every page is
 * fetched once (counted by the server) and stored once.
 */
class TwoInstancesIntegrationTests extends IntegrationTest {

    private static final int PAGES = 40;

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    ArticleIngestion ingestion;

    @Autowired
    SourceCatalog sources;

    LocalSite site;
    ConfigurableApplicationContext second;

    @BeforeEach
    void startSiteAndSecondInstance() throws IOException {
        site = new LocalSite();
        for (int i = 0; i < PAGES; i++) {
            site.page("/news/" + i, "text/html; charset=utf-8", """
                    <html lang="en"><head><title>Story %1$d</title></head>
                    <body><article><h1>Story %1$d</h1><p>Round %1$d of the talks ended without agreement.</p></article></body></html>"""
                    .formatted(i));
        }
        StringBuilder urlset = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < PAGES; i++) {
            urlset.append("<url><loc>").append(site.url("/news/" + i)).append("</loc></url>");
            items.append("<item><title>Story ").append(i).append("</title><link>").append(site.url("/news/" + i))
                    .append("?utm_source=rss</link></item>");
        }
        site.page("/sitemap.xml", "application/xml", urlset.append("</urlset>").toString());
        site.page("/feed", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title>"
                + "<link>" + site.url("/") + "</link><description>d</description>" + items + "</channel></rss>");
        site.page("/feed-copy", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title>"
                + "<link>" + site.url("/") + "</link><description>d</description>" + items + "</channel></rss>");

        // Command-line arguments, so they win over application.yml as they would for a real second instance.
        second = new SpringApplicationBuilder(PeaceWatchApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--peacewatch.fetch.allow-private-networks=true",
                "--peacewatch.fetch.per-host-interval=0s",
                "--peacewatch.sources.defaults-enabled=false",
                "--peacewatch.ingest.enabled=false");
    }

    @AfterEach
    void stop() {
        if (second != null) {
            second.close();
        }
        site.close();
    }

    @Test
    void twoInstancesFetchEveryPageOnceAndStoreItOnce() throws Exception {
        Api api = new Api(port);
        for (String path : List.of("/sitemap.xml", "/feed", "/feed-copy")) {
            String kind = path.equals("/sitemap.xml") ? "SITEMAP" : "FEED";
            assertThat(api.post("/api/v1/sources", """
                    {"name":"%s","kind":"%s","url":"%s"}""".formatted(path, kind, site.url(path)), ADMIN_TOKEN).status())
                    .isEqualTo(201);
        }
        ArticleIngestion otherIngestion = second.getBean(ArticleIngestion.class);
        SourceCatalog otherSources = second.getBean(SourceCatalog.class);

        // Two workers per instance, each claiming due sources one at a time until none is left.
        ExecutorService workers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> polls = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            boolean first = w % 2 == 0;
            polls.add(workers.submit(() -> drain(first ? sources : otherSources, first ? ingestion : otherIngestion)));
        }
        int polled = 0;
        for (Future<Integer> poll : polls) {
            polled += poll.get();
        }
        workers.shutdown();

        assertThat(polled).as("each source polled by exactly one worker").isEqualTo(3);
        assertThat(IntStream.range(0, PAGES).map(i -> site.hits("/news/" + i)).boxed().toList())
                .as("server-side request count per page").containsOnly(1);
        assertThat(site.hits("/sitemap.xml")).isEqualTo(1);
        assertThat(site.hits("/feed")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(PAGES);
        assertThat(jdbc.sql("select count(distinct canonical_url) from article").query(Long.class).single()).isEqualTo(PAGES);
    }

    private static int drain(SourceCatalog catalog, ArticleIngestion ingestion) {
        int polled = 0;
        List<Long> claimed;
        while (!(claimed = catalog.claimDue(1, Duration.ofMinutes(10))).isEmpty()) {
            claimed.forEach(ingestion::ingest);
            polled += claimed.size();
        }
        return polled;
    }
}
