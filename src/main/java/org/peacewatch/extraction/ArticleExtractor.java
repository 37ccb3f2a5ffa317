package org.peacewatch.extraction;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** Extracts an article's metadata and body text from its HTML. */
@Component
public class ArticleExtractor {

    public ExtractedArticle extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        return new ExtractedArticle(title(doc), List.of(), published(doc), null, language(doc), canonical(doc),
                meta(doc, "og:site_name"), meta(doc, "og:description"), body(doc));
    }

    private static String title(Document doc) {
        String og = meta(doc, "og:title");
        if (og != null) {
            return og;
        }
        Element h1 = doc.selectFirst("h1");
        return h1 != null ? h1.text().trim() : doc.title().trim();
    }

    private static Instant published(Document doc) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(doc, "article:published_time"));
        Element time = doc.selectFirst("time[datetime]");
        candidates.add(time == null ? null : time.attr("datetime"));
        for (String value : candidates) {
            if (value != null) {
                try {
                    return OffsetDateTime.parse(value.trim()).toInstant();
                } catch (DateTimeParseException ignored) {
                    // Try the next place the page might state its date.
                }
            }
        }
        return null;
    }

    private static String language(Document doc) {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        return lang.length() >= 2 ? lang.substring(0, 2).toLowerCase(Locale.ROOT) : null;
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        return link == null ? null : link.absUrl("href");
    }

    private static String body(Document doc) {
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : root.select("p")) {
            String text = p.text().trim();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String meta(Document doc, String property) {
        Element meta = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        if (meta == null) {
            return null;
        }
        String content = meta.attr("content").trim();
        return content.isEmpty() ? null : content;
    }
}
