package org.peacewatch.articles;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peacewatch.extraction.ArticleExtractor;
import org.peacewatch.extraction.ExtractedArticle;
import org.peacewatch.fetching.FetchResult;
import org.peacewatch.fetching.PageFetcher;
import org.peacewatch.sources.Source;
import org.peacewatch.sources.SourceCatalog;
import org.peacewatch.sources.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Polls one source: lists its items, skips those already stored, fetches and extracts the new ones and stores each
 * once. The outcome is written back to the source (success, or failure with its reason).
 */
@Service
class ArticleIngestion {

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestion.class);

    private final SourceCatalog sources;
    private final PageFetcher fetcher;
    private final ArticleExtractor extractor;
    private final ArticleStore store;
    private final Clock clock;

    ArticleIngestion(SourceCatalog sources, PageFetcher fetcher, ArticleExtractor extractor, ArticleStore store, Clock clock) {
        this.sources = sources;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.store = store;
        this.clock = clock;
    }

    IngestionReport ingest(long sourceId) {
        Source source = sources.find(sourceId).orElse(null);
        if (source == null) {
            return new IngestionReport(sourceId, 0, 0, 0, 0, 0, "source no longer exists");
        }
        try {
            IngestionReport report = poll(source);
            if (report.succeeded()) {
                sources.recordSuccess(sourceId);
            } else {
                sources.recordFailure(sourceId, report.error());
            }
            log.info("Polled source {} ({}): {}", sourceId, source.getName(), report);
            return report;
        } catch (RuntimeException e) {
            log.warn("Polling source {} failed", sourceId, e);
            sources.recordFailure(sourceId, "internal error: " + e.getClass().getSimpleName());
            return new IngestionReport(sourceId, 0, 0, 0, 0, 0, e.getClass().getSimpleName());
        }
    }

    private IngestionReport poll(Source source) {
        if (source.getKind() != SourceKind.FEED) {
            return new IngestionReport(source.getId(), 0, 0, 0, 0, 0, "source kind " + source.getKind() + " is not supported yet");
        }
        FetchResult listing = fetcher.fetch(URI.create(source.getUrl()), source.getId());
        if (!listing.isFetched()) {
            return new IngestionReport(source.getId(), 0, 0, 0, 0, 0, listing.status() + ": " + listing.error());
        }
        List<FeedItem> items;
        try {
            items = FeedReader.read(listing.body(), listing.finalUrl().toString());
        } catch (Exception e) {
            return new IngestionReport(source.getId(), 0, 0, 0, 0, 0, "PARSE_ERROR: " + e.getMessage());
        }
        Map<String, FeedItem> byCanonicalUrl = new LinkedHashMap<>();
        items.forEach(item -> byCanonicalUrl.putIfAbsent(UrlCanonicaliser.canonicalise(item.url()), item));
        Set<String> known = store.known(byCanonicalUrl.keySet());

        int fetched = 0;
        int stored = 0;
        int duplicates = known.size();
        int failed = 0;
        for (var entry : byCanonicalUrl.entrySet()) {
            if (known.contains(entry.getKey())) {
                continue;
            }
            FetchResult page = fetcher.fetch(URI.create(entry.getKey()), source.getId());
            if (!page.isFetched()) {
                failed++;
                continue;
            }
            fetched++;
            if (storePage(source, entry.getKey(), entry.getValue(), page)) {
                stored++;
            } else {
                duplicates++;
            }
        }
        return new IngestionReport(source.getId(), byCanonicalUrl.size(), fetched, stored, duplicates, failed, null);
    }

    private boolean storePage(Source source, String canonicalItemUrl, FeedItem item, FetchResult page) {
        Charset charset = page.charset() == null ? StandardCharsets.UTF_8 : page.charset();
        ExtractedArticle extracted = extractor.extract(new String(page.body(), charset), page.finalUrl().toString(),
                item.publishedAt(), null);
        Instant now = clock.instant();
        String canonicalUrl = canonicalItemUrl;
        // A page's own canonical URL wins only on the same site: a foreign one could merge unrelated stories.
        if (extracted.canonicalUrl() != null && UrlCanonicaliser.sameSite(extracted.canonicalUrl(), canonicalItemUrl)) {
            canonicalUrl = UrlCanonicaliser.canonicalise(extracted.canonicalUrl());
        }
        String title = firstNonBlank(extracted.title(), item.title(), canonicalUrl);
        Instant publishedAt = extracted.publishedAt() != null ? extracted.publishedAt()
                : item.publishedAt() != null ? item.publishedAt() : now;
        String language = firstNonBlank(extracted.language(), source.getLanguage(), null);
        var article = new ArticleStore.NewArticle(source.getId(), canonicalItemUrl, canonicalUrl, title,
                extracted.text() == null ? "" : extracted.text(), language, publishedAt, now);
        return store.store(article).isPresent();
    }

    private static String firstNonBlank(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        if (b != null && !b.isBlank()) {
            return b.trim();
        }
        return fallback;
    }
}
