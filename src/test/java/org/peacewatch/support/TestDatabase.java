package org.peacewatch.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL every integration test runs against: the one named by {@code TEST_DATABASE_URL} when it is
 * set (CI, machines without Docker), otherwise a throwaway {@code postgres:17-alpine} container started once per run.
 */
public final class TestDatabase {

    private static PostgreSQLContainer container;

    private TestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            registry.add("spring.datasource.url", () -> url.startsWith("jdbc:") ? url : "jdbc:" + url);
            registry.add("spring.datasource.username", () -> envOr("TEST_DATABASE_USER", "postgres"));
            registry.add("spring.datasource.password", () -> envOr("TEST_DATABASE_PASSWORD", ""));
            return;
        }
        PostgreSQLContainer db = container();
        registry.add("spring.datasource.url", db::getJdbcUrl);
        registry.add("spring.datasource.username", db::getUsername);
        registry.add("spring.datasource.password", db::getPassword);
    }

    private static synchronized PostgreSQLContainer container() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:17-alpine");
            container.start(); // Stopped by Testcontainers' Ryuk when the JVM exits.
        }
        return container;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
