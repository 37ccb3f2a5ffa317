package org.peacewatch.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests that need the whole application on a real port and real PostgreSQL (with the real Flyway
 * migrations). The scheduler, per-host pacing and the default sources are off so each test controls what is ingested; each test
 * starts from empty source and article tables (the taxonomy stays).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "peacewatch.security.admin-tokens=" + IntegrationTest.ADMIN_TOKEN,
        "peacewatch.fetch.allow-private-networks=true",
        "peacewatch.fetch.per-host-interval=0s",
        "peacewatch.fetch.total-timeout=5s",
        "peacewatch.sources.defaults-enabled=false",
        "peacewatch.ingest.enabled=false"
})
public abstract class IntegrationTest {

    public static final String ADMIN_TOKEN = "test-admin-token";

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void emptyArticlesAndSources() {
        jdbc.sql("truncate source, article, fetch_attempt, page_claim, fetched_page, ingestion_run, host_pace restart identity cascade").update();
    }
}
