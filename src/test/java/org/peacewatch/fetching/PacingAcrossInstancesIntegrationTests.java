package org.peacewatch.fetching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.PeaceWatchApplication;
import org.peacewatch.support.IntegrationTest;
import org.peacewatch.support.LocalSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two application instances on one database, two fetching threads each, fetch from one site with a 250 ms per-host
 * interval: the site sees its requests (robots.txt included) at least the interval apart. Pacing kept per instance
 * would let the site see about twice as many requests in any stretch of time (two interleaved trains, each paced on
 * its own): any two requests k apart would arrive about k x 125 ms apart, under the k x 250 - 500 ms asked for from
 * k = 5 on, so this fails without the shared pacing.
 */
class PacingAcrossInstancesIntegrationTests extends IntegrationTest {

    private static final Duration INTERVAL = Duration.ofMillis(250);
    /**
     * How late a request may reach the site after its slot on a loaded machine (thread wake-up, connection set-up):
     * observed up to ~50 ms at load average 8 on two cores, and 100-165 ms on a host slowed by its neighbours. Two
     * intervals leave room for worse while the whole train (26 requests, over 6 s) still tells shared pacing apart.
     */
    private static final Duration LATENESS = Duration.ofMillis(500);
    private static final int PAGES_PER_THREAD = 6;

    @Autowired
    Environment environment;

    LocalSite site;
    List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void startSiteAndTwoInstances() throws IOException {
        site = new LocalSite();
        for (int i = 0; i < 4 * PAGES_PER_THREAD; i++) {
            site.page("/news/" + i, "text/html", "<p>story " + i + "</p>");
        }
        for (int i = 0; i < 2; i++) {
            // Command-line arguments, so they win over application.yml as they would for a real instance.
            instances.add(new SpringApplicationBuilder(PeaceWatchApplication.class).run(
                    "--server.port=0",
                    "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                    "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                    "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                    "--peacewatch.fetch.allow-private-networks=true",
                    "--peacewatch.fetch.per-host-interval=" + INTERVAL.toMillis() + "ms",
                    "--peacewatch.sources.defaults-enabled=false",
                    "--peacewatch.ingest.enabled=false"));
        }
    }

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        site.close();
    }

    @Test
    void spacesRequestsToOneHostByTheIntervalAcrossInstances() throws Exception {
        // A first fetch through a cold JVM leaves its slot late by far more than a warm one; warm both up on a host
        // name of its own (pacing keys by name), and measure only what follows.
        for (ConfigurableApplicationContext instance : instances) {
            instance.getBean(PageFetcher.class).fetch(URI.create(site.url("/news/0").replace("127.0.0.1", "localhost")), null);
        }
        int warmUpRequests = site.arrivalNanos().size();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<FetchStatus>>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            PageFetcher fetcher = instances.get(w % 2).getBean(PageFetcher.class);
            int first = w * PAGES_PER_THREAD;
            workers.add(threads.submit(() -> {
                start.await();
                List<FetchStatus> statuses = new ArrayList<>();
                for (int i = first; i < first + PAGES_PER_THREAD; i++) {
                    statuses.add(fetcher.fetch(URI.create(site.url("/news/" + i)), null).status());
                }
                return statuses;
            }));
        }
        start.countDown();
        List<FetchStatus> statuses = new ArrayList<>();
        for (Future<List<FetchStatus>> worker : workers) {
            statuses.addAll(worker.get());
        }
        threads.shutdown();

        assertThat(statuses).hasSize(4 * PAGES_PER_THREAD).containsOnly(FetchStatus.FETCHED);
        for (int i = 0; i < 4 * PAGES_PER_THREAD; i++) {
            assertThat(site.hits("/news/" + i)).as("requests for page %d", i).isEqualTo(i == 0 ? 3 : 1);
        }
        // Each slot is exact in the database; a request may leave late (a busy machine wakes its thread late), but
        // lateness does not add up: request j is never sooner than (j - i) intervals after request i, less one delay.
        List<Long> all = site.arrivalNanos();
        List<Long> arrivals = all.subList(warmUpRequests, all.size()).stream().sorted().toList();
        assertThat(arrivals).as("the pages and robots.txt").hasSizeGreaterThanOrEqualTo(4 * PAGES_PER_THREAD + 2);
        for (int i = 0; i < arrivals.size(); i++) {
            for (int j = i + 1; j < arrivals.size(); j++) {
                assertThat(Duration.ofNanos(arrivals.get(j) - arrivals.get(i)))
                        .as("time from request %d to request %d the site received", i, j)
                        .isGreaterThanOrEqualTo(INTERVAL.multipliedBy(j - i).minus(LATENESS));
            }
        }
    }
}
