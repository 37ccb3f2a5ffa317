package org.peacewatch.sources;

/** An admin asked to poll this source now rather than at its next scheduled time. */
public record FetchRequested(long sourceId) {
}
