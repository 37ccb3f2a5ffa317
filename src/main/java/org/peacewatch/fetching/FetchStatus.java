package org.peacewatch.fetching;

/** How one fetch attempt ended. */
public enum FetchStatus {
    FETCHED,
    NOT_MODIFIED,
    ROBOTS_DENIED,
    BLOCKED_ADDRESS,
    TOO_LARGE,
    TIMEOUT,
    HTTP_ERROR,
    /** 429, or 503 with Retry-After: the server asked us to come back later. */
    THROTTLED,
    TOO_MANY_REDIRECTS,
    /**
     * Not requested: so many fetches, from all instances, were queued for the host that its turn was further away
     * than {@code peacewatch.fetch.max-pace-wait}. A later poll retries.
     */
    HOST_BUSY,
    UNSUPPORTED_TYPE,
    /** The body arrived but could not be read as what the source said it is (feed, sitemap, listing). */
    PARSE_ERROR,
    NETWORK_ERROR;

    public boolean isSuccess() {
        return this == FETCHED || this == NOT_MODIFIED;
    }
}
