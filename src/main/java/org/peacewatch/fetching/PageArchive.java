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

    /**
     * The row a kept body goes in; {@link PageFetcher} writes it in the statement that records the attempt, with the
     * attempt's {@code :sourceId} and {@code :url}.
     */
    static final String INSERT = """
            insert into fetched_page (source_id, url, final_url, content_type, charset, body_gzip, fetched_at)
            values (:sourceId, :url, :finalUrl, :contentType, :charset, :body, :fetchedAt)""";

    /** The compressed body to keep, or null when pages are not kept or this result has no page. */
    byte[] compressedIfKept(FetchResult result) {
        return properties.keepPages() && result.isFetched() ? gzip(result.body()) : null;
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
