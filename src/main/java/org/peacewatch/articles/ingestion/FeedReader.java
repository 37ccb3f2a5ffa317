package org.peacewatch.articles.ingestion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/** Lists the items of an RSS or Atom feed (any dialect Rome reads). */
final class FeedReader {

    private FeedReader() {
    }

    static List<FeedItem> read(byte[] body, String baseUrl) throws FeedException, IOException {
        var input = new SyndFeedInput();
        input.setAllowDoctypes(false); // no external entities from untrusted feeds
        var feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            if (link == null || link.isBlank()) {
                link = entry.getUri();
            }
            if (link == null || link.isBlank()) {
                continue;
            }
            String absolute = java.net.URI.create(baseUrl).resolve(link.trim()).toString();
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FeedItem(absolute, entry.getTitle(), date == null ? null : date.toInstant()));
        }
        return items;
    }
}
