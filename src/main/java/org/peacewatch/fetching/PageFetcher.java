package org.peacewatch.fetching;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import crawlercommons.robots.BaseRobotRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Fetches one URL politely and safely, and records the attempt. Politeness: robots.txt (cached per host, with its
 * crawl-delay up to a cap), per-host pacing, conditional GET. Safety: redirects are followed by hand so the SSRF
 * guard checks every hop; the size limit applies to the raw and the decompressed body, so a compression bomb stops
 * at the limit; one deadline covers the whole fetch, so a trickling body ends as TIMEOUT.
 */
@Service
public class PageFetcher {

    private final FetchProperties properties;
    private final AddressGuard guard;
    private final HttpClient client;
    private final JdbcClient jdbc;
    private final PageArchive archive;
    private final RobotsCache robots;
    private final HostPacer pacer;
    private final Clock clock;

    PageFetcher(FetchProperties properties, JdbcClient jdbc, PageArchive archive, HostPacer pacer,
            ObjectProvider<HostResolver> resolver, Clock clock) {
        this.properties = properties;
        this.pacer = pacer;
        this.guard = new AddressGuard(properties.allowPrivateNetworks(), resolver.getIfAvailable(HostResolver::system));
        this.jdbc = jdbc;
        this.archive = archive;
        this.clock = clock;
        this.robots = new RobotsCache(properties.userAgent(), properties.robotsCacheTtl());
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
        return fetch(FetchRequest.of(url, sourceId));
    }

    /** Fetches, conditionally when the request carries validators, and records the attempt. */
    public FetchResult fetch(FetchRequest request) {
        Instant started = clock.instant();
        long deadline = System.nanoTime() + properties.totalTimeout().toNanos();
        FetchResult result;
        try {
            result = fetchFollowingRedirects(request, deadline, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = failure(FetchStatus.NETWORK_ERROR, request.url(), request.url(), 0, deadline, "interrupted", null);
        }
        return result.withAttemptId(recordKeepingBody(request.sourceId(), result, started));
    }

    /** The Sitemap: lines of the URL's robots.txt (read through the robots cache). */
    public List<String> sitemapsFromRobots(URI url) {
        return robots.sitemaps(url, this::fetchRobots);
    }

    /** Re-labels a recorded attempt whose body could not be parsed, so operators see PARSE_ERROR, not FETCHED. */
    public void recordParseError(FetchResult result, String error) {
        jdbc.sql("update fetch_attempt set status = 'PARSE_ERROR', error = :error where id = :id")
                .param("error", truncate(error))
                .param("id", result.attemptId())
                .update();
    }

    private FetchResult fetchRobots(URI robotsUrl) {
        Instant started = clock.instant();
        long deadline = System.nanoTime() + properties.totalTimeout().toNanos();
        FetchResult result;
        try {
            result = fetchFollowingRedirects(FetchRequest.of(robotsUrl, null), deadline, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = failure(FetchStatus.NETWORK_ERROR, robotsUrl, robotsUrl, 0, deadline, "interrupted", null);
        }
        return result.withAttemptId(record(null, result, started));
    }

    private FetchResult fetchFollowingRedirects(FetchRequest request, long deadline, boolean checkRobots)
            throws InterruptedException {
        URI url = request.url();
        URI current = url;
        for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
            String refusal = guard.refusal(current);
            if (refusal != null) {
                return failure(FetchStatus.BLOCKED_ADDRESS, url, current, 0, deadline, refusal, null);
            }
            Duration pace = properties.perHostInterval();
            if (checkRobots && properties.respectRobots()) {
                BaseRobotRules rules = robots.rulesFor(current, this::fetchRobots);
                if (!rules.isAllowed(current.toString())) {
                    return failure(FetchStatus.ROBOTS_DENIED, url, current, 0, deadline, "disallowed by robots.txt", null);
                }
                pace = withCrawlDelay(pace, rules);
            }
            // The wait for the host's turn counts against the fetch's own deadline, so it is capped by both.
            Duration maxWait = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (properties.maxPaceWait().compareTo(maxWait) < 0) {
                maxWait = properties.maxPaceWait();
            }
            if (!pacer.await(current.getHost(), pace, maxWait)) {
                return failure(FetchStatus.HOST_BUSY, url, current, 0, deadline,
                        "host busy: its next free request slot is more than " + maxWait.toMillis() + " ms away", null);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return failure(FetchStatus.TIMEOUT, url, current, 0, deadline, "no time left for the request", null);
            }
            HttpRequest httpRequest = build(request, current, hop == 0, remaining);
            CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(httpRequest, this::bodyHandler);
            HttpResponse<byte[]> response;
            try {
                response = pending.get(remaining, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                pending.cancel(true);
                return failure(FetchStatus.TIMEOUT, url, current, 0, deadline,
                        "took longer than " + properties.totalTimeout(), null);
            } catch (ExecutionException e) {
                return failureFor(e.getCause(), url, current, deadline);
            }
            int status = response.statusCode();
            HttpHeaders headers = response.headers();
            if (status >= 300 && status < 400 && status != 304 && headers.firstValue("Location").isPresent()) {
                try {
                    current = current.resolve(headers.firstValue("Location").get().trim());
                } catch (IllegalArgumentException e) {
                    return failure(FetchStatus.HTTP_ERROR, url, current, status, deadline, "invalid redirect location", null);
                }
                continue;
            }
            return complete(url, current, response, deadline);
        }
        return failure(FetchStatus.TOO_MANY_REDIRECTS, url, current, 0, deadline,
                "more than " + properties.maxRedirects() + " redirects", null);
    }

    private HttpRequest build(FetchRequest request, URI current, boolean firstHop, long remainingNanos) {
        Duration timeout = properties.readTimeout().compareTo(Duration.ofNanos(remainingNanos)) < 0
                ? properties.readTimeout() : Duration.ofNanos(remainingNanos);
        HttpRequest.Builder builder = HttpRequest.newBuilder(current)
                .timeout(timeout)
                .header("User-Agent", properties.userAgent())
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
                .GET();
        // Validators belong to the URL they came from; a redirect target gets an unconditional GET.
        if (firstHop && request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (firstHop && request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        return builder.build();
    }

    /** Reads the body only of a 2xx response of an accepted type and declared size; everything else is discarded. */
    private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
        boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (!success || !accepted(info.headers().firstValue("Content-Type").orElse(""))
                || declared > properties.maxBodySize().toBytes()) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        return new LimitedBody(properties.maxBodySize().toBytes());
    }

    private FetchResult complete(URI url, URI current, HttpResponse<byte[]> response, long deadline) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        String contentType = headers.firstValue("Content-Type").orElse("");
        String etag = headers.firstValue("ETag").orElse(null);
        String lastModified = headers.firstValue("Last-Modified").orElse(null);
        if (status == 304) {
            return new FetchResult(FetchStatus.NOT_MODIFIED, url, current, status, contentType, null, new byte[0],
                    elapsed(deadline), null, etag, lastModified, null, 0);
        }
        if (status == 429 || status == 503 && headers.firstValue("Retry-After").isPresent()) {
            Duration retryAfter = retryAfter(headers.firstValue("Retry-After").orElse(null));
            return failure(FetchStatus.THROTTLED, url, current, status, deadline,
                    "HTTP " + status + (retryAfter == null ? "" : ", retry after " + retryAfter), retryAfter);
        }
        if (status < 200 || status >= 300) {
            return failure(FetchStatus.HTTP_ERROR, url, current, status, deadline, "HTTP " + status, null);
        }
        if (!accepted(contentType)) {
            return failure(FetchStatus.UNSUPPORTED_TYPE, url, current, status, deadline,
                    "content type '" + contentType + "' is not accepted", null);
        }
        if (response.body() == null) {
            return failure(FetchStatus.TOO_LARGE, url, current, status, deadline,
                    "declared length exceeds " + properties.maxBodySize(), null);
        }
        byte[] body;
        try {
            body = decompress(response.body(), headers.firstValue("Content-Encoding").orElse(""));
        } catch (LimitedBody.TooLarge e) {
            return failure(FetchStatus.TOO_LARGE, url, current, status, deadline,
                    "decompressed body exceeds " + properties.maxBodySize(), null);
        } catch (IOException e) {
            return failure(FetchStatus.NETWORK_ERROR, url, current, status, deadline, "bad compressed body: " + describe(e), null);
        }
        return new FetchResult(FetchStatus.FETCHED, url, current, status, contentType,
                CharsetDetector.detect(body, contentType), body, elapsed(deadline), null, etag, lastModified, null, 0);
    }

    private byte[] decompress(byte[] raw, String contentEncoding) throws IOException {
        String encoding = contentEncoding.toLowerCase(Locale.ROOT).trim();
        InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(raw));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(raw));
            default -> null;
        };
        if (in == null) {
            return raw;
        }
        long limit = properties.maxBodySize().toBytes();
        try (in) {
            var out = new ByteArrayOutputStream(raw.length * 4);
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + (long) n > limit) {
                    throw new LimitedBody.TooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private boolean accepted(String contentType) {
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.isEmpty() || properties.acceptedContentTypes().stream().anyMatch(type::equalsIgnoreCase);
    }

    private Duration withCrawlDelay(Duration pace, BaseRobotRules rules) {
        long delayMillis = rules.getCrawlDelay();
        if (delayMillis <= 0 || delayMillis == BaseRobotRules.UNSET_CRAWL_DELAY) {
            return pace;
        }
        Duration delay = Duration.ofMillis(delayMillis);
        if (delay.compareTo(properties.maxCrawlDelay()) > 0) {
            delay = properties.maxCrawlDelay();
        }
        return delay.compareTo(pace) > 0 ? delay : pace;
    }

    private FetchResult failureFor(Throwable cause, URI url, URI current, long deadline) {
        if (cause instanceof LimitedBody.TooLarge) {
            return failure(FetchStatus.TOO_LARGE, url, current, 0, deadline, "body exceeds " + properties.maxBodySize(), null);
        }
        if (cause instanceof HttpTimeoutException) {
            return failure(FetchStatus.TIMEOUT, url, current, 0, deadline, "timed out", null);
        }
        String message = cause == null ? "unknown" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return failure(FetchStatus.NETWORK_ERROR, url, current, 0, deadline, message, null);
    }

    /** Retry-After is either delta-seconds or an HTTP date. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static final String INSERT_ATTEMPT = """
            insert into fetch_attempt (source_id, url, status, http_status, bytes, duration_ms, error, attempted_at)
            values (:sourceId, :url, :status, :httpStatus, :bytes, :durationMs, :error, :attemptedAt)
            returning id""";

    private long record(Long sourceId, FetchResult result, Instant started) {
        return withAttempt(jdbc.sql(INSERT_ATTEMPT), sourceId, result, started).query(Long.class).single();
    }

    /**
     * Records the attempt and, when the archive keeps it, the body, in one statement (one round trip, one commit).
     * That commit does not wait for its WAL flush: PostgreSQL replays WAL in order, so a crash that loses this record
     * also loses everything the caller then wrote from the page, and the caller's own bookkeeping (page claims,
     * source poll times) makes it fetch the page again and record a new attempt.
     */
    private long recordKeepingBody(Long sourceId, FetchResult result, Instant started) {
        byte[] kept = archive.compressedIfKept(result);
        if (kept == null) {
            return record(sourceId, result, started);
        }
        return withAttempt(jdbc.sql("""
                        with attempt as (%s),
                        kept as (%s)
                        select id, set_config('synchronous_commit', 'off', true) from attempt""".formatted(INSERT_ATTEMPT, PageArchive.INSERT)), sourceId, result, started)
                .param("finalUrl", result.finalUrl().toString())
                .param("contentType", result.contentType())
                .param("charset", result.charset() == null ? null : result.charset().name())
                .param("body", kept)
                .param("fetchedAt", java.sql.Timestamp.from(clock.instant()))
                .query((rs, row) -> rs.getLong("id"))
                .single();
    }

    private static JdbcClient.StatementSpec withAttempt(JdbcClient.StatementSpec statement, Long sourceId,
            FetchResult result, Instant started) {
        return statement
                .param("sourceId", sourceId)
                .param("url", result.requestedUrl().toString())
                .param("status", result.status().name())
                .param("httpStatus", result.httpStatus() == 0 ? null : result.httpStatus())
                .param("bytes", (long) result.body().length)
                .param("durationMs", (int) Math.min(Integer.MAX_VALUE, result.duration().toMillis()))
                .param("error", truncate(result.error()))
                .param("attemptedAt", java.sql.Timestamp.from(started));
    }

    private FetchResult failure(FetchStatus status, URI requested, URI current, int httpStatus, long deadline,
            String error, Duration retryAfter) {
        return new FetchResult(status, requested, current, httpStatus, null, null, new byte[0], elapsed(deadline),
                error, null, null, retryAfter, 0);
    }

    private Duration elapsed(long deadline) {
        return properties.totalTimeout().minusNanos(deadline - System.nanoTime());
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
