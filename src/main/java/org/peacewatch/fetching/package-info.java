/**
 * Polite, safe HTTP. Owns {@link org.peacewatch.fetching.PageFetcher}: the User-Agent, timeouts, body-size limit,
 * redirect limit and the SSRF guard that refuses private addresses. Every attempt ends in a
 * {@link org.peacewatch.fetching.FetchStatus} that is recorded in {@code fetch_attempt}, never only logged.
 */
package org.peacewatch.fetching;
