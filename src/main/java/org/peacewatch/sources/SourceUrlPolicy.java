package org.peacewatch.sources;

import java.net.URI;

/**
 * Decides whether a source URL may ever be fetched. Implemented downstream by fetching (its SSRF guard), so a
 * source the fetcher would refuse is rejected when it is created or edited rather than failing on every poll.
 */
public interface SourceUrlPolicy {

    /** Null when the URL may be fetched, else the reason it may not. */
    String refusal(URI url);
}
