package org.peacewatch.fetching;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;

/**
 * The outcome of one fetch.
 *
 * @param finalUrl     where the body came from, after redirects
 * @param body         the decompressed body bytes (empty unless FETCHED)
 * @param charset      the body's charset from the header, a byte-order mark or a meta tag (UTF-8 when none says)
 * @param error        a short human-readable reason when the status is not a success
 * @param etag         the response's ETag, for the next conditional GET
 * @param lastModified the response's Last-Modified, for the next conditional GET
 * @param retryAfter   how long the server asked us to wait (429/503 with Retry-After), else null
 * @param attemptId    the recorded fetch_attempt row
 */
public record FetchResult(FetchStatus status, URI requestedUrl, URI finalUrl, int httpStatus, String contentType,
                          Charset charset, byte[] body, Duration duration, String error, String etag,
                          String lastModified, Duration retryAfter, long attemptId) {

    public boolean isFetched() {
        return status == FetchStatus.FETCHED;
    }

    FetchResult withAttemptId(long id) {
        return new FetchResult(status, requestedUrl, finalUrl, httpStatus, contentType, charset, body, duration, error,
                etag, lastModified, retryAfter, id);
    }

    /** The body decoded with its detected charset. */
    public String text() {
        return new String(body, charset == null ? java.nio.charset.StandardCharsets.UTF_8 : charset);
    }
}
