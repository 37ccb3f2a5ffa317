package org.peacewatch.articles.ingestion;

import java.time.Duration;
import java.util.List;

import org.peacewatch.fetching.FetchStatus;

/**
 * What reading a source's listing (feed, sitemap, listing pages) found.
 *
 * @param items        article links with what the listing says about them
 * @param status       how the listing fetch ended (FETCHED, NOT_MODIFIED, or the failure)
 * @param error        why discovery failed, else null
 * @param etag         validators for the next conditional GET of the listing
 * @param retryAfter   how long the server asked us to wait, else null
 * @param listingFetches statuses of every listing request made (for the run's counts)
 */
record Discovery(List<FeedItem> items, FetchStatus status, String error, String etag, String lastModified,
                 Duration retryAfter, List<FetchStatus> listingFetches) {

    boolean failed() {
        return error != null;
    }
}
