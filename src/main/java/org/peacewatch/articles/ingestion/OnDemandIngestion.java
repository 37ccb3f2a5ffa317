package org.peacewatch.articles.ingestion;

import org.peacewatch.sources.FetchRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Runs an admin's "fetch now" in the background, whether or not the scheduler is enabled. It takes the same
 * database lease as the scheduler, so it never polls a source another instance is polling at that moment.
 */
@Component
class OnDemandIngestion {

    private static final Logger log = LoggerFactory.getLogger(OnDemandIngestion.class);

    private final ArticleIngestion ingestion;
    private final org.peacewatch.sources.SourceCatalog sources;
    private final IngestProperties properties;

    OnDemandIngestion(ArticleIngestion ingestion, org.peacewatch.sources.SourceCatalog sources, IngestProperties properties) {
        this.ingestion = ingestion;
        this.sources = sources;
        this.properties = properties;
    }

    @Async
    @EventListener
    void on(FetchRequested request) {
        if (sources.claimNow(request.sourceId(), properties.lease())) {
            ingestion.ingest(request.sourceId());
        } else {
            log.info("Source {} is being polled already; the on-demand fetch is skipped", request.sourceId());
        }
    }
}
