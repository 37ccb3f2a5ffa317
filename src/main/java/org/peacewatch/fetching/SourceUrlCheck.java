package org.peacewatch.fetching;

import java.net.URI;

import org.peacewatch.sources.SourceUrlPolicy;
import org.springframework.stereotype.Component;

/** Lets the sources module refuse, at creation, a URL the fetcher would never fetch (the SSRF guard). */
@Component
class SourceUrlCheck implements SourceUrlPolicy {

    private final PageFetcher fetcher;

    SourceUrlCheck(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public String refusal(URI url) {
        return fetcher.refusal(url);
    }
}
