package org.peacewatch.fetching;

import java.net.URI;

/**
 * One URL to fetch.
 *
 * @param sourceId     the source the fetch is for (null for none), recorded with the attempt
 * @param etag         validator from the previous response, sent as If-None-Match (null for an unconditional GET)
 * @param lastModified validator from the previous response, sent as If-Modified-Since
 */
public record FetchRequest(URI url, Long sourceId, String etag, String lastModified) {

    public static FetchRequest of(URI url, Long sourceId) {
        return new FetchRequest(url, sourceId, null, null);
    }
}
