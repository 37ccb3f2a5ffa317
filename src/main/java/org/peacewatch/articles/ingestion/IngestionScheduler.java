package org.peacewatch.articles.ingestion;

import java.util.List;

import org.peacewatch.sources.SourceCatalog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Polls due sources on a schedule; claims go through PostgreSQL so several instances share the work. */
@Component
@ConditionalOnProperty(prefix = "peacewatch.ingest", name = "enabled", havingValue = "true", matchIfMissing = true)
class IngestionScheduler {

    private final SourceCatalog sources;
    private final ArticleIngestion ingestion;
    private final IngestProperties properties;

    IngestionScheduler(SourceCatalog sources, ArticleIngestion ingestion, IngestProperties properties) {
        this.sources = sources;
        this.ingestion = ingestion;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${peacewatch.ingest.poll-every:PT30S}", initialDelayString = "PT5S")
    void pollDueSources() {
        List<Long> claimed = sources.claimDue(properties.batchSize(), properties.lease());
        claimed.forEach(ingestion::ingest);
    }
}
