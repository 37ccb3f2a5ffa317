package org.peacewatch.articles.ingestion;

import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.peacewatch.fetching.FetchRequest;
import org.peacewatch.fetching.FetchResult;
import org.peacewatch.fetching.FetchStatus;
import org.peacewatch.fetching.PageFetcher;
import org.peacewatch.sources.Source;
import org.springframework.stereotype.Component;

/**
 * Discovers a source's article links: feed items (RSS/Atom), sitemap entries (index, urlset, Google News
 * extension; robots.txt Sitemap: lines for a site root or robots.txt URL), or links a CSS selector picks out of
 * listing pages. Feeds and sitemaps are fetched conditionally.
 */
@Component
class SourceListing {

    private final PageFetcher fetcher;
    private final IngestProperties properties;

    SourceListing(PageFetcher fetcher, IngestProperties properties) {
        this.fetcher = fetcher;
        this.properties = properties;
    }

    Discovery discover(Source source) {
        return switch (source.getKind()) {
            case FEED -> feed(source);
            case SITEMAP -> sitemap(source);
            case HTML_LIST -> listingPages(source);
        };
    }

    private Discovery feed(Source source) {
        FetchResult listing = fetcher.fetch(conditional(source, URI.create(source.getUrl())));
        if (!listing.isFetched()) {
            return unfetched(listing);
        }
        try {
            return found(FeedReader.read(listing.body(), listing.finalUrl().toString()), listing, List.of(FetchStatus.FETCHED));
        } catch (Exception e) {
            return parseError(listing, "not a readable RSS/Atom feed: " + e.getMessage());
        }
    }

    private Discovery sitemap(Source source) {
        URI url = URI.create(source.getUrl());
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (path.isEmpty() || path.equals("/") || path.endsWith("/robots.txt")) {
            return sitemapsFromRobots(source, url);
        }
        FetchResult first = fetcher.fetch(conditional(source, url));
        if (!first.isFetched()) {
            return unfetched(first);
        }
        List<FetchStatus> statuses = new ArrayList<>(List.of(FetchStatus.FETCHED));
        List<FeedItem> items = new ArrayList<>();
        try {
            readSitemap(source, first, items, statuses, 0);
        } catch (Exception e) {
            return parseError(first, "not a readable sitemap: " + e.getMessage());
        }
        return found(items, first, statuses);
    }

    private Discovery sitemapsFromRobots(Source source, URI url) {
        List<String> sitemaps = fetcher.sitemapsFromRobots(url);
        if (sitemaps.isEmpty()) {
            return new Discovery(List.of(), FetchStatus.PARSE_ERROR, "robots.txt lists no Sitemap: lines", null, null,
                    null, List.of());
        }
        List<FetchStatus> statuses = new ArrayList<>();
        List<FeedItem> items = new ArrayList<>();
        FetchResult last = null;
        for (String sitemapUrl : sitemaps.stream().limit(properties.maxSitemaps()).toList()) {
            FetchResult result = fetcher.fetch(URI.create(sitemapUrl), source.getId());
            statuses.add(result.status());
            last = result;
            if (!result.isFetched()) {
                continue;
            }
            try {
                readSitemap(source, result, items, statuses, 0);
            } catch (Exception e) {
                fetcher.recordParseError(result, "not a readable sitemap: " + e.getMessage());
                statuses.set(statuses.size() - 1, FetchStatus.PARSE_ERROR);
            }
        }
        if (items.isEmpty() && last != null && !last.isFetched()) {
            return unfetched(last);
        }
        return new Discovery(items, FetchStatus.FETCHED, null, null, null, null, statuses);
    }

    private void readSitemap(Source source, FetchResult result, List<FeedItem> items, List<FetchStatus> statuses,
            int depth) throws Exception {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map = parser.parseSiteMap(result.contentType(), result.body(), new URL(result.finalUrl().toString()));
        if (map.isIndex()) {
            if (depth > 1) {
                return; // An index of indexes of indexes is a trap, not a news site.
            }
            List<AbstractSiteMap> children = new ArrayList<>(((SiteMapIndex) map).getSitemaps());
            // Newest sitemaps first: news lives there, archives can wait.
            children.sort(Comparator.comparing((AbstractSiteMap m) -> m.getLastModified() == null ? 0L
                    : m.getLastModified().getTime()).reversed());
            for (AbstractSiteMap child : children.stream().limit(properties.maxSitemaps()).toList()) {
                FetchResult childResult = fetcher.fetch(URI.create(child.getUrl().toString()), source.getId());
                statuses.add(childResult.status());
                if (!childResult.isFetched()) {
                    continue;
                }
                try {
                    readSitemap(source, childResult, items, statuses, depth + 1);
                } catch (Exception e) {
                    fetcher.recordParseError(childResult, "not a readable sitemap: " + e.getMessage());
                    statuses.set(statuses.size() - 1, FetchStatus.PARSE_ERROR);
                }
            }
            return;
        }
        for (SiteMapURL entry : ((SiteMap) map).getSiteMapUrls()) {
            String title = null;
            Instant published = entry.getLastModified() == null ? null : entry.getLastModified().toInstant();
            ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
            if (news != null) {
                for (ExtensionMetadata metadata : news) {
                    if (metadata instanceof NewsAttributes attributes) {
                        title = attributes.getTitle();
                        if (attributes.getPublicationDate() != null) {
                            published = attributes.getPublicationDate().toInstant();
                        }
                    }
                }
            }
            items.add(new FeedItem(entry.getUrl().toString(), title, published));
        }
    }

    private Discovery listingPages(Source source) {
        List<FetchStatus> statuses = new ArrayList<>();
        Set<String> links = new LinkedHashSet<>();
        Set<String> visited = new LinkedHashSet<>();
        URI next = URI.create(source.getUrl());
        FetchResult first = null;
        for (int page = 0; page < source.getPageLimit() && next != null && visited.add(next.toString()); page++) {
            FetchResult result = fetcher.fetch(next, source.getId());
            statuses.add(result.status());
            if (first == null) {
                first = result;
            }
            if (!result.isFetched()) {
                if (page == 0) {
                    return unfetched(result);
                }
                break;
            }
            Document doc = Jsoup.parse(result.text(), result.finalUrl().toString());
            for (Element link : doc.select(source.getLinkSelector())) {
                Element anchor = link.hasAttr("href") ? link : link.selectFirst("a[href]");
                String href = anchor == null ? "" : anchor.absUrl("href");
                if (href.startsWith("http://") || href.startsWith("https://")) {
                    links.add(href);
                }
            }
            next = null;
            if (source.getNextPageSelector() != null) {
                Element more = doc.selectFirst(source.getNextPageSelector());
                String href = more == null ? "" : more.absUrl("href");
                next = href.startsWith("http") ? URI.create(href) : null;
            }
        }
        List<FeedItem> items = links.stream().map(url -> new FeedItem(url, null, null)).toList();
        return new Discovery(items, FetchStatus.FETCHED, null, null, null, null, statuses);
    }

    private static FetchRequest conditional(Source source, URI url) {
        return new FetchRequest(url, source.getId(), source.getEtag(), source.getLastModified());
    }

    private static Discovery found(List<FeedItem> items, FetchResult listing, List<FetchStatus> statuses) {
        return new Discovery(items, FetchStatus.FETCHED, null, listing.etag(), listing.lastModified(), null, statuses);
    }

    private static Discovery unfetched(FetchResult listing) {
        if (listing.status() == FetchStatus.NOT_MODIFIED) {
            return new Discovery(List.of(), FetchStatus.NOT_MODIFIED, null, listing.etag(), listing.lastModified(), null,
                    List.of(FetchStatus.NOT_MODIFIED));
        }
        return new Discovery(List.of(), listing.status(), listing.status() + ": " + listing.error(), null, null,
                listing.retryAfter(), List.of(listing.status()));
    }

    private Discovery parseError(FetchResult listing, String error) {
        fetcher.recordParseError(listing, error);
        return new Discovery(List.of(), FetchStatus.PARSE_ERROR, "PARSE_ERROR: " + error, null, null, null,
                List.of(FetchStatus.PARSE_ERROR));
    }
}
