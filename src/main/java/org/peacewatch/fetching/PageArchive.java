package org.peacewatch.fetching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps fetched bodies gzip-compressed for a retention period, so extraction and tagging can be re-run on them
 * without fetching the pages again.
 */
@Component
class PageArchive {

    private final JdbcClient jdbc;
    private final FetchProperties properties;
    private final Clock clock;

    PageArchive(JdbcClient jdbc, FetchProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    void keep(Long sourceId, FetchResult result) {
        if (!properties.keepPages() || !result.isFetched()) {
            return;
        }
        jdbc.sql("""
                        insert into fetched_page (source_id, url, final_url, content_type, charset, body_gzip, fetched_at)
                        values (:sourceId, :url, :finalUrl, :contentType, :charset, :body, :fetchedAt)""")
                .param("sourceId", sourceId)
                .param("url", result.requestedUrl().toString())
                .param("finalUrl", result.finalUrl().toString())
                .param("contentType", result.contentType())
                .param("charset", result.charset() == null ? null : result.charset().name())
                .param("body", gzip(result.body()))
                .param("fetchedAt", Timestamp.from(clock.instant()))
                .update();
    }

    /** Deletes bodies past the retention period; hourly is often enough for a period counted in days. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    int sweep() {
        return jdbc.sql("delete from fetched_page where fetched_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(properties.pageRetention())))
                .update();
    }

    /**
     * Compresses at the fastest level: it costs a fraction of the default level's CPU on every kept page, for a
     * body some 10-20 % larger, kept only for the retention period.
     */
    static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (var gz = new FastGzip(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
