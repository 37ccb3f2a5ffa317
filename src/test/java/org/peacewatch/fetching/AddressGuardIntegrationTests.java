package org.peacewatch.fetching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.Api;
import org.peacewatch.support.LocalSite;
import org.peacewatch.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SSRF guard switched on (as in production). "localhost" is made to look public to the guard, so a
 * public-looking site that redirects to a private address can be served from this machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "peacewatch.security.admin-tokens=guard-token",
        "peacewatch.fetch.allow-private-networks=false",
        "peacewatch.fetch.per-host-interval=0s",
        "peacewatch.sources.defaults-enabled=false",
        "peacewatch.ingest.enabled=false"
})
@Import(AddressGuardIntegrationTests.PublicLookingLocalhost.class)
class AddressGuardIntegrationTests {

    @TestConfiguration
    static class PublicLookingLocalhost {

        @Bean
        HostResolver hostResolver() {
            return host -> host.equalsIgnoreCase("localhost")
                    ? new InetAddress[] {InetAddress.getByAddress("localhost", new byte[] {93, (byte) 184, (byte) 216, 34})}
                    : InetAddress.getAllByName(host);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    PageFetcher fetcher;

    @Autowired
    JdbcClient jdbc;

    LocalSite site;
    Api api;

    @BeforeEach
    void serve() throws IOException {
        jdbc.sql("truncate source, article, fetch_attempt, page_claim, fetched_page, ingestion_run restart identity cascade").update();
        site = new LocalSite();
        api = new Api(port);
        site.page("/secret", "text/html", "<p>internal admin page</p>");
        site.page("/ok", "text/html", "<p>public page</p>");
        site.page("/feed", "application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void refusesLoopbackAndMetadataAddressesWithoutConnecting() {
        FetchResult loopback = fetcher.fetch(URI.create(site.url("/secret")), null);
        FetchResult metadata = fetcher.fetch(URI.create("http://169.254.169.254/latest/meta-data/"), null);
        FetchResult file = fetcher.fetch(URI.create("file:///etc/passwd"), null);

        assertThat(loopback.status()).isEqualTo(FetchStatus.BLOCKED_ADDRESS);
        assertThat(metadata.status()).isEqualTo(FetchStatus.BLOCKED_ADDRESS);
        assertThat(file.status()).isEqualTo(FetchStatus.BLOCKED_ADDRESS);
        assertThat(site.hits("/secret")).isZero();
        assertThat(jdbc.sql("select count(*) from fetch_attempt where status = 'BLOCKED_ADDRESS'").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void refusesARedirectFromAPublicLookingHostToAPrivateAddress() {
        String publicLooking = "http://localhost:" + URI.create(site.url("/")).getPort();
        site.page("/go", new LocalSite.Page(302, "text/plain", new byte[0],
                java.util.Map.of("Location", site.url("/secret"))));

        FetchResult allowed = fetcher.fetch(URI.create(publicLooking + "/ok"), null);
        FetchResult redirected = fetcher.fetch(URI.create(publicLooking + "/go"), null);

        assertThat(allowed.status()).as("the public-looking host itself is fetched").isEqualTo(FetchStatus.FETCHED);
        assertThat(redirected.status()).isEqualTo(FetchStatus.BLOCKED_ADDRESS);
        assertThat(redirected.finalUrl().toString()).isEqualTo(site.url("/secret"));
        assertThat(site.hits("/go")).isEqualTo(1);
        assertThat(site.hits("/secret")).isZero();
    }

    @Test
    void rejectsASourceWhoseUrlIsRefusedWhenItIsCreated() {
        var loopback = api.post("/api/v1/sources", """
                {"name":"Inside","kind":"FEED","url":"%s"}""".formatted(site.url("/feed")), "guard-token");
        var metadata = api.post("/api/v1/sources", """
                {"name":"Metadata","kind":"FEED","url":"http://169.254.169.254/latest/meta-data/"}""", "guard-token");

        assertThat(loopback.status()).isEqualTo(400);
        assertThat(loopback.json().get("field").asString()).isEqualTo("url");
        assertThat(loopback.json().get("detail").asString()).contains("non-public address");
        assertThat(metadata.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from source").query(Long.class).single()).isZero();
    }
}
