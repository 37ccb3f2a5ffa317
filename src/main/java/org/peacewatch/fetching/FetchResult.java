package org.peacewatch.fetching;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;

/**
 * The outcome of one fetch.
 *
 * @param finalUrl    where the body came from, after redirects
 * @param body        the decoded-transfer body bytes (empty unless FETCHED)
 * @param charset     the charset the server declared, or null when it did not
 * @param error       a short human-readable reason when the status is not a success
 */
public record FetchResult(FetchStatus status, URI requestedUrl, URI finalUrl, int httpStatus, String contentType,
                          Charset charset, byte[] body, Duration duration, String error) {

    public boolean isFetched() {
        return status == FetchStatus.FETCHED;
    }
}
