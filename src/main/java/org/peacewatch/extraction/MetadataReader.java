package org.peacewatch.extraction;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/**
 * Reads title, authors, dates, canonical URL, site name, description and declared language from one pass over the
 * page. Each field takes the first source that has a usable value, in this order (documented in README):
 * <ol>
 * <li>JSON-LD Article objects (any Article subtype, also inside {@code @graph});</li>
 * <li>OpenGraph and {@code article:*} meta properties;</li>
 * <li>{@code meta name=...}: author, date, Dublin Core ({@code dc.*}, {@code dcterms.*}) and common CMS names;</li>
 * <li>{@code <time datetime>} and microdata ({@code itemprop});</li>
 * <li>visible bylines and dates in elements whose class says so, then date patterns in the URL;</li>
 * <li>for the date only: other date-named metas and RDFa {@code property} attributes, the datePublished of any
 * JSON-LD object, dates in inline script state, and a date written in the byline;</li>
 * <li>(in {@link ArticleExtractor}) a date in the page title, a date written next to the headline or at the start of
 * the text, a date after a label such as "Published on" or "Erschienen am", the modification date, and the feed's
 * date as the last resort.</li>
 * </ol>
 * A publication time stated in UTC is moved to the publisher's local day: the offset of another date on the page,
 * else the zone of the country domain. When the page prints none of the chosen day but another day its markup states
 * (a second publication field, the modification date, the UTC day), {@link ArticleExtractor} takes the printed one. The title is the visible headline when the meta titles confirm it (see
 * {@code title}).
 */
final class MetadataReader {

    record Metadata(String title, List<String> authors, OffsetDateTime published, OffsetDateTime modified,
                    String declaredLanguage, String canonicalUrl, String siteName, String description,
                    String ldArticleBody, String documentTitle, List<OffsetDateTime> otherDates, boolean liveBlog,
                    boolean paywalled, boolean declaredArticle) {
    }

    private static final List<String> PUBLISHED_META = List.of("article:published_time", "article:published",
            "og:published_time", "og:article:published_time", "published_time", "article.published", "datepublished",
            "publishdate", "publish-date", "publish_date", "pubdate", "dc.date.issued", "dcterms.issued",
            "dc.date.created", "dcterms.created", "sailthru.date", "parsely-pub-date",
            "article_date_original", "original-publish-date", "creation_date", "citation_publication_date",
            "displaydate", "dc.date.available", "article.created", "date.available", "release_date", "og:pubdate",
            "uploaddate", "datecreated");
    /** Generic date names that many CMSs fill with the last change of the page: weaker than a visible time element. */
    private static final List<String> GENERIC_DATE_META = List.of("date", "dc.date", "dcterms.date");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "article:modified", "datemodified", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod");
    private static final List<String> AUTHOR_META = List.of("author", "article:author", "dc.creator", "dcterms.creator",
            "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:creator", "og:article:author",
            "article.author", "cxenseparse:author");
    /** Class and id words of a sidebar box; {@link #sidebarHint} looks for them without the regex. */
    static final Pattern SIDEBAR_HINT = Pattern.compile("sidebar|widget|related|recent|teaser");
    private static final List<String> SIDEBAR_WORDS = List.of("sidebar", "widget", "related", "recent", "teaser");
    /** Class and id words of a publication date line; {@link #isPublishedLineHint} looks for them without the regex. */
    static final Pattern PUBLISHED_LINE = Pattern.compile("publi|pubdate|post-?date|posted|created|entry-date");
    private static final List<String> PUBLISHED_LINE_WORDS = List.of("publi", "pubdate", "postdate", "post-date", "posted",
            "created", "entry-date");
    private static final Pattern PUBLISHED_NAME = Pattern.compile("publish|pubdate|release|issued|created");
    private static final Pattern NOT_PUBLISHED_NAME = Pattern.compile("modif|update|expir|revis|copyright");
    /** Whether Java has a URL handler for each scheme asked about, bounded: pages could name endless made-up schemes. */
    private static final Map<String, Boolean> URL_HANDLERS = new ConcurrentHashMap<>();

    static final Pattern SCRIPT_DATE = Pattern.compile(
            "\\\\?\"(?:datePublished|publishDate|published_at|publishedAt|pubDate|date_published|publish_date|publishedDate|firstPublished|first_published_at|publicationDate)\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\]{6,40})");
    /** Parsed once: Jsoup parses a query string again on every call. */
    private static final Evaluator IN_BOX = Selector.evaluatorOf("nav, aside, footer, form, dialog");
    private static final Evaluator IN_FORM = Selector.evaluatorOf("form, label");
    private static final Evaluator ITEMPROP_NAME = Selector.evaluatorOf("[itemprop=name]");
    private static final List<String> META_KEYS = List.of("property", "name", "itemprop", "http-equiv");
    static final int BYLINE = 1;
    static final int DATE = 2;
    /** Class and id words of a site heading's container; {@link #isSiteHeadingHint} looks for them without the regex. */
    static final Pattern SITE_HEADING_HINT = Pattern.compile("masthead|site-?title|site-?name|logo|branding|blog-?title|site-?header");
    private static final List<String> SITE_HEADING_WORDS = List.of("masthead", "site-title", "sitetitle", "site-name", "sitename",
            "logo", "branding", "blog-title", "blogtitle", "site-header", "siteheader");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,6}");
    /** "By", "von", "par" ... before a name; {@link #endOfLastBylineMarker} finds its last match without the regex. */
    static final Pattern BYLINE_MARKER = Pattern.compile("(?iu)(?:^|\\s|·)(?:by|von|par|door|di|por)\\s+");
    private static final List<String> BYLINE_MARKER_WORDS = List.of("by", "von", "par", "door", "di", "por");
    private static final Pattern BYLINE_SEPARATOR = Pattern.compile("\\s[·|•]\\s|\\s[-–—]\\s");
    /** "Bo2man am 29.12.2010, 13:36 Uhr", "Ann on March 3, 2021": a name followed by when it was written. */
    private static final Pattern BYLINE_DATE_TAIL = Pattern.compile("(?iu)\\s+(?:am|on|le|el|il|op|,)\\s+.*\\d{4}.*$|,?\\s+\\d{1,2}[.:/].*$");
    private static final Pattern KICKER_HINT = Pattern.compile(
            "kicker|dachzeile|topline|overline|roofline|eyebrow|subtitle|subheadline|sub-title|topic|label|visually-hidden|invisible|sr-only|screen-reader");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{2,6}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});");
    /** Every character that a {@link #TITLE_SEPARATOR} match needs one of. */
    private static final String SEPARATOR_CHARS = "|-–—·•:»«/\\~";
    /** The separator characters that {@link #TITLE_SEPARATOR} also takes without spaces around them. */
    private static final String UNSPACED_SEPARATORS = "|»«•·";
    /** How title segments are set apart; {@link #splitAtSeparators} and {@link #hasSeparator} apply it by hand. */
    static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:»«/\\\\~]+\\s+|\\s*[|»«•·]\\s*|\\s+::\\s+");

    private MetadataReader() {
    }

    static Metadata read(Document doc, String url) {
        ElementScan scan = new ElementScan();
        List<Element> all = allElements(doc);
        all.forEach(scan);
        return scan.read(url, all);
    }

    /**
     * What the metadata takes from single elements (meta tags, JSON-LD scripts, links, headings, RDFa and microdata
     * attributes), gathered as the page's elements are visited in document order. The cut into blocks visits every
     * element anyway and hands each one over, so the elements are read while the walk has them at hand.
     */
    static final class ElementScan implements Consumer<Element> {
        private final Map<String, String> meta = new HashMap<>();
        private final JsonLd ld = new JsonLd();
        private final List<Element> times = new ArrayList<>();
        private final Map<String, Element> itemprops = new HashMap<>();
        private final List<Element> h1s = new ArrayList<>();
        private final List<Element> h2s = new ArrayList<>();
        private final List<InlineScript> scripts = new ArrayList<>();
        /** Where script text comes from when the parser read the page without it; null when it read the page whole. */
        private final SkimmedPage skimmed;
        private int scriptsSeen;
        private int stylesSeen;
        private int svgsSeen;
        private boolean rawTextInTree;
        private String canonical;
        private String htmlLang;
        private String pageTitle;

        ElementScan() {
            this(null);
        }

        ElementScan(SkimmedPage skimmed) {
            this.skimmed = skimmed;
        }

        /**
         * Whether the parser found the script, style and SVG elements that the skim counted, no more and no fewer, the
         * scripts and HTML styles all empty: only then is each script's text the one the skim holds at its place.
         */
        boolean agreesWithSkim() {
            return !rawTextInTree && scriptsSeen == skimmed.scriptCount() && stylesSeen == skimmed.styleCount()
                    && svgsSeen == skimmed.svgCount();
        }

        @Override
        public void accept(Element e) {
            switch (e.normalName()) {
                case "html" -> htmlLang = e.attr("lang").isBlank() ? e.attr("xml:lang") : e.attr("lang");
                case "meta" -> {
                    // The parser lower-cases attribute names: exact lookups find what attr()'s case-blind ones would.
                    Attributes attributes = e.attributes();
                    String content = attributes.get("content").strip();
                    if (!content.isEmpty()) {
                        for (String key : META_KEYS) {
                            String k = attributes.get(key).strip().toLowerCase(Locale.ROOT);
                            if (!k.isEmpty()) {
                                meta.putIfAbsent(k, content);
                            }
                        }
                    }
                }
                case "script" -> {
                    int ordinal = scriptsSeen++;
                    rawTextInTree |= skimmed != null && e.childNodeSize() > 0;
                    if (!e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        scripts.add(new InlineScript(e, ordinal));
                    } else {
                        ld.add(skimmed == null ? scriptData(e) : skimmed.scriptText(ordinal));
                    }
                }
                case "svg" -> svgsSeen++;
                case "style" -> {
                    stylesSeen++;
                    // In an image a style is an ordinary element, and the skim leaves its text to the parser.
                    rawTextInTree |= skimmed != null && e.childNodeSize() > 0
                            && !Parser.NamespaceSvg.equals(e.tag().namespace());
                }
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                        canonical = absoluteHref(e);
                        if (canonical.isEmpty()) {
                            canonical = e.attr("href");
                        }
                    }
                }
                case "time" -> times.add(e);
                case "h1" -> h1s.add(e);
                case "h2" -> h2s.add(e);
                case "title" -> {
                    // The first title outside inline SVG; Jsoup's Document.title() looks in the head only.
                    if (pageTitle == null && e.parents().stream().noneMatch(p -> p.normalName().equals("svg"))) {
                        pageTitle = e.text();
                    }
                }
                default -> {
                }
            }
            if (!e.normalName().equals("meta")) {
                readMarkup(e, meta, itemprops);
            }
        }

        /** Reads the metadata once every element of the page, {@code all} in document order, has been visited. */
        Metadata read(String url, List<Element> all) {
            Hinted hinted = new Hinted(all);
            String host = host(url);
            String siteName = firstNonBlank(meta.get("og:site_name"), ld.publisherName(), meta.get("application-name"));
            String title = title(pageTitle, meta, ld, h1s, h2s, siteName, host);
            String publishedValue = published(meta, ld, times, itemprops, hinted, url);
            OffsetDateTime published = Dates.parse(publishedValue);
            OffsetDateTime statedPublished = published;
            // An instant stated in UTC falls on the publisher's local day, which is the day readers see on the page.
            if (published != null && ZoneOffset.UTC.equals(Dates.statedOffset(publishedValue))) {
                ZoneOffset local = localOffset(meta, ld, times);
                if (local == null) {
                    local = Dates.countryOffset(host, published.toInstant());
                }
                if (local != null) {
                    published = published.withOffsetSameInstant(local);
                }
            }
            if (published == null) {
                published = fromOtherMeta(meta);
            }
            if (published == null) {
                published = Dates.parse(ld.anyDatePublished);
            }
            if (published == null) {
                published = fromScripts(scripts, skimmed);
            }
            if (published == null) {
                published = Dates.startOfDay(inBylines(hinted.bylines()));
            }
            OffsetDateTime modified = firstDate(ld.first("dateModified", true), MODIFIED_META.stream().map(meta::get).toList());
            List<String> authors = authors(meta, ld, itemprops, hinted);
            String language = firstNonBlank(htmlLang, meta.get("content-language"), meta.get("og:locale"), meta.get("dc.language"));
            String description = firstNonBlank(meta.get("og:description"), meta.get("description"), ld.first("description", false));
            return new Metadata(title, authors, published, modified, language,
                    firstNonBlank(canonical, meta.get("og:url")), siteName, description, ld.first("articleBody", false),
                    firstNonBlank(pageTitle, meta.get("og:title")), otherDates(meta, ld, times, itemprops, statedPublished, published),
                    ld.liveBlog, ld.paywalled, !ld.articles.isEmpty() || "article".equalsIgnoreCase(meta.get("og:type")));
        }
    }

    /** An inline script (not JSON-LD) and its place among all the page's scripts. */
    private record InlineScript(Element element, int ordinal) {
    }

    /** The script's text: mostly one data node, taken as it is; several are joined. */
    private static String scriptData(Element script) {
        if (script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode data) {
            return data.getWholeData();
        }
        StringBuilder sb = new StringBuilder();
        for (Node child : script.childNodes()) {
            if (child instanceof DataNode data) {
                sb.append(data.getWholeData());
            }
        }
        return sb.toString();
    }

    /**
     * RDFa on ordinary elements ({@code <span property="schema:dateCreated" content="...">}) and microdata item
     * properties. Asked of every element: attr() answers an element without attributes from a field, where
     * attributesSize() counts them one by one first, and it makes no Attribute object per attribute as iterating does.
     */
    private static void readMarkup(Element e, Map<String, String> meta, Map<String, Element> itemprops) {
        String property = e.attr("property");
        String itemprop = e.attr("itemprop");
        if (!property.isEmpty()) {
            String key = property.strip().toLowerCase(Locale.ROOT);
            String value = e.attr("content").strip();
            if (!key.isEmpty() && !value.isEmpty()) {
                meta.putIfAbsent(key, value);
            }
        }
        if (!itemprop.isEmpty()) {
            itemprops.putIfAbsent(itemprop.toLowerCase(Locale.ROOT), e);
        }
    }

    /**
     * The visible headline, because that is what readers (and the reference annotations) call the title; meta titles
     * are SEO copies that carry site names, sections and rewrites. An h1 is trusted when it shares most of its words
     * with a meta title, or when it reads like a headline on its own; otherwise the meta title without its site-name
     * tail. Without a usable h1, an h2 that agrees with a meta title wins over the meta title, as does an h2 above a
     * lone h1 that repeats a meta title word for word (the h1 is then a heading inside the text).
     */
    private static String title(String pageTitle, Map<String, String> meta, JsonLd ld, List<Element> h1s, List<Element> h2s,
                                String siteName, String host) {
        String documentTitle = titleText(pageTitle);
        List<String> siteNames = new ArrayList<>();
        if (siteName != null) {
            siteNames.add(siteName);
        }
        String publisher = ld.publisherName();
        if (publisher != null) {
            siteNames.add(publisher);
        }
        // The meta titles repeat the document title and each other; each is cut once while the site names stay.
        Map<String, String> stripped = new HashMap<>();
        List<String> ownTitles = new ArrayList<>();
        for (String t : new String[] {documentTitle, titleText(meta.get("og:title")), titleText(ld.first("headline", false))}) {
            if (t != null && !t.isEmpty()) {
                ownTitles.add(t);
                ownTitles.add(cutOnce(t, stripped, siteNames, host));
            }
        }
        List<Heading> headlines = new ArrayList<>();
        for (Element e : h1s) {
            String text = titleText(headingText(e));
            if (text.length() < 3 || text.length() > 300) {
                continue;
            }
            // A heading that repeats the whole meta title is the headline, whatever its container is called.
            boolean wholeTitle = equalsAnyIgnoringCase(text, ownTitles);
            if (!wholeTitle && (siteHeading(e, host) || laterSegment(text, documentTitle))) {
                siteNames.add(text);
                stripped.clear();
            } else {
                headlines.add(new Heading(e, text));
            }
        }
        // Visually hidden h1s often repeat the whole document title, site name included.
        for (int i = 0; i < headlines.size(); i++) {
            Heading h = headlines.get(i);
            headlines.set(i, new Heading(h.element(), withoutPipeTail(stripSiteNames(h.text(), siteNames, host))));
        }
        List<String> metaTitles = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String candidate : new String[] {meta.get("og:title"), meta.get("twitter:title"), ld.first("headline", false),
                meta.get("dc.title"), meta.get("title"), documentTitle}) {
            // The meta fields mostly repeat one title; a repeat would clean to a title already listed or skipped.
            if (candidate == null || seen.contains(candidate)) {
                continue;
            }
            seen.add(candidate);
            String t = titleText(candidate);
            if (t == null || t.isEmpty() || equalsAnyIgnoringCase(t, siteNames)) {
                continue;
            }
            String clean = cutOnce(withoutDomainPrefix(t, host), stripped, siteNames, host);
            if (!metaTitles.contains(clean)) {
                metaTitles.add(clean);
            }
        }
        String metaTitle = metaTitles.isEmpty() ? null : metaTitles.get(0);
        String agreeing = agreeingHeading(headlines, metaTitles);
        if (agreeing != null) {
            return asMetaWrites(agreeing, metaTitles);
        }
        // One h1 that reads like a headline (several words, not a box label among many h1s) beats a rewritten meta title.
        // Pop-ups repeat their h1 (newsletter sign-ups), so repeats count once; a short h1 that is the first segment
        // of the document title ("Ben Wilson Surf - Shop - Slogan") is confirmed by it.
        if (!headlines.isEmpty() && distinctTexts(headlines) <= 2) {
            Element h1 = headlines.get(0).element();
            String text = headlines.get(0).text();
            // Not a heading of a box around the article (newsletter sign-up, related stories, comments).
            boolean inBox = h1.closest(IN_BOX) != null || inComment(h1);
            int words = text.split(" ").length;
            // Headlines run to about twenty words; a longer h1 is a lede paragraph set in heading type.
            boolean headlineLength = words >= 4 && words <= 30 || firstSegment(text, documentTitle);
            if (metaTitle == null || !inBox && headlineLength && !siteNames.stream().anyMatch(n -> names(text, n))) {
                String above = metaTitle == null ? null : metaTitleHeadingAbove(h1, h2s, metaTitles);
                return asMetaWrites(above != null ? above : text, metaTitles);
            }
        }
        // Only a page without a usable h1 reads its h2s.
        if (metaTitle != null && headlines.isEmpty()) {
            List<Heading> subheads = new ArrayList<>();
            for (Element e : h2s.subList(0, Math.min(30, h2s.size()))) {
                if (!inCommentArea(e)) {
                    subheads.add(new Heading(e, titleText(headingText(e))));
                }
            }
            String h2 = agreeingHeading(subheads, metaTitles);
            return h2 != null ? asMetaWrites(h2, metaTitles) : metaTitle;
        }
        if (metaTitle != null) {
            return metaTitle;
        }
        return headlines.isEmpty() ? null : headlines.get(0).text();
    }

    private record Heading(Element element, String text) {
    }

    /** The title without its site-name tail, cut once per title while the site names stay the same. */
    private static String cutOnce(String title, Map<String, String> stripped, List<String> siteNames, String host) {
        String cut = stripped.get(title);
        if (cut == null) {
            cut = stripTail(title, siteNames, host);
            stripped.put(title, cut);
        }
        return cut;
    }

    private static boolean equalsAnyIgnoringCase(String text, List<String> candidates) {
        for (String candidate : candidates) {
            if (text.equalsIgnoreCase(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** True when a title is one of the meta titles in the comparable form. */
    private static boolean isComparablyAny(String title, List<String> metaTitles) {
        String c = comparable(title);
        for (String metaTitle : metaTitles) {
            if (comparable(metaTitle).equals(c)) {
                return true;
            }
        }
        return false;
    }

    private static int distinctTexts(List<Heading> headings) {
        Set<String> texts = new HashSet<>();
        for (Heading heading : headings) {
            texts.add(heading.text());
        }
        return texts.size();
    }

    /**
     * The heading in the letter case of a meta title (or of one of its segments) that is the same words. Headings set
     * in capitals are styled so in the source as well as by CSS, and a heading in lower or sentence case next to a
     * title-case meta title is mostly restyled too; the meta title is the publisher's own written form. A heading
     * that a meta title repeats literally keeps its case.
     */
    private static String asMetaWrites(String heading, List<String> metaTitles) {
        // Most headings are a meta title word for word, or not one at all; only the rest needs the segments.
        if (metaTitles.contains(heading) || !anyContainsIgnoringCase(metaTitles, heading)) {
            return heading;
        }
        List<String> forms = new ArrayList<>();
        for (String metaTitle : metaTitles) {
            forms.add(metaTitle);
            for (String part : splitAtSeparators(metaTitle)) {
                forms.add(part.strip());
            }
        }
        if (forms.contains(heading)) {
            return heading;
        }
        boolean headingCaps = allCaps(heading);
        for (String form : forms) {
            if (form.equalsIgnoreCase(heading) && !allCaps(form)
                    && (headingCaps || capitals(form) > capitals(heading))) {
                return form;
            }
        }
        return heading;
    }

    private static long capitals(String s) {
        return s.chars().filter(Character::isUpperCase).count();
    }

    private static boolean allCaps(String s) {
        return s.chars().anyMatch(Character::isUpperCase) && s.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean anyContainsIgnoringCase(List<String> texts, String part) {
        for (String text : texts) {
            if (containsIgnoringCase(text, part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoringCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /** The heading without segments that name the site; unlike meta titles, headings keep short last segments. */
    private static String stripSiteNames(String text, List<String> siteNames, String host) {
        if (!hasSeparator(text)) {
            return text;
        }
        String stripped = stripTail(text, siteNames, host);
        return stripped.length() < text.length() && tokens(text).size() > tokens(stripped).size()
                && siteNames.stream().anyMatch(n -> text.toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT)))
                ? stripped : text;
    }

    /**
     * The first heading that shares most of its words with a meta title. A heading made of a kicker plus the meta
     * title ("Immobilienkrise" + "Signa in Sorge") gives only the part the meta title confirms.
     */
    private static String agreeingHeading(List<Heading> headings, List<String> metaTitles) {
        String best = null;
        int bestTokens = 0;
        double bestShare = 0;
        Element bestElement = null;
        List<Set<String>> metaTokenSets = new ArrayList<>(metaTitles.size());
        for (String metaTitle : metaTitles) {
            metaTokenSets.add(tokens(metaTitle));
        }
        for (Heading heading : headings) {
            Element e = heading.element();
            String text = heading.text();
            Set<String> headingTokens = tokens(text);
            if (headingTokens.isEmpty()) {
                continue;
            }
            for (Set<String> metaTokens : metaTokenSets) {
                int shared = 0;
                for (String token : headingTokens) {
                    if (metaTokens.contains(token)) {
                        shared++;
                    }
                }
                double share = Math.min((double) shared / headingTokens.size() + 0.0001, 1.0)
                        * Math.min(1.0, 2.0 * shared / Math.max(1, metaTokens.size()));
                // On a tie the heading with more words wins: a hidden section label ("News") also matches its meta title.
                if (share > bestShare || share == bestShare && best != null && headingTokens.size() > bestTokens) {
                    bestShare = share;
                    best = text;
                    bestTokens = headingTokens.size();
                    bestElement = e;
                }
            }
        }
        if (best == null || bestShare < 0.5) {
            return null;
        }
        if (isComparablyAny(best, metaTitles)) {
            return best;
        }
        for (String metaTitle : metaTitles) {
            String part = confirmedPart(bestElement, metaTitle);
            if (part != null) {
                return part;
            }
        }
        for (String metaTitle : metaTitles) {
            String confirmed = confirmedTail(best, bestElement, metaTitle);
            if (confirmed != null) {
                return confirmed;
            }
        }
        return best;
    }

    /**
     * The element inside the heading whose text is the whole meta title, when the heading adds more after it in other
     * elements: a link to the article followed by its source, a date or a comment count.
     */
    private static String confirmedPart(Element heading, String metaTitle) {
        String m = comparable(metaTitle);
        String h = comparable(normalise(heading.text()));
        // What follows must be a short addition next to the title, not a second half of the headline.
        if (!h.startsWith(m) || 2 * h.substring(m.length()).strip().split(" ").length >= m.split(" ").length) {
            return null;
        }
        for (Element inner : heading.getAllElements()) {
            if (inner != heading && comparable(normalise(inner.text())).equals(m)) {
                return normalise(inner.text());
            }
        }
        return null;
    }

    /**
     * An h2 above the h1 that repeats a meta title word for word: the article's heading, when the h1 is a heading
     * inside the text.
     */
    private static String metaTitleHeadingAbove(Element h1, List<Element> h2s, List<String> metaTitles) {
        for (Element h2 : h2s) {
            if (!precedes(h2, h1)) {
                break;
            }
            String text = titleText(headingText(h2));
            if (text.split(" ").length >= 3 && isComparablyAny(text, metaTitles)) {
                return text;
            }
        }
        return null;
    }

    /** True when {@code a} comes before {@code b} in document order (and is not its ancestor). */
    private static boolean precedes(Element a, Element b) {
        List<Integer> pa = treePath(a);
        List<Integer> pb = treePath(b);
        for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
            int c = Integer.compare(pa.get(i), pb.get(i));
            if (c != 0) {
                return c < 0;
            }
        }
        return false;
    }

    private static List<Integer> treePath(Element e) {
        List<Integer> path = new ArrayList<>();
        for (Element p = e; p.parent() != null; p = p.parent()) {
            path.add(0, p.siblingIndex());
        }
        return path;
    }

    /** True when the text is the first of several segments of the document title ("Headline - Shop - Slogan"). */
    private static boolean firstSegment(String text, String documentTitle) {
        if (documentTitle == null) {
            return false;
        }
        if (!mayHaveSeparator(documentTitle)) {
            return false;
        }
        String[] parts = splitAtSeparators(documentTitle);
        return parts.length >= 2 && comparable(parts[0].strip()).equals(comparable(text));
    }

    /** "davidbau.com Vibe Coding": the page's own domain written before the title without a separator. */
    private static String withoutDomainPrefix(String title, String host) {
        if (host == null || title.length() <= host.length() + 1 || !title.regionMatches(true, 0, host, 0, host.length())
                || title.charAt(host.length()) != ' ') {
            return title;
        }
        String rest = title.substring(host.length()).strip();
        return rest.isEmpty() || !Character.isLetterOrDigit(rest.charAt(0)) ? title : rest;
    }

    /** Comment threads title themselves after the article ("15 Replies to ..."). */
    private static boolean inCommentArea(Element e) {
        return mentionsComment(e) || inComment(e);
    }

    /**
     * A heading without a short " | " tail that names a section or a teaser ("Best movers in 2025 | Top 19
     * Companies"): a pipe sets off an addition, not the headline's own words.
     */
    static String withoutPipeTail(String heading) {
        String text = heading;
        int at;
        while ((at = text.lastIndexOf(" | ")) > 0) {
            String before = text.substring(0, at).strip();
            int tailWords = splitWordCount(text.substring(at + 3).strip());
            int beforeWords = splitWordCount(before);
            if (tailWords > 4 || beforeWords < 4 || beforeWords <= tailWords) {
                break;
            }
            text = before;
        }
        return text;
    }

    /**
     * Title text with whitespace collapsed, entities decoded that the page escaped twice ("SQL &#x26; AI") and UTF-8
     * repaired that was read as Latin-1 ("Investor\u00e2\u0080\u0099s").
     */
    private static String titleText(String s) {
        String text = normalise(s);
        if (text != null && text.indexOf('&') >= 0 && ENTITY.matcher(text).find()) {
            text = Parser.unescapeEntities(text, false);
        }
        if (text == null) {
            return null;
        }
        text = repairedUtf8(text);
        // NFC, so one title has one spelling: pages also write letters that NFC splits into base and mark (Bengali U+09DC).
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** C1 control characters never occur in real text; with them, the string is UTF-8 bytes decoded as Latin-1. */
    private static String repairedUtf8(String text) {
        boolean control = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xff) {
                return text;
            }
            control |= c >= 0x80 && c <= 0x9f;
        }
        if (!control) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /** A kicker is words; a leading year or number ("2025 Price Guide") belongs to the headline. */
    private static boolean numberOnly(String s) {
        return s.codePoints().anyMatch(Character::isDigit) && s.codePoints().noneMatch(Character::isLetter);
    }

    /** The end of the heading that matches the meta title when what comes before it is a short kicker. */
    private static String confirmedTail(String heading, Element element, String metaTitle) {
        String h = comparable(heading);
        String m = comparable(metaTitle);
        if (m.length() < 15 || h.length() <= m.length() || !h.endsWith(m) || h.length() - m.length() > 60
                || numberOnly(h.substring(0, h.length() - m.length()))) {
            return null;
        }
        // Same length in comparable form keeps the heading's own characters (its dashes and quotes).
        String tail = heading.length() == h.length() ? heading.substring(heading.length() - m.length()).strip() : metaTitle;
        for (Element child : element.children()) {
            if (comparable(child.text()).equals(m)) {
                return normalise(child.text());
            }
        }
        return withoutLeadingSeparators(tail);
    }

    /**
     * A heading's text without the kicker ("Dachzeile") or subtitle that news templates put inside the h1 as their
     * own marked-up element, and without text hidden for screen readers only.
     */
    static String headingText(Element heading) {
        // Counted by hand: Jsoup counts child elements by building and caching a list of them.
        int children = 0;
        Element onlyChild = null;
        for (int i = 0; i < heading.childNodeSize(); i++) {
            if (heading.childNode(i) instanceof Element e) {
                children++;
                onlyChild = e;
            }
        }
        // Headings are often one link to the article; the kicker then sits inside the link.
        if (children == 1 && onlyChild.normalName().equals("a") && heading.ownText().isBlank()) {
            return headingText(onlyChild);
        }
        if (children == 0 || !hasKicker(heading)) {
            return normalise(heading.text());
        }
        StringBuilder kept = new StringBuilder();
        for (Node child : heading.childNodes()) {
            String text = child instanceof Element e ? e.text() : child instanceof TextNode t ? t.text() : "";
            if (child instanceof Element e && !text.isBlank() && isKicker(e)) {
                continue;
            }
            kept.append(text).append(' ');
        }
        String rest = normalise(kept.toString());
        return rest.split(" ").length >= 2 ? rest : normalise(heading.text());
    }

    /** True when a child element of the heading is a kicker with text; most headings have none to drop. */
    private static boolean hasKicker(Element heading) {
        for (int i = 0; i < heading.childNodeSize(); i++) {
            if (heading.childNode(i) instanceof Element e && isKicker(e) && !e.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKicker(Element e) {
        String hint = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return KICKER_HINT.matcher(hint).find() || e.hasAttr("aria-hidden") || e.normalName().equals("small");
    }

    /** Lower case with typographic quotes, dashes, soft hyphens and space variants folded, for comparisons only. */
    static String comparable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00ad', '\u200b' -> {
                }
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u00b4', '`' -> sb.append('\'');
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb' -> sb.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> sb.append('-');
                case '\u00a0' -> sb.append(' ');
                default -> sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static boolean names(String text, String siteName) {
        String key = key(text);
        String site = key(siteName);
        return !key.isEmpty() && (key.equals(site) || site.length() >= 4 && key.contains(site) && key.length() <= site.length() + 12);
    }

    /**
     * True when the text is a segment after the first of a "Headline | Site" document title. The longest segment is
     * the headline even when it comes last ("Agency - Press releases - Headline").
     */
    private static boolean laterSegment(String text, String documentTitle) {
        if (documentTitle == null || !mayHaveSeparator(documentTitle)) {
            return false;
        }
        String[] parts = splitAtSeparators(documentTitle);
        int longest = 0;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() > parts[longest].length()) {
                longest = i;
            }
        }
        for (int i = 1; i < parts.length; i++) {
            if (i != longest && parts[i].strip().equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHomePage(String link, String pageHost) {
        String host = host(link);
        if (host == null || !host.equals(pageHost)) {
            return false;
        }
        try {
            String path = URI.create(link.strip().replace(" ", "%20").replace("|", "%7C")).getPath();
            return path == null || path.replace("/", "").isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The element's href as an absolute address. An href that is already a plain absolute web address (ASCII, no
     * white space, no dot segments) resolves to itself, so it is kept as written: Jsoup's resolution would build two
     * URL objects and run a regex over it to give the same answer. So does a link whose scheme Java has no URL handler
     * for ("tel:", "javascript:", "whatsapp:"): Jsoup hands it back only after Java has searched the service
     * providers of every jar on the class path for a handler, twice, and a row of share buttons repeats that per link.
     */
    static String absoluteHref(Element e) {
        String href = e.attr("href");
        return isPlainWebAddress(href) || hasSchemeWithoutUrlHandler(href) ? href : e.absUrl("href");
    }

    /**
     * Whether {@code href} opens with a scheme, as {@link java.net.URL} reads one, that Java has no handler for, and
     * holds nothing that Jsoup's resolution would strip (control characters): then that resolution fails and answers
     * the href itself.
     */
    static boolean hasSchemeWithoutUrlHandler(String href) {
        if (href.isEmpty() || !isAsciiLetter(href.charAt(0))) {
            return false;
        }
        int colon = 1;
        while (colon < href.length() && isSchemeCharacter(href.charAt(colon))) {
            colon++;
        }
        if (colon == href.length() || href.charAt(colon) != ':') {
            return false;
        }
        for (int i = 0; i < href.length(); i++) {
            if (href.charAt(i) < 0x20) {
                return false;
            }
        }
        String scheme = href.substring(0, colon).toLowerCase(Locale.ROOT);
        // "url:" is a prefix that java.net.URL skips before reading the real scheme.
        if (scheme.equals("url")) {
            return false;
        }
        Boolean known = URL_HANDLERS.get(scheme);
        if (known == null) {
            known = hasUrlHandler(scheme);
            if (URL_HANDLERS.size() < 1_000) {
                URL_HANDLERS.put(scheme, known);
            }
        }
        return !known;
    }

    private static boolean hasUrlHandler(String scheme) {
        try {
            new URL(scheme + ":x");
            return true;
        } catch (MalformedURLException e) {
            // Any other complaint comes from a handler that exists (a "jar:" address without its "!/").
            return e.getMessage() == null || !e.getMessage().startsWith("unknown protocol");
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A character that java.net.URL accepts in a scheme after its first letter. */
    private static boolean isSchemeCharacter(char c) {
        return isAsciiLetterOrDigit(c) || c == '+' || c == '.' || c == '-';
    }

    static boolean isPlainWebAddress(String s) {
        int authority = s.startsWith("https://") ? 8 : s.startsWith("http://") ? 7 : -1;
        if (authority < 0 || s.contains("/.")) {
            return false;
        }
        // A host name and perhaps a port: Jsoup drops user info ("user:pw@") and answers "" for a bad port.
        int i = authority;
        while (i < s.length() && (isAsciiLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) {
            i++;
        }
        if (i == authority) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == ':') {
            int port = ++i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == port) {
                return false;
            }
        }
        if (i < s.length() && s.charAt(i) != '/' && s.charAt(i) != '?' && s.charAt(i) != '#') {
            return false;
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** An h1 that holds the site's name: it links to the home page or sits in the page header outside the article. */
    private static boolean siteHeading(Element h1, String host) {
        if (linksHome(h1, host)) {
            return true;
        }
        // Only close containers: page wrappers carry theme classes such as "logo-center" for the whole page.
        int depth = 0;
        for (Element p = h1.parent(); p != null && depth++ < 4; p = p.parent()) {
            String name = p.normalName();
            if (name.equals("article") || name.equals("main") || name.equals("body")) {
                return false;
            }
            String hint = (p.id() + " " + p.className()).toLowerCase(Locale.ROOT);
            if (isSiteHeadingHint(hint)) {
                return true;
            }
        }
        return false;
    }

    /** True when a link below the element leads to the site's home page; walked by hand, as Jsoup would list them all. */
    private static boolean linksHome(Element e, String host) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child
                    && (child.normalName().equals("a") && isHomeLink(child, host) || linksHome(child, host))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHomeLink(Element a, String host) {
        String href = a.attr("href").strip();
        // Resolving the link is the costly part; without the page's host it cannot name the home page.
        return href.equals("/") || href.equals("./") || host != null && isHomePage(absoluteHref(a), host);
    }

    /** {@code SITE_HEADING_HINT.matcher(hint).find()} by plain searches, which cost less than the regex's tries. */
    static boolean isSiteHeadingHint(String hint) {
        return containsAny(hint, SITE_HEADING_WORDS);
    }

    private static Set<String> tokens(String s) {
        Set<String> tokens = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return tokens;
    }

    /** Removes " | Site name" style tails (or heads) when a segment names the site or is much shorter than the rest. */
    static String stripTail(String title, List<String> siteNames, String host) {
        if (!mayHaveSeparator(title)) {
            return title;
        }
        String[] parts = splitAtSeparators(title);
        if (parts.length < 2) {
            return title;
        }
        List<String> sites = new ArrayList<>(siteNames.size());
        for (String siteName : siteNames) {
            String site = key(siteName);
            if (!site.isEmpty()) {
                sites.add(site);
            }
        }
        // "munich2022" in "European Championships Munich 2022": a short segment that spells the domain's name.
        String hostLabel = host == null ? "" : key(host.substring(0, Math.max(0, host.indexOf('.'))));
        String hostKey = host == null ? null : key(host);
        int longest = 0;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() > parts[longest].length()) {
                longest = i;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            String key = key(part);
            boolean names = !key.isEmpty() && (namesAnySite(key, sites)
                    || hostKey != null && hostKey.contains(key) && key.length() >= 3
                    || i != longest && hostLabel.length() >= 4 && key.contains(hostLabel) && key.length() <= hostLabel.length() + 30);
            if (!names) {
                kept.add(part);
            }
        }
        if (kept.isEmpty()) {
            return title;
        }
        if (kept.size() < parts.length) {
            // Rebuild from the original so separators inside the headline (e.g. "Talks: day two") survive.
            int start = title.indexOf(kept.get(0));
            String lastKept = kept.get(kept.size() - 1);
            int end = title.lastIndexOf(lastKept) + lastKept.length();
            if (start < 0 || end <= start) {
                return String.join(" ", kept);
            }
            title = title.substring(start, end).strip();
        }
        // Then drop last segments ("Section - Site") that are short next to the headline before them. After a pipe
        // a short segment is a site or section name whatever the headline's length ("Test | Site").
        for (int i = kept.size() - 1; i > 0; i--) {
            String last = kept.get(i);
            int at = title.lastIndexOf(last);
            String separated = at < 0 ? "" : title.substring(0, at);
            String before = withoutTrailingSeparators(separated);
            int words = splitWordCount(last);
            boolean afterPipe = separated.stripTrailing().endsWith("|") && words <= 4 && !before.isBlank();
            if (!afterPipe && (words > 3 || before.length() < 2 * last.length() || before.length() <= 20)) {
                break;
            }
            title = before;
        }
        return title;
    }

    /** True when a segment key and a site key name each other. */
    private static boolean namesAnySite(String key, List<String> sites) {
        for (String site : sites) {
            if (key.length() >= 3 && site.contains(key)
                    || site.length() >= 4 && key.contains(site) && key.length() <= site.length() + 12) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code TITLE_SEPARATOR.split(title)} without the regex, which cost more than the rest of the title rules: the
     * pieces between separators, trailing empty pieces dropped.
     */
    static String[] splitAtSeparators(String title) {
        if (!mayHaveSeparator(title)) {
            return new String[] {title};
        }
        List<String> parts = new ArrayList<>();
        int pieceStart = 0;
        int at = 0;
        while (at < title.length()) {
            int end = separatorEnd(title, at);
            if (end >= 0) {
                parts.add(title.substring(pieceStart, at));
                pieceStart = end;
                at = end;
            } else {
                // A separator fails from every space of a run when it fails from the first.
                at = isRegexSpace(title.charAt(at)) ? spacesEnd(title, at) : at + 1;
            }
        }
        if (pieceStart == 0) {
            return new String[] {title};
        }
        parts.add(title.substring(pieceStart));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** True when the title holds a {@link #TITLE_SEPARATOR} match. */
    static boolean hasSeparator(String title) {
        if (!mayHaveSeparator(title)) {
            return false;
        }
        for (int at = 0; at < title.length(); at++) {
            if (separatorEnd(title, at) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a {@link #TITLE_SEPARATOR} match that starts at {@code at} ends, or -1 when none starts there. The regex
     * takes its first alternative that matches, and each alternative's runs are greedy without giving back.
     */
    private static int separatorEnd(String title, int at) {
        char first = title.charAt(at);
        // "|", "»", "«", "•", "·" also stand without spaces; the other alternatives start with one.
        if (!isRegexSpace(first)) {
            return UNSPACED_SEPARATORS.indexOf(first) >= 0 ? spacesEnd(title, at + 1) : -1;
        }
        int runStart = spacesEnd(title, at);
        int runEnd = runStart;
        while (runEnd < title.length() && SEPARATOR_CHARS.indexOf(title.charAt(runEnd)) >= 0) {
            runEnd++;
        }
        // " - ", " :: ": spaces, separator characters, spaces.
        if (runEnd > runStart) {
            int end = spacesEnd(title, runEnd);
            if (end > runEnd) {
                return end;
            }
        }
        if (runStart < title.length() && UNSPACED_SEPARATORS.indexOf(title.charAt(runStart)) >= 0) {
            return spacesEnd(title, runStart + 1);
        }
        return -1;
    }

    /** The end of the run of regex {@code \s} characters that starts at {@code at}. */
    private static int spacesEnd(String s, int at) {
        int end = at;
        while (end < s.length() && isRegexSpace(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** False when no character of {@link #TITLE_SEPARATOR} occurs, so the regex cannot match. */
    private static boolean mayHaveSeparator(String title) {
        for (int i = 0; i < title.length(); i++) {
            if (SEPARATOR_CHARS.indexOf(title.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code s.replaceAll("[\\s|\\-–—·•:»«/\\\\~]+$", "")} without a regex. Like {@code $}, it also removes a run
     * just before a final line terminator that the class does not hold (U+0085, U+2028, U+2029).
     */
    static String withoutTrailingSeparators(String s) {
        int end = s.length();
        if (end > 0 && (s.charAt(end - 1) == '\u0085' || s.charAt(end - 1) == '\u2028' || s.charAt(end - 1) == '\u2029')) {
            end--;
        }
        int start = end;
        while (start > 0 && (SEPARATOR_CHARS.indexOf(s.charAt(start - 1)) >= 0 || isRegexSpace(s.charAt(start - 1)))) {
            start--;
        }
        return start == end ? s : s.substring(0, start) + s.substring(end);
    }

    /** {@code s.replaceFirst("^[\\s:|\\-–—]+", "")} without compiling the regex on every call. */
    static String withoutLeadingSeparators(String s) {
        int start = 0;
        while (start < s.length() && (":|-–—".indexOf(s.charAt(start)) >= 0 || isRegexSpace(s.charAt(start)))) {
            start++;
        }
        return s.substring(start);
    }

    /** {@code s.split("\\s+").length} without a regex. */
    static int splitWordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isRegexSpace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        if (words == 0) {
            // split keeps the one empty string of "", and drops the trailing empty strings of all-space input.
            return s.isEmpty() ? 1 : 0;
        }
        // Leading space gives a leading empty string; trailing empty strings are dropped.
        return isRegexSpace(s.charAt(0)) ? words + 1 : words;
    }

    /** The characters of a regex {@code \s} without the Unicode flag. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The page's statement of its publication date, in the precedence of the class comment; null when none parses. */
    private static String published(Map<String, String> meta, JsonLd ld, List<Element> times,
                                    Map<String, Element> itemprops, Hinted hinted, String url) {
        List<String> stated = new ArrayList<>();
        stated.add(ld.first("datePublished", false));
        PUBLISHED_META.forEach(key -> stated.add(meta.get(key)));
        stated.add(ld.first("dateCreated", false));
        Element item = itemprops.get("datepublished");
        if (item != null) {
            stated.add(firstNonBlank(item.attr("datetime"), item.attr("content"), item.text()));
        }
        for (String value : stated) {
            if (Dates.parse(value) != null) {
                return value;
            }
        }
        for (Element time : times) {
            String hint = (time.className() + " " + time.attr("itemprop") + " " + time.parent().className()).toLowerCase(Locale.ROOT);
            if (hint.contains("modif") || hint.contains("update") || inComment(time)) {
                continue;
            }
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.text();
            if (Dates.parse(value) != null) {
                return value;
            }
        }
        for (String key : GENERIC_DATE_META) {
            if (Dates.parse(meta.get(key)) != null) {
                return meta.get(key);
            }
        }
        String pageDate = ld.first("datePublished", true);
        if (Dates.parse(pageDate) != null) {
            return pageDate;
        }
        // A line named as the publication date beats other date lines (event dates, teasers) that come first.
        List<Element> unnamed = new ArrayList<>();
        for (Element e : hinted.dateLines()) {
            String hint = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (hint.contains("modif") || hint.contains("update") || hint.contains("comment")) {
                continue;
            }
            if (!isPublishedLineHint(hint)) {
                unnamed.add(e);
                continue;
            }
            LocalDate day = dateLineDay(e);
            if (day != null) {
                return day.toString();
            }
        }
        for (Element e : unnamed) {
            LocalDate day = dateLineDay(e);
            if (day != null) {
                return day.toString();
            }
        }
        LocalDate inUrl = Dates.fromUrl(url);
        return inUrl == null ? null : inUrl.toString();
    }

    private static LocalDate dateLineDay(Element e) {
        String own = e.ownText();
        if (own.isBlank() && textLongerThan(e, 200)) {
            return null;
        }
        String text = own.isBlank() ? e.text() : own;
        return text.length() > 200 ? null : Dates.dayIn(text);
    }

    /**
     * True when {@code e.text()} is sure to be longer than {@code max}, decided without building it: the text keeps
     * every character of the text nodes below that is neither white space nor invisible (soft hyphen, zero-width
     * space). Counting stops there, so a large container costs no more than a short line.
     */
    static boolean textLongerThan(Element e, int max) {
        int[] kept = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length() && kept[0] <= max; i++) {
                        char c = s.charAt(i);
                        if (c > ' ' && c != '\u00a0' && c != '\u00ad' && c != '\u200b') {
                            kept[0]++;
                        }
                    }
                }
                return kept[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return kept[0] > max;
    }

    /**
     * The offset the publisher writes its local times in, from the first date on the page that states a non-zero
     * offset (time elements, date metas, JSON-LD). Null when every date is in UTC or states no offset.
     */
    private static ZoneOffset localOffset(Map<String, String> meta, JsonLd ld, List<Element> times) {
        List<String> values = new ArrayList<>();
        values.add(ld.first("datePublished", true));
        values.add(ld.first("dateModified", true));
        PUBLISHED_META.forEach(key -> values.add(meta.get(key)));
        GENERIC_DATE_META.forEach(key -> values.add(meta.get(key)));
        MODIFIED_META.forEach(key -> values.add(meta.get(key)));
        for (int i = 0; i < times.size() && i < 10; i++) {
            values.add(times.get(i).attr("datetime"));
        }
        for (String value : values) {
            ZoneOffset offset = Dates.statedOffset(value);
            if (offset != null && offset.getTotalSeconds() != 0) {
                return offset;
            }
        }
        return null;
    }

    /**
     * Every other date the page's markup states for the article, in the precedence of {@code published}, then its
     * modification dates: the day readers see may be any of them (a template fills one field wrongly, the page shows
     * its last update, a UTC time falls on another local day). {@link ArticleExtractor} picks among them by the text.
     */
    private static List<OffsetDateTime> otherDates(Map<String, String> meta, JsonLd ld, List<Element> times,
                                                   Map<String, Element> itemprops, OffsetDateTime stated,
                                                   OffsetDateTime published) {
        List<String> values = new ArrayList<>();
        values.add(ld.first("datePublished", false));
        PUBLISHED_META.forEach(key -> values.add(meta.get(key)));
        values.add(ld.first("dateCreated", false));
        Element item = itemprops.get("datepublished");
        if (item != null) {
            values.add(firstNonBlank(item.attr("datetime"), item.attr("content")));
        }
        // Only the first time element: later ones date teasers, related articles and comments.
        if (!times.isEmpty() && !inComment(times.get(0))) {
            values.add(times.get(0).attr("datetime"));
        }
        GENERIC_DATE_META.forEach(key -> values.add(meta.get(key)));
        values.add(ld.first("datePublished", true));
        values.add(ld.first("dateModified", true));
        MODIFIED_META.forEach(key -> values.add(meta.get(key)));
        Element modifiedItem = itemprops.get("datemodified");
        if (modifiedItem != null) {
            values.add(firstNonBlank(modifiedItem.attr("datetime"), modifiedItem.attr("content")));
        }
        List<OffsetDateTime> dates = new ArrayList<>();
        for (String value : values) {
            OffsetDateTime d = Dates.parse(value);
            if (d != null && dates.stream().noneMatch(x -> x.toLocalDate().equals(d.toLocalDate()))) {
                dates.add(d);
            }
        }
        if (published != null) {
            // The same instant at another offset is no other statement, unless we moved a UTC time ourselves and
            // it did not land on local midnight (a CMS storing a local day as UTC).
            boolean moved = stated != null && !stated.getOffset().equals(published.getOffset())
                    && !published.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
            dates.removeIf(d -> d.toLocalDate().equals(published.toLocalDate())
                    || !moved && d.toInstant().equals(published.toInstant()));
        }
        return List.copyOf(dates);
    }

    /**
     * The day of a dateline next to the headline: a short element (not a sentence of the text) just after the first
     * h1 that is not the site's name, else just before it (dates above a headline). Null when none is there.
     */
    static LocalDate datelineDay(List<Element> all, String url) {
        String host = host(url);
        int headline = -1;
        for (int i = 0; i < all.size() && headline < 0; i++) {
            Element e = all.get(i);
            if (e.normalName().equals("h1") && !siteHeading(e, host)) {
                headline = i;
            }
        }
        if (headline < 0) {
            return null;
        }
        Element h1 = all.get(headline);
        Set<Element> around = new HashSet<>(h1.parents());
        around.add(h1);
        for (int i = headline + 1; i < all.size() && i <= headline + 80; i++) {
            LocalDate day = datelineIn(all.get(i), around);
            if (day != null) {
                return day;
            }
        }
        for (int i = headline - 1; i >= 0 && i >= headline - 20; i--) {
            LocalDate day = datelineIn(all.get(i), around);
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    /** {@code around}: the headline and its ancestors, which hold the headline's own text or whole paragraphs. */
    private static LocalDate datelineIn(Element e, Set<Element> around) {
        // A dateline is a few words long: neither a sentence of the text nor a container of several.
        if (moreChildElementsThan(e, 8) || around.contains(e) || e.hasParent() && around.contains(e.parent())
                && e.parent().normalName().equals("h1")) {
            return null;
        }
        String text = shortText(e, 80);
        if (text == null || text.length() < 6 || !hasDigit(text) || inComment(e) || inSidebar(e)) {
            return null;
        }
        LocalDate day = Dates.dayIn(text);
        return day;
    }

    /** {@code e.childrenSize() > max}, without listing the children. */
    private static boolean moreChildElementsThan(Element e, int max) {
        int elements = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element && ++elements > max) {
                return true;
            }
        }
        return false;
    }

    /**
     * A character that Jsoup's text keeps as it is and that no strip removes: not white space (Java's or Jsoup's,
     * which adds the no-break space), not a soft hyphen or zero-width space, which Jsoup drops.
     */
    private static boolean keptVisible(char c) {
        return !Character.isWhitespace(c) && c != '\u00a0' && c != '\u00ad' && c != '\u200b';
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The element's text when it has at most {@code max} characters, else null, without collecting a long text. */
    private static String shortText(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        // Characters that are neither white space nor invisible survive Jsoup's normalising, the collapsing and the
        // stripping: once more than max of them are seen the text is too long, and the walk stops there, before a
        // long paragraph is normalised.
        int[] visible = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String raw = t.getWholeText();
                    for (int i = 0; i < raw.length() && visible[0] <= max; i++) {
                        if (keptVisible(raw.charAt(i))) {
                            visible[0]++;
                        }
                    }
                    if (visible[0] > max) {
                        return FilterResult.STOP;
                    }
                    sb.append(t.text());
                } else if (node instanceof Element child && child.isBlock() && !sb.isEmpty()) {
                    sb.append(' ');
                }
                return sb.length() > max * 3 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        if (visible[0] > max) {
            return null;
        }
        String text = collapseSpaces(sb).strip();
        return text.length() > max ? null : text;
    }

    /** Each run of ASCII white space as one space, as {@code replaceAll("\\s+", " ")} would, without a regex. */
    private static String collapseSpaces(CharSequence s) {
        return BodyExtractor.collapsedRuns(s, c -> BodyExtractor.isRegexSpace((char) c));
    }

    /** Sidebars and widgets list other posts with their dates. */
    private static boolean inSidebar(Element e) {
        int depth = 0;
        for (Element p = e; p != null && depth++ < 8; p = p.parent()) {
            if (p.normalName().equals("aside") || sidebarHint(p.attr("class")) || sidebarHint(p.attr("id"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code SIDEBAR_HINT.matcher(value.toLowerCase(Locale.ROOT)).find()} by plain searches: the check runs for each
     * ancestor of every dateline candidate, and the regex tried its words at every position of long class values. No
     * hint word holds a space, so class and id are searched one by one instead of joined.
     */
    static boolean sidebarHint(String value) {
        return !value.isEmpty() && containsAny(value.toLowerCase(Locale.ROOT), SIDEBAR_WORDS);
    }

    /** {@code PUBLISHED_LINE.matcher(hint).find()} by plain searches. */
    static boolean isPublishedLineHint(String hint) {
        return containsAny(hint, PUBLISHED_LINE_WORDS);
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Comment threads date each comment; those dates are not the article's. */
    private static boolean inComment(Element e) {
        int depth = 0;
        for (Element p = e.parent(); p != null && depth++ < 6; p = p.parent()) {
            if (mentionsComment(p)) {
                return true;
            }
        }
        return false;
    }

    /** The class or id says "comment"; searched one by one, as joining them costs more than the search. */
    private static boolean mentionsComment(Element e) {
        return e.attr("class").toLowerCase(Locale.ROOT).contains("comment") || e.attr("id").toLowerCase(Locale.ROOT).contains("comment");
    }

    /** A date written in a byline ("Autor: Bo am 29.12.2010, 13:36 Uhr"). */
    private static LocalDate inBylines(Iterable<Element> bylines) {
        for (Element e : bylines) {
            if (textLongerThan(e, 200)) {
                continue;
            }
            String text = e.text();
            if (text.length() <= 200) {
                LocalDate day = Dates.textualDay(text);
                if (day != null) {
                    return day;
                }
            }
        }
        return null;
    }

    /** Any other meta whose name says it holds a publication date ("w-published-date", "published", ...). */
    private static OffsetDateTime fromOtherMeta(Map<String, String> meta) {
        for (var entry : meta.entrySet()) {
            String key = entry.getKey();
            if (PUBLISHED_NAME.matcher(key).find() && !NOT_PUBLISHED_NAME.matcher(key).find()) {
                OffsetDateTime d = Dates.parse(entry.getValue());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Publication dates that single-page apps keep in inline state ({@code "publishDate":"2025-05-27"}). */
    private static OffsetDateTime fromScripts(List<InlineScript> scripts, SkimmedPage skimmed) {
        for (InlineScript inline : scripts) {
            // Inline scripts run to megabytes: a long one is passed over before its text is copied.
            if (skimmed != null && skimmed.scriptLength(inline.ordinal()) > 2_000_000) {
                continue;
            }
            Element script = inline.element();
            // The data node itself, not data()'s copy of it.
            String data;
            if (skimmed != null) {
                data = skimmed.scriptText(inline.ordinal());
            } else {
                data = script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode node
                        ? node.getWholeData() : script.data();
            }
            if (data.length() > 2_000_000) {
                continue;
            }
            String value = scriptDateValue(data);
            if (value != null) {
                OffsetDateTime d = Dates.parse(value);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The date text of the first {@link #SCRIPT_DATE} match in {@code data}, as {@code find()} would give it, or null.
     * Every key the pattern names holds "ub" at most 7 characters in, and a match opens with a quote (perhaps escaped)
     * just before its key, so it starts 1 to 9 characters before an "ub": the pattern is tried at those places only,
     * in order. A find() over a script that mentions a key but holds no match ran through the rest of it, megabytes
     * on some pages.
     */
    static String scriptDateValue(String data) {
        Matcher m = SCRIPT_DATE.matcher(data);
        int tried = -1;
        for (int at = data.indexOf("ub"); at >= 0; at = data.indexOf("ub", at + 1)) {
            for (int start = Math.max(tried + 1, at - 9); start < at; start++) {
                char c = data.charAt(start);
                if ((c == '"' || c == '\\') && m.region(start, data.length()).lookingAt()) {
                    return m.group(1);
                }
            }
            tried = at - 1;
        }
        return null;
    }

    private static List<String> authors(Map<String, String> meta, JsonLd ld, Map<String, Element> itemprops, Hinted hinted) {
        List<String> raw = new ArrayList<>(ld.authors());
        raw.removeIf(MetadataReader::isWebAddress);
        if (raw.isEmpty()) {
            for (String key : AUTHOR_META) {
                String value = meta.get(key);
                if (value != null && !value.startsWith("http") && !value.startsWith("@") && !isWebAddress(value)) {
                    raw.add(value);
                    break;
                }
            }
        }
        if (raw.isEmpty()) {
            Element item = itemprops.get("author");
            if (item != null) {
                Element name = item.selectFirst(ITEMPROP_NAME);
                raw.add(name != null ? name.text() : item.hasAttr("content") ? item.attr("content") : item.text());
            }
        }
        if (raw.isEmpty()) {
            for (Element e : hinted.bylines()) {
                if (e.normalName().equals("meta") || inComment(e) || e.closest(IN_FORM) != null) {
                    continue;
                }
                String text = bylineName(normalise(e.text()));
                if (text.length() >= 3 && text.length() <= 80) {
                    raw.add(text);
                    break;
                }
            }
        }
        return Authors.split(raw);
    }

    /**
     * An author value that is a web address ("jungefreiheit.de", "Deutsche Welle (www.dw.com)"): CMSs fill author
     * fields with the site when no person signed. Site names in words are kept, as on personal sites the site's name
     * is the author's.
     */
    private static boolean isWebAddress(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.contains("www.") || !v.contains(" ") && DOMAIN.matcher(v).matches();
    }

    /**
     * The name in a visible byline, without the date, time and section that templates print beside it
     * ("Posted on September 21, 2020 by Adi Tzlil", "8. Januar 2020 · by Aureliana · in Gefühle").
     */
    static String bylineName(String text) {
        int from = endOfLastBylineMarker(text);
        String rest = from >= 0 ? text.substring(from) : text;
        StringBuilder kept = new StringBuilder();
        for (String part : BYLINE_SEPARATOR.split(rest)) {
            String p = BYLINE_DATE_TAIL.matcher(part.strip()).replaceFirst("").strip();
            if (p.isEmpty() || Dates.textualDay(p) != null || p.chars().allMatch(c -> !Character.isLetter(c))
                    || p.toLowerCase(Locale.ROOT).startsWith("in ")) {
                continue;
            }
            kept.append(kept.length() > 0 ? ", " : "").append(p);
        }
        return kept.toString();
    }

    /**
     * Where the last {@link #BYLINE_MARKER} match ends, as a loop of {@code find()} calls would leave it, or -1. The
     * regex tried its alternatives at every character of what can be a whole author box; this looks only where a
     * marker word can start. Matches do not overlap: the search goes on after the white space a match took.
     */
    static int endOfLastBylineMarker(String text) {
        int end = -1;
        int at = 0;
        while (at < text.length()) {
            // The regex's alternatives in order: the word at the very start, then a space or "·" and the word.
            int wordStart = at;
            int wordLength = at == 0 ? bylineMarkerWordAt(text, 0) : 0;
            char c = text.charAt(at);
            if (wordLength == 0 && (BodyExtractor.isRegexSpace(c) || c == '·')) {
                wordStart = at + 1;
                wordLength = bylineMarkerWordAt(text, wordStart);
            }
            if (wordLength == 0) {
                at++;
                continue;
            }
            int next = wordStart + wordLength;
            while (next < text.length() && BodyExtractor.isRegexSpace(text.charAt(next))) {
                next++;
            }
            end = next;
            at = next;
        }
        return end;
    }

    /**
     * The length of the marker word at {@code at} when white space follows it, else 0. Letters compare as the
     * pattern's case-insensitive Unicode flags compare them.
     */
    private static int bylineMarkerWordAt(String text, int at) {
        for (String word : BYLINE_MARKER_WORDS) {
            int end = at + word.length();
            if (end >= text.length() || !BodyExtractor.isRegexSpace(text.charAt(end))) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < word.length() && same; i++) {
                same = BodyExtractor.folded(text.charAt(at + i)) == word.charAt(i);
            }
            if (same) {
                return word.length();
            }
        }
        return 0;
    }

    /**
     * Elements whose class or id names a byline or a date line: the first 20 bylines and the first 30 date lines of
     * the page. Most pages state authors and dates in metadata, so the class scan runs only for those that do not,
     * and only as far into the page as a caller reads (a byline is mostly found near the top).
     */
    private static final class Hinted {
        private static final int MAX_BYLINES = 20;
        private static final int MAX_DATE_LINES = 30;
        /** Every element of the page in document order, as the first pass listed them. */
        private final List<Element> all;
        /** How many elements of {@code all} have been classified into the two lists. */
        private int scanned;
        private final List<Element> bylines = new ArrayList<>();
        private final List<Element> dateLines = new ArrayList<>();

        Hinted(List<Element> all) {
            this.all = all;
        }

        Iterable<Element> bylines() {
            return () -> new Listed(bylines, MAX_BYLINES);
        }

        Iterable<Element> dateLines() {
            return () -> new Listed(dateLines, MAX_DATE_LINES);
        }

        /** Classifies the next element; false at the end of the page or when both lists are full. */
        private boolean scanNext() {
            if (scanned >= all.size() || bylines.size() >= MAX_BYLINES && dateLines.size() >= MAX_DATE_LINES) {
                return false;
            }
            Element e = all.get(scanned++);
            int hints = e.normalName().equals("body") ? 0 : hints(e);
            if ((hints & BYLINE) != 0 && bylines.size() < MAX_BYLINES) {
                bylines.add(e);
            }
            if ((hints & DATE) != 0 && dateLines.size() < MAX_DATE_LINES) {
                dateLines.add(e);
            }
            return true;
        }

        /** Walks one of the lists, scanning further into the page when it reaches the end of what is listed. */
        private final class Listed implements Iterator<Element> {
            private final List<Element> list;
            private final int max;
            private int next;

            Listed(List<Element> list, int max) {
                this.list = list;
                this.max = max;
            }

            @Override
            public boolean hasNext() {
                while (next >= list.size() && next < max && scanNext()) {
                    // scanNext adds to the list when the element is one of its kind
                }
                return next < list.size();
            }

            @Override
            public Element next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return list.get(next++);
            }
        }
    }

    /** attr() rather than a count and exact lookups: see {@link #readMarkup}. */
    private static int hints(Element e) {
        return hintsOf(e.attr("class")) | hintsOf(e.attr("id"));
    }

    /** Every element in document order; a plain traversal, cheaper than getAllElements' stream over all nodes. */
    private static List<Element> allElements(Document doc) {
        List<Element> all = new ArrayList<>(256);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                all.add(e);
            }
        }, doc);
        return all;
    }

    /**
     * {@link #BYLINE} when the class or id value holds byline, author, writer, autor, reporter, contributor or credit;
     * {@link #DATE} when it holds date, time, publish, posted, datum, created, meta, byline or info; letter case
     * of ASCII letters ignored.
     */
    static int hintsOf(String value) {
        int hints = 0;
        // Every word has at least four letters; most positions fail the two-letter table and skip the switch. Each
        // character is read once: its letter index serves as the second letter here and the first one next.
        int second = value.isEmpty() ? -1 : letterIndex(value.charAt(0));
        for (int i = 0; i + 3 < value.length() && hints != (BYLINE | DATE); i++) {
            int first = second;
            second = letterIndex(value.charAt(i + 1));
            if (first < 0 || (HINT_WORD_SECOND_LETTERS[first] & 1 << second) == 0) {
                continue;
            }
            switch (asciiLower(value.charAt(i))) {
                case 'a' -> hints |= startsAt(value, i, "author") || startsAt(value, i, "autor") ? BYLINE : 0;
                case 'b' -> hints |= startsAt(value, i, "byline") ? BYLINE | DATE : 0;
                case 'c' -> hints |= (startsAt(value, i, "contributor") || startsAt(value, i, "credit") ? BYLINE : 0)
                        | (startsAt(value, i, "created") ? DATE : 0);
                case 'd' -> hints |= startsAt(value, i, "date") || startsAt(value, i, "datum") ? DATE : 0;
                case 'i' -> hints |= startsAt(value, i, "info") ? DATE : 0;
                case 'm' -> hints |= startsAt(value, i, "meta") ? DATE : 0;
                case 'p' -> hints |= startsAt(value, i, "publish") || startsAt(value, i, "posted") ? DATE : 0;
                case 'r' -> hints |= startsAt(value, i, "reporter") ? BYLINE : 0;
                case 't' -> hints |= startsAt(value, i, "time") ? DATE : 0;
                case 'w' -> hints |= startsAt(value, i, "writer") ? BYLINE : 0;
                default -> {
                }
            }
        }
        return hints;
    }

    /**
     * The second letters of the words {@link #hintsOf} looks for, a bit each, by first letter: no word starts where
     * the pair of letters is not in this table.
     */
    private static final int[] HINT_WORD_SECOND_LETTERS = new int[26];

    static {
        for (String word : List.of("author", "autor", "byline", "contributor", "credit", "created", "date", "datum",
                "info", "meta", "publish", "posted", "reporter", "time", "writer")) {
            HINT_WORD_SECOND_LETTERS[word.charAt(0) - 'a'] |= 1 << word.charAt(1) - 'a';
        }
    }

    /**
     * 0 to 25 for an ASCII letter in either case, else -1. ({@code 1 << -1} sets bit 31, which the table never holds.)
     */
    private static int letterIndex(char c) {
        int index = (c | 0x20) - 'a';
        return index >= 0 && index < 26 ? index : -1;
    }

    /** True when the lower-case ASCII {@code word} is written at {@code at}, in any letter case. */
    private static boolean startsAt(String s, int at, String word) {
        if (at + word.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (asciiLower(s.charAt(at + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case for A-Z only, as a regex's case-insensitive flag does without the Unicode one. */
    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static OffsetDateTime firstDate(String first, List<String> values) {
        OffsetDateTime d = Dates.parse(first);
        if (d != null) {
            return d;
        }
        for (String v : values) {
            d = Dates.parse(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Collapses whitespace runs (no-break spaces included) to one space and strips; a loop, as it runs often. */
    static String normalise(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00a0' || Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Letters and digits only, lower case: how site names and title segments are compared. */
    private static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** Splits byline strings into names: drops "By"/"Von"/"Par" prefixes and splits on "and", "und", commas. */
    static final class Authors {

        private static final Pattern PREFIX = Pattern.compile("(?iu)^\\s*(?:written\\s+by|posted\\s+by|by|von|par|de|por|di|door|autor(?:in)?:?|author:?|text:?)\\s+");
        private static final Pattern SPLIT = Pattern.compile("(?iu)\\s*(?:,|;|&|\\||\\s+and\\s+|\\s+und\\s+|\\s+et\\s+|\\s+y\\s+|\\s+e\\s+|\\s+i\\s+|\\s+і\\s+|\\s+и\\s+)\\s*");
        private static final Set<String> NOT_NAMES = Set.of("md", "phd", "dr", "staff", "admin");

        private Authors() {
        }

        static List<String> split(List<String> raw) {
            Set<String> names = new LinkedHashSet<>();
            for (String value : raw) {
                String s = normalise(value);
                if (s == null || s.isEmpty() || s.length() > 200) {
                    continue;
                }
                s = PREFIX.matcher(s).replaceFirst("");
                for (String part : SPLIT.split(s)) {
                    String name = PREFIX.matcher(part.strip()).replaceFirst("").strip();
                    if (name.length() >= 2 && !NOT_NAMES.contains(name.toLowerCase(Locale.ROOT).replace(".", ""))) {
                        names.add(name);
                    }
                }
            }
            return List.copyOf(names);
        }
    }
}
