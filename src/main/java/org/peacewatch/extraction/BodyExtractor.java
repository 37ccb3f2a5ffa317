package org.peacewatch.extraction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a page. One pass cuts the page into text blocks (each owned by its innermost block-level
 * element) while skipping markup that never holds reading text. Each block gets a score: its non-link characters
 * when it reads like prose, minus its size when it is link-heavy or sits in a boilerplate region (navigation, share
 * bars, comments, newsletter and cookie boxes, related teasers, recognised by tag, ARIA role and class/id words).
 * Scores add up along the ancestor chain and the element with the highest sum is the article container: it gains
 * from every prose block it holds and loses for every piece of boilerplate it would drag in. The container's good
 * blocks, in document order, are the text.
 */
final class BodyExtractor {

    /**
     * The body text (paragraphs separated by a blank line, list items by a line break), why it is short or empty,
     * and where to look for a date written near the headline. That search runs regexes over several blocks, so it
     * runs only when asked: most pages state their date in metadata.
     */
    record Body(String text, String reason, Supplier<LocalDate> headlineDate) {

        LocalDate dateNearHeadline() {
            return headlineDate.get();
        }
    }

    private static final Set<String> SKIP = Set.of("head", "script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "label", "map", "audio",
            "video", "picture", "img", "math", "link", "meta");
    private static final Set<String> BLOCK = Set.of("html", "body", "p", "div", "section", "article", "main", "header",
            "footer", "nav", "aside", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure",
            "figcaption", "form", "fieldset", "address", "hr", "details", "summary", "center", "dialog", "menu", "legend");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "header", "figcaption", "dialog", "menu", "form");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "menu", "menubar", "search", "toolbar");
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|disqus|share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|cookie|consent"
                    + "|gdpr|promo|outbrain|taboola|sidebar|side-bar|breadcrumb|most-?read|mostread|most-?popular|popular"
                    + "|trending|teaser|sponsor|advert|^ads?$|^ad-|-ad$|-ads$|adslot|ad-?slot|adunit|paywall|modal|popup"
                    + "|^nav|-nav|navbar|navigation|menu|footer|masthead|toolbar|pagination|pager|author-?bio|about-?the-?author"
                    + "|read-?more|more-?stories|next-?post|prev-?post|post-?nav|^tags?$|tags-|-tags|tag-?list|taglist|skip"
                    + "|banner|print|rating|login|byline|dateline|post-?meta|entry-?meta|article-?meta|^meta$|caption"
                    + "|^header|-header|header-|^hidden$|sr-only|visually-hidden|screen-reader|tooltip|dropdown|overlay"
                    + "|follow|donate|signin|account|search|author-?info|bio-?box|newsfeed|more-?from|you-?may|also-?like"
                    + "|jump-?link|toc$|credit|copyright|bildnachweis|bildunterschrift|^img|img-|-img$|^image-|-image$|^foto|^photo-|-photo$|^author|-author|autor|^bio$|^share|social|^print|^tools$|^img|img-|-img$|^image-|-image$|^foto|^photo-|-photo$|^author|-author|autor|^bio$|^share|social|^print|^tools$|^date$|-date$|^datum|^timestamp|table-?of-?contents|copyright|disclaimer|subnav|topbar|top-bar|site-?info|slider|carousel",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article-?body|articlebody|article__body|entry-?content|post-?content|story-?body|main-?content|article-?content"
                    + "|post-?body|article-?text|articletext|content-?body|body-?text|story-?content|rich-?text|^prose$"
                    + "|blog-?post-?body|post-?entry|^entry$|single-?content|news-?text|^text$|article__content|news-?content",
            Pattern.CASE_INSENSITIVE);
    /** Class words that describe page layout around the content rather than a boilerplate box. */
    private static final Pattern LAYOUT = Pattern.compile(
            "(?:no|has|with|without)-?sidebars?|sidebars?-(?:first|second|left|right|none)|sidebar-?(?:layout|content)"
                    + "|(?:left|right)-?sidebar-?layout|page-?header-?(?:none|hidden)|layout",
            Pattern.CASE_INSENSITIVE);
    /** Short blocks that say what they are: share prompts, newsletter and reading-list furniture, ad labels. */
    private static final Pattern BOILERPLATE_PHRASE = Pattern.compile(
            "(?iu)^(?:share|teilen|partager|compartir|condividi|drucken|print|imprimir|advertisement|anzeige|werbung|"
                    + "publicité|publicidad|sponsored|gesponsert|read more|weiterlesen|mehr lesen|lesen sie auch|lesen sie mehr|"
                    + "mehr zum thema|schon gelesen|auch interessant|das könnte sie auch interessieren|related|you may also like|"
                    + "recommended|empfohlen|more from|mehr von|newsletter|subscribe|abonnieren|jetzt abonnieren|sign up|"
                    + "follow us|folgen sie uns|cookie|tags?:|schlagwörter|themen:|topics:|war (?:der|dieser) artikel|"
                    + "möchten sie den artikel|was this (?:article|page) helpful|rezept drucken|\\d+ min(?:\\.|ute)? read|"
                    + "lesezeit|back to top|nach oben|zurück|previous|next|vorheriger|nächster|comments?|kommentare?)\\b[\\s\\p{P}]*(?:[^\\s.!?]+[\\s\\p{P}]*){0,3}$");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private static final char BREAK = '\u0001';

    private static final int POSITIVE_HINT = 1;
    private static final int NEGATIVE_HINT = 2;
    private static final int LAYOUT_HINT = 4;
    /** Class and id words repeat across pages; classifying each once keeps regexes out of the per-element cost. */
    private static final Map<String, Integer> HINTS = new ConcurrentHashMap<>();

    private BodyExtractor() {
    }

    static Body extract(Document doc, String title) {
        Element root = doc.body() != null ? doc.body() : doc;
        List<Block> blocks = blocks(root);
        if (blocks.isEmpty()) {
            return new Body("", "page has no text", () -> null);
        }
        Map<Element, Stats> stats = analyse(blocks);
        Element best = null;
        double bestScore = 0;
        int bestDepth = -1;
        for (Map.Entry<Element, Stats> entry : stats.entrySet()) {
            double s = entry.getValue().score;
            if (s > bestScore || s == bestScore && best != null && depth(entry.getKey()) > bestDepth) {
                best = entry.getKey();
                bestScore = s;
                bestDepth = depth(best);
            }
        }
        if (best == null || bestScore < 30) {
            return new Body("", "no article text found (navigation, listings or boilerplate only)", () -> dateNear(blocks, -1));
        }
        String normalisedTitle = title == null ? "" : title.toLowerCase(Locale.ROOT);
        List<Block> kept = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.boilerplate || !isInside(b.owner, best) || !keep(b)) {
                continue;
            }
            if (b.heading && b.owner.normalName().equals("h1") && b.text.toLowerCase(Locale.ROOT).equals(normalisedTitle)) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            kept.add(b);
        }
        // Headings with no text after them introduce something we dropped ("Related", "Read next").
        while (!kept.isEmpty() && kept.get(kept.size() - 1).heading) {
            kept.remove(kept.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        boolean previousListItem = false;
        for (Block b : kept) {
            if (!out.isEmpty()) {
                out.append(previousListItem && b.listItem ? "\n" : "\n\n");
            }
            out.append(b.text);
            previousListItem = b.listItem;
        }
        String text = out.toString();
        String reason = text.length() < 300 ? "short text: a teaser, a paywalled stub or a page without an article" : null;
        int start = first;
        return new Body(text, reason, () -> dateNear(blocks, start));
    }

    /**
     * The first date written in the blocks around the start of the article: the headline's neighbourhood (datelines,
     * "Datum: ..." labels) and the opening words of the first paragraphs.
     */
    private static LocalDate dateNear(List<Block> blocks, int first) {
        int headline = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).owner.normalName().equals("h1")) {
                headline = i;
                break;
            }
        }
        int anchor = headline >= 0 && (first < 0 || headline < first) ? headline : first;
        if (anchor < 0) {
            return null;
        }
        int end = Math.min(blocks.size(), Math.max(anchor, first) + 8);
        for (int i = Math.max(0, anchor - 6); i < end; i++) {
            String text = blocks.get(i).text;
            String head = text.length() > 160 ? text.substring(0, 160) : text;
            LocalDate day = Dates.textualDay(head);
            if (day == null) {
                OffsetDateTime iso = Dates.parse(head);
                day = iso == null ? null : iso.toLocalDate();
            }
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    /** Sums text per element, marks blocks in boilerplate regions and adds each block's score to its ancestors. */
    private static Map<Element, Stats> analyse(List<Block> blocks) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        long total = 0;
        for (Block b : blocks) {
            total += b.chars;
            boolean below = false;
            for (Element e = b.owner; e != null; e = e.parent()) {
                Stats s = stats.computeIfAbsent(e, k -> new Stats());
                s.chars += b.chars;
                s.holdsArticle |= below;
                if (s.positive == 0) {
                    s.positive = articleElement(e) ? 1 : 2;
                }
                below |= s.positive == 1;
            }
        }
        for (Block b : blocks) {
            b.boilerplate = insideBoilerplate(b.owner, stats, total);
            double g = score(b);
            for (Element e = b.owner; e != null; e = e.parent()) {
                stats.get(e).score += g;
            }
        }
        return stats;
    }

    /** One line per block: whether it counted as boilerplate and because of which element; for tuning. */
    static String explain(Document doc) {
        List<Block> blocks = blocks(doc.body());
        Map<Element, Stats> stats = analyse(blocks);
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            String cause = "";
            for (Element e = b.owner; b.boilerplate && e != null; e = e.parent()) {
                if (stats.get(e).boilerplate == 1) {
                    cause = e.normalName() + "." + e.className() + "#" + e.id();
                    break;
                }
            }
            sb.append(b.chars).append('\t').append(b.linkChars).append('\t').append(cause).append('\t')
                    .append(b.text, 0, Math.min(60, b.text.length())).append('\n');
        }
        return sb.toString();
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            d++;
        }
        return d;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static double score(Block b) {
        if (b.boilerplate) {
            return -b.chars;
        }
        double linkDensity = (double) b.linkChars / b.chars;
        if (b.heading) {
            return 0;
        }
        if (linkDensity > 0.5) {
            return -b.chars * linkDensity;
        }
        if (b.chars < 25) {
            return -2;
        }
        double own = b.chars - b.linkChars;
        // Prose has sentence punctuation; menus, labels and teaser kickers rarely do.
        boolean sentence = b.text.indexOf('.') >= 0 || b.text.indexOf(',') >= 0 || b.text.indexOf('!') >= 0
                || b.text.indexOf('?') >= 0 || b.text.indexOf('。') >= 0;
        return sentence || b.chars > 120 ? own : own * 0.3;
    }

    private static boolean keep(Block b) {
        double linkDensity = (double) b.linkChars / b.chars;
        if (linkDensity > 0.5) {
            return false;
        }
        if (b.chars <= 80 && BOILERPLATE_PHRASE.matcher(b.text).find()) {
            return false;
        }
        return true;
    }


    private static boolean insideBoilerplate(Element owner, Map<Element, Stats> stats, long total) {
        for (Element e = owner; e != null; e = e.parent()) {
            String name = e.normalName();
            if (name.equals("body") || name.equals("html")) {
                return false;
            }
            Stats s = stats.get(e);
            if (s.boilerplate == 0) {
                // A region that holds most of the text, or the marked-up article itself, is not boilerplate
                // whatever its class says ("content-has-sidebar", a hidden streaming container).
                s.boilerplate = !s.holdsArticle && s.chars < total * 0.5 && boilerplateElement(e) ? 1 : 2;
            }
            if (s.boilerplate == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean boilerplateElement(Element e) {
        String name = e.normalName();
        if (name.equals("article") || name.equals("main")) {
            return false;
        }
        // Hidden markup is usually a menu or a dialog, but streaming frameworks park the whole page in a hidden
        // element until scripts run; the caller's share-of-text check keeps that case.
        if (BOILERPLATE_TAGS.contains(name) || hidden(e)) {
            return true;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean negative = false;
        for (String token : hintTokens(e)) {
            String tail = token.contains("__") ? token.substring(token.lastIndexOf("__") + 2) : token;
            int hints = hints(tail);
            if ((hints & POSITIVE_HINT) != 0) {
                return false;
            }
            negative |= (hints & NEGATIVE_HINT) != 0 && (hints & LAYOUT_HINT) == 0;
        }
        return negative;
    }

    /** Marked up as the article: {@code <article>}, {@code <main>}, {@code itemprop=articleBody} or a body class. */
    private static boolean articleElement(Element e) {
        String name = e.normalName();
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        boolean negative = false;
        for (String token : hintTokens(e)) {
            int hints = hints(token);
            if ((hints & POSITIVE_HINT) != 0) {
                return true;
            }
            negative |= (hints & NEGATIVE_HINT) != 0;
        }
        // Comment systems and teaser lists use <article> too; those say so in their class names.
        return (name.equals("article") || name.equals("main")) && !negative;
    }

    private static int hints(String rawToken) {
        String token = withoutIds(rawToken);
        Integer cached = HINTS.get(token);
        if (cached != null) {
            return cached;
        }
        int hints = (POSITIVE.matcher(token).find() ? POSITIVE_HINT : 0) | (NEGATIVE.matcher(token).find() ? NEGATIVE_HINT : 0)
                | (LAYOUT.matcher(token).find() ? LAYOUT_HINT : 0);
        if (HINTS.size() > 200_000) {
            HINTS.clear();
        }
        HINTS.put(token, hints);
        return hints;
    }

    /** Drops generated parts ("elementor-element-28baaea" to "elementor-element") so the cache sees few keys. */
    static String withoutIds(String token) {
        boolean digit = false;
        for (int i = 0; i < token.length() && !digit; i++) {
            digit = Character.isDigit(token.charAt(i));
        }
        if (!digit) {
            return token;
        }
        StringBuilder sb = new StringBuilder(token.length());
        int start = 0;
        for (int i = 0; i <= token.length(); i++) {
            if (i == token.length() || token.charAt(i) == '-' || token.charAt(i) == '_') {
                boolean hasDigit = false;
                for (int j = start; j < i; j++) {
                    hasDigit |= Character.isDigit(token.charAt(j));
                }
                if (!hasDigit && i > start) {
                    if (!sb.isEmpty()) {
                        sb.append(token.charAt(start - 1));
                    }
                    sb.append(token, start, i);
                }
                start = i + 1;
            }
        }
        return sb.toString();
    }

    private static List<String> hintTokens(Element e) {
        List<String> tokens = new ArrayList<>();
        String cls = e.attr("class");
        if (!cls.isEmpty()) {
            for (String t : cls.split("\\s+")) {
                if (!t.isEmpty()) {
                    tokens.add(t.toLowerCase(Locale.ROOT));
                }
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            tokens.add(id.toLowerCase(Locale.ROOT));
        }
        return tokens;
    }

    private static List<Block> blocks(Element root) {
        BlockCollector collector = new BlockCollector();
        NodeTraversor.filter(collector, root);
        collector.flush();
        return collector.blocks;
    }

    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    private static final class Stats {
        long chars;
        double score;
        int boilerplate;
        int positive;
        boolean holdsArticle;
    }

    private static final class Block {
        final Element owner;
        final String text;
        final int chars;
        final int linkChars;
        final boolean heading;
        final boolean listItem;
        boolean boilerplate;

        Block(Element owner, String text, int chars, int linkChars) {
            this.owner = owner;
            this.text = text;
            this.chars = chars;
            this.linkChars = Math.min(linkChars, chars);
            String name = owner.normalName();
            this.heading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
            this.listItem = name.equals("li") || name.equals("dd") || name.equals("dt");
        }
    }

    private static final class BlockCollector implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> owners = new ArrayDeque<>();
        private final StringBuilder buffer = new StringBuilder();
        private int chars;
        private int linkChars;
        private int anchorDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                buffer.append(s);
                int visible = 0;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (!Character.isWhitespace(c) && c != '\u00a0') {
                        visible++;
                    }
                }
                chars += visible;
                if (anchorDepth > 0) {
                    linkChars += visible;
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String name = e.normalName();
            if (SKIP.contains(name)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("br")) {
                buffer.append(BREAK);
                return FilterResult.CONTINUE;
            }
            if (BLOCK.contains(name)) {
                flush();
                owners.push(e);
            } else if (name.equals("a")) {
                anchorDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (BLOCK.contains(name)) {
                    flush();
                    owners.pop();
                } else if (name.equals("a")) {
                    anchorDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            if (chars > 0 && !owners.isEmpty()) {
                String text = normalise(buffer);
                if (!text.isEmpty()) {
                    blocks.add(new Block(owners.peek(), text, chars, linkChars));
                }
            }
            buffer.setLength(0);
            chars = 0;
            linkChars = 0;
        }

        private static String normalise(CharSequence raw) {
            StringBuilder sb = new StringBuilder(raw.length());
            boolean space = false;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == BREAK) {
                    int end = sb.length();
                    while (end > 0 && sb.charAt(end - 1) == ' ') {
                        end--;
                    }
                    sb.setLength(end);
                    if (end > 0 && sb.charAt(end - 1) != '\n') {
                        sb.append('\n');
                    }
                    space = false;
                } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                    space = true;
                } else {
                    if (space && !sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') {
                        sb.append(' ');
                    }
                    space = false;
                    sb.append(c);
                }
            }
            int end = sb.length();
            while (end > 0 && (sb.charAt(end - 1) == '\n' || sb.charAt(end - 1) == ' ')) {
                end--;
            }
            sb.setLength(end);
            return sb.toString();
        }
    }
}
