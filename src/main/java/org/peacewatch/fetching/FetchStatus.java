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
    TOO_MANY_REDIRECTS,
    UNSUPPORTED_TYPE,
    PARSE_ERROR,
    NETWORK_ERROR;

    public boolean isSuccess() {
        return this == FETCHED || this == NOT_MODIFIED;
    }
}
