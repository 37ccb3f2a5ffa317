package org.peacewatch.fetching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Fetches one URL politely and safely, and records the attempt. Redirects are followed by hand so the SSRF guard
 * checks every hop; the size limit applies to the decompressed body, so a compression bomb stops at the limit.
 */
@Service
public class PageFetcher {

    private final FetchProperties properties;
    private final AddressGuard guard;
    private final HttpClient client;
    private final JdbcClient jdbc;
    private final Clock clock;

    PageFetcher(FetchProperties properties, JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.guard = new AddressGuard(properties.allowPrivateNetworks());
        this.jdbc = jdbc;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Returns null when the URL may be fetched, else why not (for validating user-supplied URLs up front). */
    public String refusal(URI uri) {
        return guard.refusal(uri);
    }

    /** Fetches the URL for a source (nullable) and records the attempt. */
    public FetchResult fetch(URI url, Long sourceId) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        FetchResult result = fetchFollowingRedirects(url, startNanos);
        record(sourceId, result, started);
        return result;
    }

    private FetchResult fetchFollowingRedirects(URI url, long startNanos) {
        URI current = url;
        for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
            String refusal = guard.refusal(current);
            if (refusal != null) {
                return failure(FetchStatus.BLOCKED_ADDRESS, url, current, 0, startNanos, refusal);
            }
            HttpRequest request = HttpRequest.newBuilder(current)
                    .timeout(properties.requestTimeout())
                    .header("User-Agent", properties.userAgent())
                    .header("Accept-Encoding", "gzip, deflate")
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
                    .GET()
                    .build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                return failure(FetchStatus.TIMEOUT, url, current, 0, startNanos, "timed out");
            } catch (IOException e) {
                return failure(FetchStatus.NETWORK_ERROR, url, current, 0, startNanos, describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failure(FetchStatus.NETWORK_ERROR, url, current, 0, startNanos, "interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                closeQuietly(response.body());
                current = current.resolve(response.headers().firstValue("Location").get().trim());
                continue;
            }
            if (status >= 400 || status < 200) {
                closeQuietly(response.body());
                return failure(FetchStatus.HTTP_ERROR, url, current, status, startNanos, "HTTP " + status);
            }
            return readBody(url, current, response, startNanos);
        }
        return failure(FetchStatus.TOO_MANY_REDIRECTS, url, current, 0, startNanos,
                "more than " + properties.maxRedirects() + " redirects");
    }

    private FetchResult readBody(URI requested, URI current, HttpResponse<InputStream> response, long startNanos) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        long limit = properties.maxBodySize().toBytes();
        try (InputStream in = decoded(response)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > limit) {
                    return failure(FetchStatus.TOO_LARGE, requested, current, response.statusCode(), startNanos,
                            "body exceeds " + properties.maxBodySize());
                }
                out.write(buffer, 0, n);
            }
            return new FetchResult(FetchStatus.FETCHED, requested, current, response.statusCode(), contentType,
                    charsetOf(contentType).orElse(null), out.toByteArray(), elapsed(startNanos), null);
        } catch (HttpTimeoutException e) {
            return failure(FetchStatus.TIMEOUT, requested, current, response.statusCode(), startNanos, "timed out reading body");
        } catch (IOException e) {
            return failure(FetchStatus.NETWORK_ERROR, requested, current, response.statusCode(), startNanos, describe(e));
        }
    }

    private static InputStream decoded(HttpResponse<InputStream> response) throws IOException {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT).trim();
        return switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(response.body());
            case "deflate" -> new InflaterInputStream(response.body());
            default -> response.body();
        };
    }

    static Optional<Charset> charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Optional.of(Charset.forName(p.substring(8).replace("\"", "").trim()));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private void record(Long sourceId, FetchResult result, Instant started) {
        jdbc.sql("""
                        insert into fetch_attempt (source_id, url, status, http_status, bytes, duration_ms, error, attempted_at)
                        values (:sourceId, :url, :status, :httpStatus, :bytes, :durationMs, :error, :attemptedAt)""")
                .param("sourceId", sourceId)
                .param("url", result.requestedUrl().toString())
                .param("status", result.status().name())
                .param("httpStatus", result.httpStatus() == 0 ? null : result.httpStatus())
                .param("bytes", (long) result.body().length)
                .param("durationMs", (int) result.duration().toMillis())
                .param("error", result.error())
                .param("attemptedAt", java.sql.Timestamp.from(started))
                .update();
    }

    private static FetchResult failure(FetchStatus status, URI requested, URI current, int httpStatus, long startNanos,
            String error) {
        return new FetchResult(status, requested, current, httpStatus, null, null, new byte[0], elapsed(startNanos), error);
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing to do: the connection is discarded either way.
        }
    }
}
