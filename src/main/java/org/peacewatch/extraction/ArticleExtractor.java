package org.peacewatch.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.springframework.stereotype.Component;

/**
 * Extracts an article's metadata and body text from its HTML: one Jsoup parse (of the page without its script and
 * style text, which {@link SkimmedPage} keeps aside, and without the content of SVG images that hold no text), one
 * pass over the tree that cuts the body into text blocks and lists the elements, metadata read from that list
 * ({@link MetadataReader} documents the precedence), then the body text chosen from the blocks ({@link BodyExtractor}).
 * Thread-safe and free of I/O.
 */
@Component
public class ArticleExtractor {

    /** Extracts from a page fetched from {@code url} (may be null) with no outside hints. */
    public ExtractedArticle extract(String html, String url) {
        return extract(html, url, null, null);
    }

    /**
     * Extracts with hints from outside the page.
     *
     * @param feedDate        the item's date in its feed, used only when the page states no date (may be null)
     * @param contentLanguage the HTTP {@code Content-Language} header (may be null)
     */
    public ExtractedArticle extract(String html, String url, Instant feedDate, String contentLanguage) {
        String source = html == null ? "" : html;
        String baseUri = url == null ? "" : url;
        // The cut into blocks hands every element to the metadata reader as it walks; the body text needs the title,
        // so it comes last. The parser reads the page without its script and style text and the content of images
        // without text (SkimmedPage says why), unless the skim and the parser disagree on where those elements are.
        SkimmedPage skimmed = SkimmedPage.of(source);
        if (skimmed != null) {
            var elements = new MetadataReader.ElementScan(skimmed);
            var page = BodyExtractor.cut(Parser.htmlParser().parseInput(skimmed.reader(), baseUri), elements);
            if (elements.agreesWithSkim()) {
                return extract(page, elements, url, feedDate, contentLanguage);
            }
        }
        return extractParsedWhole(source, url, feedDate, contentLanguage);
    }

    /** The extraction from a parse of the whole page, as a page the skim declines gets it (tests compare the two). */
    ExtractedArticle extractParsedWhole(String html, String url, Instant feedDate, String contentLanguage) {
        var elements = new MetadataReader.ElementScan();
        var doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
        return extract(BodyExtractor.cut(doc, elements), elements, url, feedDate, contentLanguage);
    }

    private ExtractedArticle extract(BodyExtractor.Page page, MetadataReader.ElementScan elements, String url,
                                     Instant feedDate, String contentLanguage) {
        var meta = elements.read(url, page.elements());
        var body = page.body(meta.title(), meta.declaredArticle());
        String text = crossCheck(body.text(), meta.ldArticleBody(), meta.title());
        String reason = reason(text == body.text() ? body.reason() : null, meta);
        OffsetDateTime published = shownDate(meta.published(), meta.otherDates(), body::allText,
                () -> MetadataReader.datelineDay(page.elements(), url));
        if (published == null) {
            LocalDate inTitle = meta.documentTitle() == null ? null : Dates.textualDay(meta.documentTitle());
            published = Dates.startOfDay(inTitle != null ? inTitle : body.dateNearHeadline());
        }
        if (published == null) {
            // The whole page text, not only the body text: "Erschienen am" often sits in a footer.
            published = Dates.startOfDay(Dates.labelledDay(body.allText()));
        }
        if (published == null) {
            published = meta.modified();
        }
        if (published == null && feedDate != null) {
            published = feedDate.atOffset(ZoneOffset.UTC);
        }
        return new ExtractedArticle(meta.title(), meta.authors(), published == null ? null : published.toInstant(),
                meta.modified() == null ? null : meta.modified().toInstant(),
                language(meta.declaredLanguage(), contentLanguage, text, meta.title(), meta.description()),
                meta.canonicalUrl(), meta.siteName(), meta.description(), text,
                published == null ? null : published.toLocalDate(), reason);
    }

    /**
     * Readers date an article by the day the page prints. When the markup states several days and the page prints
     * only another of them (its last update, the local day of a UTC time, the right one of two fields that
     * disagree), that printed day is the article's date; when it prints none of them, the dateline under the headline.
     */
    static OffsetDateTime shownDate(OffsetDateTime published, List<OffsetDateTime> others, Supplier<String> pageText,
                                    Supplier<LocalDate> headlineDay) {
        if (published == null) {
            return null;
        }
        String text = pageText.get();
        LocalDate day = published.toLocalDate();
        Set<LocalDate> writtenThatYear = Dates.writtenDaysOf(text, day.getYear(), day);
        if (writtenThatYear.contains(day)) {
            return published;
        }
        // The search for the stated day ran to the end of the text, so that year's set is whole.
        Map<Integer, Set<LocalDate>> writtenByYear = new HashMap<>();
        writtenByYear.put(day.getYear(), writtenThatYear);
        Predicate<LocalDate> written = other -> writtenByYear
                .computeIfAbsent(other.getYear(), year -> Dates.writtenDaysOf(text, year)).contains(other);
        for (OffsetDateTime other : others) {
            if (written.test(other.toLocalDate())) {
                return other;
            }
        }
        LocalDate nearHeadline = headlineDay.get();
        return nearHeadline != null ? Dates.startOfDay(nearHeadline) : published;
    }

    /**
     * The JSON-LD articleBody is the publisher's own statement of the text. When the page's markup gave us far less
     * (script-rendered bodies, unusual templates), that statement is the better answer.
     */
    private static String crossCheck(String text, String ldBody, String title) {
        if (ldBody == null || ldBody.length() < 400 || text.length() >= ldBody.length() / 2) {
            return text;
        }
        if (ldBody.contains("</")) {
            return BodyExtractor.extract(Jsoup.parseBodyFragment(ldBody), title).text();
        }
        return blankLinesAtBreaks(squeezedSpaces(ldBody.strip()));
    }

    /**
     * {@code text.replaceAll("[ \\t\\u00a0]+", " ")} in one plain pass: each run of spaces, tabs and no-break spaces
     * becomes one space. The regexes of this and the next method cost more than the rest of the extraction on a page
     * with a long article body in its JSON-LD.
     */
    static String squeezedSpaces(String text) {
        return BodyExtractor.collapsedRuns(text, c -> c == ' ' || c == '\t' || c == '\u00a0');
    }

    /**
     * {@code text.replaceAll("\\s*\\n\\s*", "\n\n")} in one plain pass: each run of ASCII white space (the regex's
     * {@code \\s}) that holds a line break becomes a blank line; a run without one stays as it is.
     */
    static String blankLinesAtBreaks(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            if (!BodyExtractor.isRegexSpace(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            boolean lineBreak = false;
            while (end < text.length() && BodyExtractor.isRegexSpace(text.charAt(end))) {
                lineBreak |= text.charAt(end) == '\n';
                end++;
            }
            if (lineBreak) {
                out.append("\n\n");
            } else {
                out.append(text, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    /** Why the text is not one whole article: the body's own reason, or what the publisher says of the page. */
    private static String reason(String bodyReason, MetadataReader.Metadata meta) {
        if (meta.liveBlog()) {
            return "live blog: a stream of dated updates rather than one article";
        }
        if (meta.paywalled()) {
            return "paywalled: the publisher marks the article as not free, so the text may be only its free part";
        }
        return bodyReason;
    }

    private static String language(String declared, String contentLanguage, String text, String title, String description) {
        String stated = code(declared);
        if (stated == null) {
            stated = code(contentLanguage);
        }
        String sample = text.length() >= 200 ? text : String.join(" ", nonNull(title), nonNull(description), text);
        var guess = LanguageDetector.detect(sample);
        if (guess.language() == null || guess.confidence() < 0.5) {
            return stated != null ? stated : guess.language();
        }
        if (stated == null || stated.equals(guess.language())) {
            return guess.language();
        }
        boolean eastSlavic = (stated.equals("uk") || stated.equals("ru")) && (guess.language().equals("uk") || guess.language().equals("ru"));
        // Markup often keeps a template's default language; trust the text when it is long and clear.
        if (eastSlavic || guess.confidence() >= 0.7 && sample.length() >= 500) {
            return guess.language();
        }
        return stated;
    }

    private static String code(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int comma = t.indexOf(',');
        if (comma > 0) {
            t = t.substring(0, comma);
        }
        if (t.length() < 2 || !Character.isLetter(t.charAt(0)) || !Character.isLetter(t.charAt(1))) {
            return null;
        }
        if (t.length() > 2 && Character.isLetter(t.charAt(2))) {
            return null;
        }
        return t.substring(0, 2);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
