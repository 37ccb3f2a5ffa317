package org.peacewatch.articles;

import org.peacewatch.sources.FetchRequested;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/** Runs an admin's "fetch now" in the background, whether or not the scheduler is enabled. */
@Component
class OnDemandIngestion {

    private final ArticleIngestion ingestion;

    OnDemandIngestion(ArticleIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @Async
    @EventListener
    void on(FetchRequested request) {
        ingestion.ingest(request.sourceId());
    }
}
