package org.peacewatch.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.Api;
import org.peacewatch.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The operator's view of a source: items of the last day, and whether a usually busy source has gone quiet. */
class SourceHealthIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    Api api;
    long sourceId;

    @BeforeEach
    void createSource() {
        api = new Api(port);
        // Nothing is fetched here: the source only needs to exist, so its URL may point anywhere.
        var created = api.post("/api/v1/sources", """
                {"name":"Busy wire","kind":"FEED","url":"http://127.0.0.1:9/feed.xml","language":"en"}""",
                ADMIN_TOKEN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        sourceId = created.json().get("id").asLong();
    }

    @Test
    void reportsSilentWhenBusySourcePublishedNothingForADay() {
        Instant now = Instant.now();
        for (int daysAgo = 2; daysAgo <= 6; daysAgo++) {
            polled(now.minus(Duration.ofDays(daysAgo)), 12);
        }
        polled(now.minus(Duration.ofHours(2)), 0);

        JsonNode view = api.get("/api/v1/sources/" + sourceId).json();

        assertThat(view.get("itemsLast24h").asLong()).isZero();
        assertThat(view.get("silent").asBoolean()).isTrue();
    }

    @Test
    void quietSourceThatRarelyPublishesIsNotSilent() {
        Instant now = Instant.now();
        polled(now.minus(Duration.ofDays(3)), 2);
        polled(now.minus(Duration.ofHours(2)), 0);

        JsonNode view = api.get("/api/v1/sources/" + sourceId).json();

        assertThat(view.get("itemsLast24h").asLong()).isZero();
        assertThat(view.get("silent").asBoolean()).isFalse();
    }

    @Test
    void busySourceWithItemsTodayIsNotSilent() {
        Instant now = Instant.now();
        for (int daysAgo = 2; daysAgo <= 6; daysAgo++) {
            polled(now.minus(Duration.ofDays(daysAgo)), 12);
        }
        polled(now.minus(Duration.ofHours(2)), 5);

        JsonNode view = api.get("/api/v1/sources/" + sourceId).json();

        assertThat(view.get("itemsLast24h").asLong()).isEqualTo(5);
        assertThat(view.get("silent").asBoolean()).isFalse();
    }

    private void polled(Instant at, int items) {
        jdbc.sql("insert into source_yield (source_id, polled_at, items) values (:id, :at, :items)")
                .param("id", sourceId).param("at", Timestamp.from(at)).param("items", items)
                .update();
    }
}
