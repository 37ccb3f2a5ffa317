package org.peacewatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.Api;
import org.peacewatch.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input answers problem+json naming what was wrong, never a 500. */
class ApiErrorsIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void rejectsMalformedTimelineParameters() {
        assertBadParameter(api.get("/api/v1/timeline?from=yesterday"), "from");
        assertBadParameter(api.get("/api/v1/timeline?from=2025-11-10&to=2025-11-01"), "from");
        assertBadParameter(api.get("/api/v1/timeline?interval=fortnight"), "interval");
        assertBadParameter(api.get("/api/v1/timeline?from=2000-01-01&to=2025-01-01"), "from");
        assertBadParameter(api.get("/api/v1/timeline?source=abc"), "source");
    }

    @Test
    void rejectsBadArticleListParameters() {
        assertBadParameter(api.get("/api/v1/articles?limit=0"), "limit");
        assertBadParameter(api.get("/api/v1/articles?limit=501"), "limit");
        assertBadParameter(api.get("/api/v1/articles?cursor=not-a-cursor"), "cursor");
    }

    @Test
    void answersNotFoundForMissingIds() {
        var source = api.get("/api/v1/sources/999");
        assertThat(source.status()).isEqualTo(404);
        assertThat(source.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/articles/999").status()).isEqualTo(404);
    }

    @Test
    void rejectsInvalidSourcesNamingTheField() {
        var noKind = api.post("/api/v1/sources", "{\"name\":\"x\",\"url\":\"https://example.com/rss\"}", ADMIN_TOKEN);
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.body()).contains("kind");
        var ftp = api.post("/api/v1/sources", "{\"name\":\"x\",\"kind\":\"FEED\",\"url\":\"ftp://example.com/rss\"}", ADMIN_TOKEN);
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(ftp.json().get("field").asString()).isEqualTo("url");
        var malformed = api.post("/api/v1/sources", "{not json", ADMIN_TOKEN);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesADuplicateSourceWithConflict() {
        String body = "{\"name\":\"x\",\"kind\":\"FEED\",\"url\":\"https://example.com/rss\"}";
        assertThat(api.post("/api/v1/sources", body, ADMIN_TOKEN).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/sources", body, ADMIN_TOKEN).status()).isEqualTo(409);
    }

    @Test
    void refusesWritesWithAWrongToken() {
        var response = api.post("/api/v1/sources", "{}", "wrong-token");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void assertBadParameter(Api.Response response, String parameter) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("parameter").asString()).isEqualTo(parameter);
    }
}
