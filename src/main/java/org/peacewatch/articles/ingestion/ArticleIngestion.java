package org.peacewatch.articles.ingestion;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.peacewatch.articles.ArticleStore;
import org.peacewatch.extraction.ArticleExtractor;
import org.peacewatch.extraction.ExtractedArticle;
import org.peacewatch.fetching.FetchResult;
import org.peacewatch.fetching.FetchStatus;
import org.peacewatch.fetching.PageFetcher;
import org.peacewatch.sources.Source;
import org.peacewatch.sources.SourceCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Polls one source: discovers its article links, skips those already stored or claimed by another instance,
 * fetches, extracts and stores the new ones (in parallel, per-host pacing permitting) and records the run. The
 * outcome is written back to the source (success with its new items, or failure with its reason).
 */
@Service
class ArticleIngestion {

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestion.class);

    private enum Outcome { STORED, DUPLICATE, NO_ARTICLE, FAILED, SKIPPED }

    private final SourceCatalog sources;
    private final SourceListing listing;
    private final PageFetcher fetcher;
    private final ArticleExtractor extractor;
    private final ArticleStore store;
    private final PageClaims claims;
    private final IngestionRuns runs;
    private final IngestProperties properties;
    private final ExecutorService pages;
    private final Clock clock;

    ArticleIngestion(SourceCatalog sources, SourceListing listing, PageFetcher fetcher, ArticleExtractor extractor,
            ArticleStore store, PageClaims claims, IngestionRuns runs, IngestProperties properties, Clock clock) {
        this.sources = sources;
        this.listing = listing;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.store = store;
        this.claims = claims;
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.pages = Executors.newFixedThreadPool(Math.max(1, properties.pageConcurrency()), r -> {
            Thread t = new Thread(r, "ingest-page-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        pages.shutdownNow();
    }

    IngestionReport ingest(long sourceId) {
        Source source = sources.find(sourceId).orElse(null);
        if (source == null) {
            return IngestionReport.failure(sourceId, Map.of(), "source no longer exists");
        }
        long runId = runs.start(sourceId);
        IngestionReport report;
        Discovery discovery = null;
        try {
            discovery = listing.discover(source);
            report = discovery.failed() ? IngestionReport.failure(sourceId, counts(discovery.listingFetches()), discovery.error())
                    : fetchNew(source, discovery);
        } catch (RuntimeException e) {
            log.warn("Polling source {} failed", sourceId, e);
            report = IngestionReport.failure(sourceId, Map.of(), "internal error: " + e.getClass().getSimpleName());
        }
        runs.finish(runId, report);
        if (discovery != null && discovery.status() == FetchStatus.HOST_BUSY) {
            // Not the source's fault: fetches from all instances hold the host's turns for now. No failure is
            // counted; the source comes due again when its claim's lease runs out.
            log.info("Polling source {} ({}) put off: its host is busy", sourceId, source.getName());
            return report;
        }
        if (report.succeeded()) {
            // Pages put off because their host was busy must be listed again by the next poll: the listing's new
            // validators are not stored (the source keeps the ones this poll already got a full answer to).
            boolean pagesPutOff = report.byStatus().containsKey(FetchStatus.HOST_BUSY.name());
            sources.recordSuccess(sourceId, report.stored(), pagesPutOff ? null : discovery.etag(),
                    pagesPutOff ? null : discovery.lastModified());
        } else {
            sources.recordFailure(sourceId, report.error(), discovery == null ? null : discovery.retryAfter());
        }
        log.info("Polled source {} ({}): {}", sourceId, source.getName(), report);
        return report;
    }

    private IngestionReport fetchNew(Source source, Discovery discovery) {
        Map<String, FeedItem> byCanonicalUrl = new LinkedHashMap<>();
        discovery.items().forEach(item -> byCanonicalUrl.putIfAbsent(UrlCanonicaliser.canonicalise(item.url()), item));
        Set<String> known = store.known(byCanonicalUrl.keySet());
        store.linkKnown(source.getId(), known, clock.instant());

        List<FetchStatus> statuses = new ArrayList<>(discovery.listingFetches());
        List<String> urls = new ArrayList<>();
        List<Future<Outcome>> pending = new ArrayList<>();
        for (var entry : byCanonicalUrl.entrySet()) {
            if (known.contains(entry.getKey())) {
                continue;
            }
            if (pending.size() >= properties.maxItemsPerPoll()) {
                break;
            }
            urls.add(entry.getKey());
            pending.add(pages.submit(() -> handle(source, entry.getKey(), entry.getValue(), statuses)));
        }
        int stored = 0;
        int duplicates = known.size();
        int failed = 0;
        int fetched = 0;
        int noArticle = 0;
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Future<Outcome> future = pending.get(i);
            Outcome outcome;
            try {
                outcome = future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = Outcome.FAILED;
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("Ingesting a page of source {} failed", source.getId(), e.getCause());
                outcome = Outcome.FAILED;
            }
            switch (outcome) {
                case STORED -> { stored++; fetched++; }
                case DUPLICATE -> { duplicates++; fetched++; }
                case NO_ARTICLE -> { noArticle++; fetched++; }
                case FAILED -> failed++;
                case SKIPPED -> { duplicates++; skipped.add(urls.get(i)); }
            }
        }
        // Pages another instance was fetching meanwhile: record this source against them too, if stored by now.
        store.linkKnown(source.getId(), skipped, clock.instant());
        Map<String, Integer> byStatus;
        synchronized (statuses) {
            byStatus = counts(statuses);
        }
        return new IngestionReport(source.getId(), byCanonicalUrl.size(), fetched, stored, duplicates, failed, noArticle,
                byStatus, null);
    }

    private Outcome handle(Source source, String canonicalItemUrl, FeedItem item, List<FetchStatus> statuses) {
        if (!claims.claim(canonicalItemUrl, source.getId(), properties.lease())) {
            return Outcome.SKIPPED; // Another instance (or another source's poll) has it.
        }
        FetchResult page;
        try {
            page = fetcher.fetch(URI.create(canonicalItemUrl), source.getId());
        } catch (RuntimeException e) {
            claims.release(canonicalItemUrl);
            throw e;
        }
        synchronized (statuses) {
            statuses.add(page.status());
        }
        if (!page.isFetched()) {
            claims.release(canonicalItemUrl); // A later poll may retry.
            return Outcome.FAILED;
        }
        try {
            // Storing marks the claim done in its own transaction.
            return storePage(source, canonicalItemUrl, item, page);
        } catch (RuntimeException e) {
            // A page that was fetched but could not be stored is not fetched again by the next poll.
            claims.done(canonicalItemUrl);
            throw e;
        }
    }

    private Outcome storePage(Source source, String canonicalItemUrl, FeedItem item, FetchResult page) {
        String html = page.text();
        // The feed's date is the extractor's last resort when the page states none.
        ExtractedArticle extracted = extractor.extract(html, page.finalUrl().toString(), item.publishedAt(), null);
        if (extracted.text() == null || extracted.text().isBlank()) {
            // A section front or a page of links counted as an article would inflate every timeline it falls in.
            // The claim stays done, so the page is not fetched again on every poll.
            log.info("Not storing {}: {}", canonicalItemUrl, extracted.reason());
            claims.done(canonicalItemUrl);
            return Outcome.NO_ARTICLE;
        }
        Instant now = clock.instant();
        String canonicalUrl = canonicalItemUrl;
        String declared = extracted.canonicalUrl() != null ? extracted.canonicalUrl() : ogUrl(html, page.finalUrl());
        // A page's own canonical URL wins only on the same site: a foreign one could merge unrelated stories.
        if (declared != null && UrlCanonicaliser.sameSite(declared, canonicalItemUrl)) {
            canonicalUrl = UrlCanonicaliser.canonicalise(declared);
        }
        String title = firstNonBlank(extracted.title(), item.title(), canonicalUrl);
        Instant publishedAt = extracted.publishedAt() != null ? extracted.publishedAt()
                : item.publishedAt() != null ? item.publishedAt() : now;
        String language = firstNonBlank(extracted.language(), source.getLanguage(), null);
        var article = new ArticleStore.NewArticle(source.getId(), canonicalItemUrl, canonicalUrl, title,
                extracted.text() == null ? "" : extracted.text(), language, publishedAt, now,
                extracted.authors() == null ? List.of() : extracted.authors(), extracted.modifiedAt(), extracted.reason());
        return store.store(article).isPresent() ? Outcome.STORED : Outcome.DUPLICATE;
    }

    private static final java.util.regex.Pattern OG_URL = java.util.regex.Pattern.compile(
            "<meta[^>]+property=[\"']og:url[\"'][^>]+content=[\"']([^\"']+)[\"']", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** og:url, for pages without rel=canonical; it sits in the head, so only the start of the page is searched. */
    static String ogUrl(String html, URI base) {
        var matcher = OG_URL.matcher(html.length() > 32_768 ? html.substring(0, 32_768) : html);
        if (!matcher.find()) {
            return null;
        }
        try {
            return base.resolve(matcher.group(1).trim().replace("&amp;", "&")).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, Integer> counts(List<FetchStatus> statuses) {
        Map<String, Integer> counts = new TreeMap<>();
        statuses.forEach(s -> counts.merge(s.name(), 1, Integer::sum));
        return counts;
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
