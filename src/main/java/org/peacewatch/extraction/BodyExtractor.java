package org.peacewatch.extraction;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a page. One pass cuts the page into text blocks (each owned by its innermost block-level
 * element) while skipping markup that never holds reading text. Regions are classified by tag, ARIA role and
 * class/id words: furniture (navigation, share bars, comments, newsletter and cookie boxes, related teasers) is
 * dropped whole; boxes whose names only say what kind of box they are ("teaser", "header", "paywall") keep their
 * prose paragraphs; a box named like furniture that is mostly prose keeps it too. Each block gets a score: its
 * non-link characters when it reads like prose, a capped penalty when it is furniture or link-heavy. Scores add up
 * along the ancestor chain (furniture may take at most 60 % off a container's) and the element with the highest sum
 * is the article container. Its good blocks, in
 * document order, are the text, plus the standfirst between the headline and the container, minus label, date and
 * meta lines, ad labels, captions (with credits, or alone in a box with an image), a "Related articles" tail and
 * closing appeals and pointers to other pages.
 */
final class BodyExtractor {

    /**
     * The body text (paragraphs separated by a blank line, list items by a line break), why it is short or empty,
     * and where to look for a date written near the headline. That search runs regexes over several blocks, so it
     * runs only when asked: most pages state their date in metadata.
     */
    record Body(String text, String reason, Supplier<LocalDate> headlineDate, Supplier<String> pageText) {

        LocalDate dateNearHeadline() {
            return headlineDate.get();
        }

        /** Every block's text, kept or not, in page order: the visible page without a second pass over the tree. */
        String allText() {
            return pageText.get();
        }
    }

    private static final Set<String> SKIP = Set.of("head", "script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "label", "map", "audio",
            "video", "picture", "img", "math", "link", "meta");
    private static final Set<String> BLOCK = Set.of("html", "body", "p", "div", "section", "article", "main", "header",
            "footer", "nav", "aside", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure",
            "figcaption", "form", "fieldset", "address", "hr", "details", "summary", "center", "dialog", "menu", "legend");
    /** Tags whose content is furniture whatever it says. */
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "figcaption", "dialog", "menu", "form");
    /** Tags that hold furniture (bylines, dates, kickers) next to text that belongs to the article (a standfirst). */
    private static final Set<String> MIXED_TAGS = Set.of("header");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "menu", "menubar", "search", "toolbar");
    /**
     * Class and id words of furniture boxes: navigation, share bars, related and latest-stories links, bylines,
     * newsletter boxes, affiliate disclosures, author bios, buy boxes, press contacts and the consent placeholders that
     * stand in for embedded third-party posts.
     */
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|disqus|share|sharing|social|related|recommend|news-?letter|subscri|signup|sign-up|cookie|consent"
                    + "|gdpr|promo|outbrain|taboola|sidebar|side-bar|breadcrumb|most-?read|mostread|most-?popular|popular"
                    + "|trending|sponsor|advert|^ads?$|^ad-|-ad$|-ads$|adslot|ad-?slot|adunit|^nav|-nav|navbar|navigation"
                    + "|menu|footer|masthead|toolbar|pagination|pager|author-?bio|about-?the-?author|read-?more|more-?stories"
                    + "|next-?post|prev-?post|post-?nav|^tags?$|tags-|-tags|tag-?list|taglist|skip|rating|login|byline"
                    + "|dateline|post-?meta|entry-?meta|article-?meta|^meta$|caption|bildnachweis|bildunterschrift|follow"
                    + "|donate|signin|account|search|author-?info|bio-?box|newsfeed|more-?from|you-?may|also-?like"
                    + "|jump-?link|toc$|table-?of-?contents|credit|copyright|disclaimer|subnav|topbar|top-bar|site-?info"
                    + "|^author|-author|autor|^bio$|-bio$|^tools$|^date$|-date$|^datum|^timestamp|disclosure|affiliate"
                    + "|buy-?box|placeholder|privacy-?embed|embed-?privacy|third-party|press-?officer|press-?contact"
                    + "|media-?contact|pressekontakt|newest|latest",
            Pattern.CASE_INSENSITIVE);
    /**
     * Class and id words that name a kind of box rather than its purpose: a "teaser" is a list of links to other
     * stories on one page and the article's own lead on the next; "header", "paywall", "hidden" or "image" boxes hold
     * labels and furniture but also standfirsts and paywalled paragraphs. Inside them only prose is kept.
     */
    private static final Pattern WEAK_NEGATIVE = Pattern.compile(
            "teaser|^header|-header|header-|^hidden$|sr-only|visually-hidden|screen-reader|tooltip|dropdown|overlay"
                    + "|modal|popup|paywall|banner|^print|^img|img-|-img$|^image-|-image$|^foto|^photo-|-photo$|slider"
                    + "|carousel",
            Pattern.CASE_INSENSITIVE);
    /** Boxes whose prose is never the article: reader comments, consent banners, related and recommended stories. */
    private static final Pattern STICKY = Pattern.compile("comment|disqus|reply|respond|cookie|consent|gdpr|related|recommend",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article-?body|articlebody|article__body|entry-?content|post-?content|story-?body|main-?content|article-?content"
                    + "|post-?body|article-?text|articletext|content-?body|body-?text|story-?content|rich-?text|^prose$"
                    + "|blog-?post-?body|post-?entry|^entry$|single-?content|news-?text|^text$|article__content|news-?content|^main$",
            Pattern.CASE_INSENSITIVE);
    /** Class words that describe page layout around the content rather than a boilerplate box. */
    private static final Pattern LAYOUT = Pattern.compile(
            "(?:no|has|with|without)-?(?:sidebars?|navigation|nav|subnav|header|image|featured-image|thumbnail|sharing|share|comments?)"
                    + "|sidebars?-(?:first|second|left|right|none)|sidebar-?(?:layout|content)"
                    + "|(?:left|right)-?sidebar-?layout|page-?header-?(?:none|hidden)|layout",
            Pattern.CASE_INSENSITIVE);
    /**
     * Short blocks that say what they are: share prompts, newsletter and reading-list furniture, ad labels.
     * {@link LineOpenings} keeps its opening words; change both together.
     */
    static final Pattern BOILERPLATE_PHRASE = Pattern.compile(
            "(?iu)^(?:share|teilen|partager|compartir|condividi|drucken|print|imprimir|advertisement|anzeige|werbung|"
                    + "publicité|publicidad|sponsored|gesponsert|read more|weiterlesen|mehr lesen|lesen sie auch|lesen sie mehr|"
                    + "mehr zum thema|schon gelesen|auch interessant|das könnte sie auch interessieren|related|you may also like|"
                    + "recommended|empfohlen|more from|mehr von|newsletter|subscribe|abonnieren|jetzt abonnieren|sign up|"
                    + "follow us|folgen sie uns|cookie|tags?:|schlagwörter|themen:|topics:|war (?:der|dieser) artikel|"
                    + "möchten sie den artikel|was this (?:article|page) helpful|rezept drucken|\\d+ min(?:\\.|ute)? read|"
                    + "lesezeit|back to top|nach oben|zurück|previous|next|vorheriger|nächster|comments?|kommentare?)\\b[\\s\\p{P}]*(?:[^\\s.!?]+[\\s\\p{P}]*){0,3}$");
    /**
     * Labels that open a list of other stories, in the languages of the pages we watch.
     * {@link LineOpenings} keeps its opening words; change both together.
     */
    static final Pattern RELATED_LABEL = Pattern.compile(
            "(?iu)(?:related(?: (?:articles?|posts?|stories|content|links|topics|reading))?|read (?:more|next|also)"
                    + "|more (?:stories|articles|news|posts)(?: (?:from|on|about|in) .*)?|more from .*|you (?:may|might) also like.*"
                    + "|recommended(?: for you| reading| articles| stories)?|further reading|explore further|see also"
                    + "|most (?:read|popular|viewed)|trending(?: now)?|latest (?:news|articles|posts|stories)|popular (?:posts|articles|stories)"
                    + "|verwandte (?:beiträge|artikel|themen|links|themenbereiche|nachrichten)|ähnliche (?:beiträge|artikel|themen)"
                    + "|das könnte (?:sie|dich) auch interessieren|lesen sie auch|lies auch|auch interessant|mehr zum thema"
                    + "|weitere (?:artikel|beiträge|nachrichten|meldungen|themen|informationen|infos|links)(?: \\S+){0,4}"
                    + "|neueste (?:artikel|beiträge|nachrichten)|empfohlene (?:beiträge|artikel)|top[- ]themen(?: der redaktion)?"
                    + "|meistgelesen(?:e (?:artikel|beiträge))?|zum weiterlesen|mehr (?:themen|artikel|beiträge|news|kolumnen)(?: \\S+){0,3}"
                    + "|(?:à )?lire aussi|articles similaires|sur le même sujet|voir aussi|les plus lus"
                    + "|(?:lee|lea) también|te puede interesar|noticias relacionadas|artículos relacionados|más noticias"
                    + "|veja também|leia também|notícias relacionadas|leggi anche|articoli correlati|potrebbe interessarti)"
                    + "[\\s:.!…»>]*");
    /**
     * Lines that label furniture: sources, photo credits, update stamps, categories, contact boxes.
     * {@link LineOpenings} keeps its opening words; change both together.
     */
    static final Pattern LABEL_LINE = Pattern.compile(
            "(?iu)^\\(?(?:quelle|quellen|quellenangaben|source|sources|credits?|crédits?(?: photos?)?|titelbild|fotos?|bild"
                    + "|photos?|aktualisiert|veröffentlicht|veröffentlichung|publiziert|published|updated|kategorien?|categor(?:y|ies)"
                    + "|kontakt|contact|pressekontakt|markiert mit|tagged(?: with)?)(?:\\s*(?::|$|\\))|\\s+(?:am|on)\\s)"
                    + "|^\\(?(?:über den autor|about the author|keine kommentare|no comments|noch keine bewertungen"
                    + "|externer inhalt|escucha esta nota)\\b");
    /**
     * Short lines that open with an appeal or a box label; anchored, so cheap enough for every short block.
     * {@link LineOpenings} keeps its opening words; change both together.
     */
    static final Pattern APPEAL = Pattern.compile(
            "(?iu)\\(?(?:zum newsletter|never miss|stay up[- ]to[- ]date|jetzt (?:abonnieren|anmelden|registrieren|spenden|teilen)"
                    + "|unterstütze|unterstützen sie uns|werden sie mitglied|jede (?:kleine )?spende|bitte registrieren"
                    + "|instant access|den artikel (?:mit anderen )?teilen|artikel teilen|weiterführende (?:informationen|links)"
                    + "|zusatzinformationen|quellen (?:ausblenden|anzeigen)|kommende (?:events|termine|veranstaltungen)"
                    + "|alle angaben ohne gewähr|abonnez-vous|suscríbete|iscriviti)");
    /** Appeals to the reader and legal notes, in the languages of the pages we watch; matched on lower-cased text. */
    static final Pattern CALL_TO_ACTION = Pattern.compile(
            "newsletter|sign(?:ing)? up (?:for|to) (?:our|the|free)|sign up (?:now|today|here)|subscribe(?: to)? (?:our|now|today|here)"
                    + "|support (?:our|us)|follow us|get the latest|never miss|recaptcha|all rights reserved|would you consider"
                    + "|letter to the editor|we want to hear|references to products|download (?:the|our) app|abonnier|\\bim abo\\b"
                    + "|unterstütze|folgen sie uns|folge uns|registrieren sie sich|nicht eingeloggt|ohne gewähr|lust auf mehr"
                    + "|mitglied (?:bei|werden)|abonnez|inscrivez-vous|suivez-nous|n'engagent que|síguenos|siguenos|suscr[íi]bete"
                    + "|iscriviti|seguici|siga-nos");
    /**
     * Words of which every match of {@link #CALL_TO_ACTION} contains one. Plain searches rule out most blocks before
     * the regex, which would otherwise try all its alternatives at every position of every block in the tail.
     */
    private static final List<String> CALL_TO_ACTION_WORDS = List.of("newsletter", "sign", "subscri", "support",
            "follow", "latest", "never miss", "recaptcha", "rights reserved", "consider", "editor", "hear", "products",
            "download", "abonn", "im abo", "unterstütze", "folge", "registrieren", "eingeloggt", "gewähr", "lust auf",
            "mitglied", "inscrivez", "suivez", "engagent", "guenos", "suscr", "iscriviti", "seguici", "siga-nos");
    /**
     * How far into a match of {@link #CALL_TO_ACTION} its word of {@link #CALL_TO_ACTION_WORDS} may start at most:
     * "products" in "references to products", "editor" in "letter to the editor". The regex search starts that far
     * before the first word found, not at the start of the block.
     */
    static final int CALL_TO_ACTION_WORD_OFFSET = 14;
    /** Photo credits mark a caption. */
    static final Pattern CREDIT = Pattern.compile("(?iu)©|\\((?:foto|photo|bild|image)s?\\b|^(?:foto|photo|bild|image)s?\\s*:");
    /** The words of {@link #CREDIT}, for the scan that stands in for it on the hot path. */
    private static final String[] CREDIT_WORDS = {"foto", "photo", "bild", "image"};
    /** A line that is only a date (and maybe a time): a stamp next to the text, never part of it. */
    static final Pattern DATE_LINE = Pattern.compile(
            "(?iu)(?:\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+\\p{L}+\\.?\\s+\\d{4}"
                    + "|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})(?:[,|\\s-]+\\d{1,2}[:.]\\d{2}(?:\\s*uhr)?)?");
    /**
     * An ad label followed by a separator, at the start of a block.
     * {@link LineOpenings} keeps its opening words; change both together.
     */
    static final Pattern AD_LABEL = Pattern.compile(
            "(?iu)(?:anzeige|werbung|advertisement|advertorial|sponsored|gesponsert|publicité|publicidad|pubblicità)\\s*[-:|–—]");
    /** A byline right after a date in a meta line. */
    private static final Pattern META_BYLINE = Pattern.compile("(?iu)(?:by|von|par|por|di)\\s+\\p{Lu}");
    /** Parsed once: Jsoup parses a selector string on every call. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /**
     * How much of a container's article score the furniture inside it may cost: a photo gallery or a comment thread
     * set between the article's paragraphs lowers the container's score but cannot sink it below a lone paragraph.
     * (0.6 on the dev set: 0.5 let more furniture through, 0.75 and up kept fewer article paragraphs.)
     */
    private static final double FURNITURE_CAP = 0.6;
    private static final int POSITIVE_HINT = 1;
    private static final int NEGATIVE_HINT = 2;
    private static final int LAYOUT_HINT = 4;
    private static final int WEAK_HINT = 8;
    private static final int STICKY_HINT = 16;
    private static final int ANY_NEGATIVE_HINT = 32;

    /** How a region's class, tag or role classifies it (stored per element in {@link Stats#region}). */
    private static final int UNKNOWN = 0;
    private static final int CONTENT = 1;
    /** Furniture: every block inside is dropped. */
    private static final int BOILERPLATE = 2;
    /** Mixed: only prose blocks inside are kept. */
    private static final int MIXED = 3;
    /** Boilerplate by its class or id words alone (not by tag, role or reader comments); prose can overrule it. */
    private static final int NAMED_BOILERPLATE = 4;
    /**
     * Class and id words repeat across pages; classifying each once keeps regexes out of the per-element cost. A page
     * from a site not seen for a while brings values new to the tables below, made mostly of known words: a table of
     * fingerprints answers each word with one read, where a map of some 90,000 words cost several cache misses.
     */
    private static final HintTable WORD_HINTS = new HintTable(1 << 16, 1 << 18);
    /**
     * Whole class and id values: the same value is asked for on many elements of every page of a site. A news page
     * brings some 140 distinct class values: the class table holds those of about 230 sites before it first grows,
     * and of about 1,800 at its bound (4 MB).
     */
    private static final HintTable CLASS_HINTS = new HintTable(1 << 16, 1 << 19);
    private static final HintTable ID_HINTS = new HintTable(1 << 15, 1 << 18);

    private BodyExtractor() {
    }

    static Body extract(Document doc, String title) {
        return cut(doc).body(title, true);
    }

    /**
     * A page cut into text blocks, with every element of the page in document order: the cut visits each element of
     * the body anyway, so the metadata reader takes its list from here rather than walking the tree again.
     */
    static final class Page {
        private final List<Block> blocks;
        private final List<Element> elements;

        private Page(List<Block> blocks, List<Element> elements) {
            this.blocks = blocks;
            this.elements = elements;
        }

        /** Every element of the document, the document itself first, in document order. */
        List<Element> elements() {
            return elements;
        }

        /**
         * The body text; the title, when known, is left out of it. A page whose metadata declares it an article is
         * never taken for a listing of story cards.
         */
        Body body(String title, boolean declaredArticle) {
            return BodyExtractor.body(blocks, title, declaredArticle);
        }
    }

    static Page cut(Document doc) {
        return cut(doc, element -> {
        });
    }

    /**
     * Cuts the page into blocks and hands every element of the document, in document order, to {@code reader} as the
     * walk reaches it (the metadata reader's element pass, done while the walk has the element at hand).
     */
    static Page cut(Document doc, Consumer<Element> reader) {
        Element body = doc.body();
        BlockCollector collector = new BlockCollector(reader);
        if (body == null) {
            collector.walk(doc);
            collector.flush();
            return new Page(collector.blocks, collector.elements);
        }
        // The elements around the body (the head, mostly) are listed as they come; the body is cut where it stands.
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == body) {
                    collector.walk(body);
                    collector.flush();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e) {
                    collector.list(e);
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        return new Page(collector.blocks, collector.elements);
    }

    private static Body body(List<Block> blocks, String title, boolean declaredArticle) {
        if (blocks.isEmpty()) {
            return new Body("", "page has no text", () -> null, () -> "");
        }
        Selection selection = select(blocks, analyse(blocks), title);
        if (selection == null) {
            return new Body("", "no article text found (navigation, listings or boilerplate only)",
                    () -> dateNear(blocks, -1), () -> allText(blocks));
        }
        int cards = declaredArticle ? 0 : storyCards(blocks, selection);
        if (cards > 0) {
            return new Body("", "a listing of " + cards + " linked headlines with summaries, not one article",
                    () -> dateNear(blocks, -1), () -> allText(blocks));
        }
        // The blocks and the breaks between them, joined in one copy (a builder would copy the text twice).
        String[] parts = new String[Math.max(0, selection.kept.size() * 2 - 1)];
        boolean previousListItem = false;
        for (int i = 0; i < selection.kept.size(); i++) {
            Block b = selection.kept.get(i);
            if (i > 0) {
                parts[i * 2 - 1] = previousListItem && b.listItem ? "\n" : "\n\n";
            }
            parts[i * 2] = b.text;
            previousListItem = b.listItem;
        }
        String text = String.join("", parts);
        String reason = text.length() < 300 ? "short text: a teaser, a paywalled stub or a page without an article" : null;
        int start = selection.first;
        return new Body(text, reason, () -> dateNear(blocks, start), () -> allText(blocks));
    }

    /**
     * The number of story cards when the chosen text is a section page's summaries rather than an article: at least
     * three linked headlines, each in a small box of its own (a card: the headline, a sentence or two, a link), and
     * most of the text we would return sitting in those boxes. Only asked of pages that do not declare themselves an
     * article in their metadata, since a listicle wraps its items the same way. Zero when the text reads as one article.
     */
    private static int storyCards(List<Block> blocks, Selection selection) {
        Set<Stats> cards = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = Math.max(0, selection.first); i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.heading || b.chars < 20 || b.linkChars * 2 <= b.chars || !inside(b.frame, selection.containerStats)
                    || !linksToAnotherPage(b.owner)) {
                continue;
            }
            // The card is the first box around the headline that holds more than the headline.
            Stats card = b.frame.parent;
            while (card != null && card.chars < b.chars + 40 && card.element != selection.container()) {
                card = card.parent;
            }
            if (card != null && card.element != selection.container() && card.chars <= 600) {
                cards.add(card);
            }
        }
        if (cards.size() < 3) {
            return 0;
        }
        long all = 0;
        long inCards = 0;
        for (Block b : selection.kept) {
            if (b.chars >= 400) {
                // Summaries are a sentence or two; a long paragraph is an article's.
                return 0;
            }
            all += b.chars;
            for (Stats s = b.frame; s != null; s = s.parent) {
                if (cards.contains(s)) {
                    inCards += b.chars;
                    break;
                }
            }
        }
        return inCards * 10 >= all * 7 ? cards.size() : 0;
    }

    /** Accordions and tables of contents link their headings within the page; story cards link to the story. */
    private static boolean linksToAnotherPage(Element heading) {
        Element link = heading.selectFirst(LINK);
        if (link == null) {
            link = heading.closest(LINK);
        }
        String href = link == null ? "" : link.attr("href").strip();
        return !href.isEmpty() && !href.startsWith("#") && !href.regionMatches(true, 0, "javascript:", 0, 11);
    }

    private static String allText(List<Block> blocks) {
        // Each block's text and a space: joined with an empty last part, String.join copies the page's text once.
        String[] parts = new String[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            parts[i] = blocks.get(i).text;
        }
        parts[blocks.size()] = "";
        return String.join(" ", parts);
    }

    /** The blocks that make the text, in reading order, and the index of the container's first block. */
    private record Selection(List<Block> kept, int first, Stats containerStats) {
        Element container() {
            return containerStats.element;
        }
    }

    /** Picks the article container and its text; null when no container scores. */
    private static Selection select(List<Block> blocks, List<Stats> stats, String title) {
        Stats best = null;
        double bestScore = 0;
        int bestDepth = -1;
        for (Stats candidate : stats) {
            double s = candidate.score + Math.max(candidate.furniturePenalty, -FURNITURE_CAP * Math.max(candidate.score, 0));
            if (s > bestScore || s == bestScore && best != null && candidate.depth > bestDepth) {
                best = candidate;
                bestScore = s;
                bestDepth = candidate.depth;
            }
        }
        if (best == null || bestScore < 30) {
            return null;
        }
        String normalisedTitle = title == null ? "" : title.toLowerCase(Locale.ROOT);
        LineMatchers lines = new LineMatchers();
        List<Block> kept = new ArrayList<>();
        int first = -1;
        int related = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.boilerplate || !inside(b.frame, best)) {
                continue;
            }
            if (related < 0 && !kept.isEmpty() && b.chars <= 60 && b.relatedLabel(lines)) {
                related = kept.size();
            }
            if (!keep(b, lines)) {
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
        cutAtRelatedSection(kept, related);
        // The date search keeps the container's first block as its anchor: the standfirst does not move the headline.
        withLead(blocks, kept, first, normalisedTitle, lines);
        dropCallsToAction(kept);
        // Headings with no text after them introduce something we dropped ("Related", "Read next").
        while (!kept.isEmpty() && kept.get(kept.size() - 1).heading) {
            kept.remove(kept.size() - 1);
        }
        return new Selection(kept, first, best);
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
            LocalDate day = Dates.dayIn(head);
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    /**
     * Sums text per element, marks blocks in boilerplate regions and adds each block's score to its ancestors. Returns
     * the elements that hold a block, each once, in the order the blocks reach them. Each block adds to its own element
     * only; the sums then flow up from the deepest elements, so a page costs one step per element, not one per block
     * and ancestor.
     */
    private static List<Stats> analyse(List<Block> blocks) {
        List<Stats> touched = new ArrayList<>(blocks.size() * 2 + 16);
        long total = 0;
        int maxDepth = 0;
        for (Block b : blocks) {
            total += b.chars;
            Stats frame = b.frame;
            frame.chars += b.chars;
            frame.linkChars += b.linkChars;
            frame.proseChars += b.prose ? b.chars : 0;
            // Above the first element touched before, every ancestor was touched with it.
            for (Stats s = frame; s != null && s.positive == 0; s = s.parent) {
                touched.add(s);
                readAttributes(s);
                s.positive = articleElement(s) ? 1 : 2;
                maxDepth = Math.max(maxDepth, s.depth);
            }
        }
        Stats[] deepestFirst = deepestFirst(touched, maxDepth);
        Stats[] path = new Stats[maxDepth + 2];
        for (Stats s : deepestFirst) {
            if (s.parent != null) {
                s.parent.chars += s.chars;
                s.parent.linkChars += s.linkChars;
                s.parent.proseChars += s.proseChars;
            }
        }
        // An ancestor that already holds a larger marked-up article passed that size on to all of its own ancestors.
        for (Stats article : touched) {
            if (article.positive == 1) {
                for (Stats s = article.parent; s != null && s.articleBelow < article.chars; s = s.parent) {
                    s.articleBelow = article.chars;
                }
            }
        }
        for (Block b : blocks) {
            int region = region(b.frame, total, path);
            b.boilerplate = region == BOILERPLATE || region == MIXED && !b.prose && !b.sentenceHeading;
            double g = score(b);
            if (b.boilerplate) {
                b.frame.furniturePenalty += g;
            } else {
                b.frame.score += g;
            }
        }
        for (Stats s : deepestFirst) {
            if (s.parent != null) {
                s.parent.score += s.score;
                s.parent.furniturePenalty += s.furniturePenalty;
            }
        }
        return touched;
    }

    /** The elements ordered by depth, deepest first (a counting sort: depths are small integers). */
    private static Stats[] deepestFirst(List<Stats> stats, int maxDepth) {
        int[] start = new int[maxDepth + 2];
        for (Stats s : stats) {
            start[maxDepth - s.depth + 1]++;
        }
        for (int d = 1; d < start.length; d++) {
            start[d] += start[d - 1];
        }
        Stats[] sorted = new Stats[stats.size()];
        for (Stats s : stats) {
            sorted[start[maxDepth - s.depth]++] = s;
        }
        return sorted;
    }

    /**
     * One line per block: kept in the text (+) or not (-), characters, link characters, the boilerplate element that
     * dropped it (if any) and the block's text; for tuning.
     */
    static String explain(Document doc, String title) {
        List<Block> blocks = cut(doc).blocks;
        Selection selection = select(blocks, analyse(blocks), title);
        Set<Block> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        if (selection != null) {
            kept.addAll(selection.kept);
        }
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            String cause = "";
            for (Stats s = b.frame; b.boilerplate && s != null; s = s.parent) {
                if (s.region == BOILERPLATE || s.region == MIXED) {
                    Element e = s.element;
                    cause = e.normalName() + "." + e.className() + "#" + e.id();
                    break;
                }
            }
            sb.append(kept.contains(b) ? '+' : '-').append('\t').append(b.chars).append('\t').append(b.linkChars)
                    .append('\t').append(cause).append('\t').append(b.text.replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }

    /**
     * Whether the element lies in {@code container} (or is it). Each element's answer is kept, so the path from a block
     * up to the container or the root is walked once for all the blocks that share it.
     */
    private static boolean inside(Stats frame, Stats container) {
        Stats known = frame;
        while (known != null && known != container && known.inContainer == 0) {
            known = known.parent;
        }
        boolean answer = known == container || known != null && known.inContainer == 1;
        for (Stats s = frame; s != known; s = s.parent) {
            s.inContainer = answer ? 1 : 2;
        }
        return answer;
    }

    private static double score(Block b) {
        if (b.boilerplate) {
            // A boilerplate block costs a container for being there, not for its length: its text is dropped anyway,
            // and a long comment thread must not outweigh the article that sits in the same column.
            return -Math.min(b.chars, 100);
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
        return b.chars > 120 || b.sentence() ? own : own * 0.3;
    }

    /**
     * Adds the standfirst: templates often put it between the headline and the body container, next to bylines, dates
     * and the lead image. Prose paragraphs in that stretch belong to the article; credits and captions do not.
     */
    private static void withLead(List<Block> blocks, List<Block> kept, int first, String normalisedTitle,
                                 LineMatchers lines) {
        if (first <= 0) {
            return;
        }
        int headline = -1;
        for (int i = first - 1; i >= Math.max(0, first - 30); i--) {
            Block b = blocks.get(i);
            if (b.heading && (b.owner.normalName().equals("h1") || b.text.toLowerCase(Locale.ROOT).equals(normalisedTitle))) {
                headline = i;
                break;
            }
        }
        if (headline < 0) {
            return;
        }
        List<Block> lead = new ArrayList<>();
        for (int i = headline + 1; i < first; i++) {
            Block b = blocks.get(i);
            if (!b.boilerplate && (b.prose || b.sentenceHeading) && !hasCredit(b.text)) {
                lead.add(b);
            }
        }
        kept.addAll(0, lead);
    }

    /**
     * Drops everything from a "Related articles" / "Lesen Sie auch" label on, when what follows is short next to the
     * article: such a label in the article's tail opens a list of other stories whose summaries read like prose. A
     * label in the middle of a long text is left alone (a box there is link-dense and dropped block by block).
     */
    private static void cutAtRelatedSection(List<Block> kept, int label) {
        if (label < 0) {
            return;
        }
        long before = 0;
        long after = 0;
        for (int i = 0; i < kept.size(); i++) {
            if (i < label) {
                before += kept.get(i).chars;
            } else {
                after += kept.get(i).chars;
            }
        }
        if (after * 2 <= before && !longParagraphIn(kept.subList(label, kept.size()))) {
            kept.subList(label, kept.size()).clear();
        }
    }

    /** Story summaries are a sentence or two; a long paragraph after the label means the article goes on. */
    private static boolean longParagraphIn(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.chars >= 300) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops the short appeals that close an article: newsletter and app sign-ups, donation and subscription asks,
     * "follow us", licence and liability notes, and lines that mostly link elsewhere. Only short blocks after the last
     * long paragraph and in the second half of the text, where such a sentence is furniture; a report about a
     * newsletter keeps its paragraphs.
     */
    private static void dropCallsToAction(List<Block> kept) {
        long total = 0;
        for (Block b : kept) {
            total += b.chars;
        }
        // From the end back to the last long paragraph (or the middle): appeals close the text.
        long tail = 0;
        for (int i = kept.size() - 1; i >= Math.max(0, kept.size() - 12); i--) {
            Block b = kept.get(i);
            tail += b.chars;
            if (tail * 2 > total || b.chars > 250) {
                break;
            }
            if (!b.heading && (callToAction(b.text.toLowerCase(Locale.ROOT)) || pointer(b))) {
                kept.remove(i);
            }
        }
    }

    /**
     * A short line that is a third or more link text points elsewhere ("Weitere Informationen finden Sie unter ...",
     * "Mehr dazu in unserem Beitrag ..."); in the closing lines that is furniture. List items are left alone: a list of
     * sources or shops with their links is content.
     */
    private static boolean pointer(Block b) {
        return !b.listItem && b.linkChars * 10 >= b.chars * 3 && b.sentence();
    }

    static boolean callToAction(String lowerCased) {
        int first = -1;
        for (String word : CALL_TO_ACTION_WORDS) {
            int at = lowerCased.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        // A match starts at most CALL_TO_ACTION_WORD_OFFSET characters before the first of its words.
        return first >= 0 && CALL_TO_ACTION.matcher(lowerCased).find(Math.max(0, first - CALL_TO_ACTION_WORD_OFFSET));
    }

    /**
     * Whether the text holds a photo credit: what {@link #CREDIT} finds, decided by one scan for "©" and "(" instead of
     * a regex tried at every position (the pattern stays as the definition; the tests hold the two to the same
     * answers). Letters compare as the pattern's Unicode case folding does.
     */
    static boolean hasCredit(String text) {
        if (text.indexOf('©') >= 0) {
            return true;
        }
        int end = creditWordEnd(text, 0);
        if (end >= 0) {
            while (end < text.length() && isRegexSpace(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && text.charAt(end) == ':') {
                return true;
            }
        }
        for (int at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
            int wordEnd = creditWordEnd(text, at + 1);
            if (wordEnd >= 0 && (wordEnd == text.length() || !isRegexWordStart(text, wordEnd))) {
                return true;
            }
        }
        return false;
    }

    /** Where "foto", "photo", "bild" or "image" (and a plural "s") ends when one starts at {@code from}, else -1. */
    private static int creditWordEnd(String text, int from) {
        for (String word : CREDIT_WORDS) {
            int end = from + word.length();
            if (end > text.length()) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < word.length() && same; i++) {
                same = folded(text.charAt(from + i)) == word.charAt(i);
            }
            if (same) {
                return end < text.length() && folded(text.charAt(end)) == 's' ? end + 1 : end;
            }
        }
        return -1;
    }

    /** Whether the text has a digit 0-9, which every form of {@link #DATE_LINE} needs ({@code \\d} is ASCII only). */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * White space ({@link Character#isWhitespace}) or a no-break space, decided by comparisons: letters of other
     * scripts (Cyrillic, Greek, CJK) are most of many texts, and isWhitespace looks each one up in a table.
     */
    static boolean blank(char c) {
        if (c < 0x80) {
            // A table read: a comparison chain mispredicts at the end of almost every word of the page's text.
            return ASCII_BLANK[c];
        }
        if (c < 0x1680) {
            return c == '\u00a0';
        }
        return c == '\u1680' || c >= '\u2000' && c <= '\u200A' && c != '\u2007' || c == '\u2028' || c == '\u2029'
                || c == '\u205F' || c == '\u3000';
    }

    /** The ASCII characters that {@link #blank} calls white space: the space, tab to carriage return, FS to US. */
    private static final boolean[] ASCII_BLANK = asciiBlank();

    private static boolean[] asciiBlank() {
        boolean[] blank = new boolean[0x80];
        for (char c = 0; c < 0x80; c++) {
            blank[c] = c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return blank;
    }

    /** A character as a case-insensitive Unicode regex compares it ("İ" and "ı" are "i", "ſ" is "s"). */
    static char folded(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** {@code \s} without the Unicode flag. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The text with each run of the characters that {@code space} accepts written as one plain space. */
    static String collapsedRuns(CharSequence text, IntPredicate space) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isSpace = space.test(c);
            if (!isSpace) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = isSpace;
        }
        return out.toString();
    }

    /** Whether a regex {@code \b} sees a word character at {@code at} (a letter, digit, "_" or a combining mark). */
    private static boolean isRegexWordStart(String text, int at) {
        int c = text.codePointAt(at);
        return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean keep(Block b, LineMatchers lines) {
        double linkDensity = (double) b.linkChars / b.chars;
        if (linkDensity > 0.5) {
            return false;
        }
        // Both phrase patterns start with "^": lookingAt tries position 0 only, where find would try every position.
        // Each rule's opening is looked up first; most blocks open with none of them and skip the regex.
        if (b.chars <= 80 && (boilerplatePhrase(b.text, lines) || labelLine(b.text, lines) || b.relatedLabel(lines)
                || hasDigit(b.text) && LineOpenings.couldBeDateLine(b.text) && lines.dateLine.reset(b.text).matches()
                || LineOpenings.couldBeAppeal(b.text) && lines.appeal.reset(b.text).lookingAt())) {
            return false;
        }
        if (b.chars <= 100 && !b.listItem && metaLine(b.text, lines)) {
            return false;
        }
        // "ANZEIGE - ...", "Advertisement: ...": the label with a separator opens the ad's own text.
        if (b.chars <= 200 && LineOpenings.couldBeAdLabel(b.text) && lines.adLabel.reset(b.text).lookingAt()) {
            return false;
        }
        // A short block with a photo credit is a caption, wherever the template put it.
        if (b.chars <= 200 && hasCredit(b.text)) {
            return false;
        }
        return b.chars > 200 || b.heading || b.listItem || !captionOfImage(b);
    }

    /**
     * Whether the block is the only text of a box that also holds an image: a caption set in a plain div, which
     * templates use as often as a figcaption. Looks at most three elements up, and only while they add no other text.
     */
    private static boolean captionOfImage(Block b) {
        // A paragraph may open with an inline icon or logo; only an image on a line of its own above the text makes
        // the paragraph an image with its caption. Otherwise a paragraph's image box is the element around it.
        boolean paragraph = b.owner.normalName().equals("p");
        if (paragraph && imageOnItsOwnLine(b.owner)) {
            return true;
        }
        Stats s = paragraph ? b.frame.parent : b.frame;
        for (int up = 0; up < 3 && s != null && s.chars == b.chars; up++, s = s.parent) {
            if (s.images > 0) {
                return true;
            }
        }
        return false;
    }

    /** The element opens with an image (bare or linked), then a line break, and no text before them. */
    private static boolean imageOnItsOwnLine(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode text) {
                if (!text.isBlank()) {
                    return false;
                }
            } else if (child instanceof Element first) {
                boolean image = first.normalName().equals("img")
                        || onlyChildIsImage(first) && first.text().isBlank();
                Element next = first.nextElementSibling();
                return image && next != null && next.normalName().equals("br");
            }
        }
        return false;
    }

    /**
     * Whether the element's one child element is an image. Counted over the child nodes: Jsoup's childrenSize() builds
     * and caches a list of the children on each element it is asked about.
     */
    private static boolean onlyChildIsImage(Element e) {
        Element only = null;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child) {
                if (only != null) {
                    return false;
                }
                only = child;
            }
        }
        return only != null && only.normalName().equals("img");
    }

    /**
     * A post's meta line: a date, then fields split by bars or dots ("12.03.2022 | 10:15 | Politik", "Dec 19, 2025 · 7 min
     * read"), a byline or a label ("Kategorie: News", "No Comments"). A dated entry in a list or a changelog is content.
     */
    private static boolean metaLine(String text, LineMatchers lines) {
        Matcher date = lines.dateLine.reset(text);
        if (!hasDigit(text) || !LineOpenings.couldBeDateLine(text) || !date.lookingAt()) {
            return false;
        }
        String rest = text.substring(date.end()).strip();
        if (rest.isEmpty()) {
            return false;
        }
        char first = rest.charAt(0);
        return rest.indexOf('|') >= 0 || first == '·' || first == '•' || first == '⋅' || first == '/'
                || lines.metaByline.reset(rest).lookingAt() || labelLine(rest, lines) || boilerplatePhrase(rest, lines);
    }

    private static boolean boilerplatePhrase(String text, LineMatchers lines) {
        return LineOpenings.couldBeBoilerplatePhrase(text) && lines.phrase.reset(text).lookingAt();
    }

    private static boolean labelLine(String text, LineMatchers lines) {
        return LineOpenings.couldBeLabelLine(text) && lines.label.reset(text).lookingAt();
    }

    /** The strongest classification among the block's ancestors: boilerplate wins over mixed, mixed over content. */
    private static int region(Stats owner, long total, Stats[] path) {
        // Up to the first element whose answer is known (or the body), then back down, keeping each element's answer:
        // blocks share most of their ancestors, so each element is classified and combined once.
        int n = 0;
        Stats s = owner;
        while (s != null && s.chainRegion == UNKNOWN && !s.element.normalName().equals("body")
                && !s.element.normalName().equals("html")) {
            path[n++] = s;
            s = s.parent;
        }
        int above = s == null || s.chainRegion == UNKNOWN ? CONTENT : s.chainRegion;
        for (int i = n - 1; i >= 0; i--) {
            Stats p = path[i];
            int own = ownRegion(p, total);
            above = own == BOILERPLATE || above == BOILERPLATE ? BOILERPLATE
                    : own == MIXED || above == MIXED ? MIXED : CONTENT;
            p.chainRegion = above;
        }
        return above;
    }

    /** The element's own classification, decided once. */
    private static int ownRegion(Stats s, long total) {
        if (s.region == UNKNOWN) {
            Element e = s.element;
            // A region that holds most of the text, or the marked-up article itself, is not boilerplate
            // whatever its class says ("content-has-sidebar", a hidden streaming container).
            s.region = !holdsArticle(s) && s.chars < total * 0.5 ? classify(s) : CONTENT;
            if (s.region == NAMED_BOILERPLATE) {
                // Class words are guesses: a "content-nav-section" or "skip-item" that is mostly paragraphs of
                // prose is the article cut into sections, not a menu.
                s.region = s.proseChars >= 800 && s.proseChars * 2 >= s.chars ? MIXED : BOILERPLATE;
            }
            // A teaser that links away (headline, image, "more") is a story card, not the article's own lead.
            if (s.region == MIXED && s.linkChars * 5 > s.chars) {
                s.region = BOILERPLATE;
            }
        }
        return s.region;
    }

    /**
     * Whether a marked-up article sits inside the element. In an aside, a footer or a form it must be more than a
     * blurb of 150 characters: a newsletter box that wraps its pitch in a "text" div is still a newsletter box.
     */
    private static boolean holdsArticle(Stats s) {
        return s.articleBelow >= 150 || s.articleBelow > 0 && !BOILERPLATE_TAGS.contains(s.element.normalName());
    }

    private static int classify(Stats s) {
        String name = s.element.normalName();
        int hints = s.hints;
        if (name.equals("article") || name.equals("main")) {
            return CONTENT;
        }
        // Hidden markup is usually a menu or a dialog, but streaming frameworks park the whole page in a hidden
        // element until scripts run; the caller's share-of-text check keeps that case.
        if (BOILERPLATE_TAGS.contains(name) || hidden(s)) {
            return BOILERPLATE;
        }
        if (!s.role.isEmpty() && BOILERPLATE_ROLES.contains(s.role.toLowerCase(Locale.ROOT))) {
            return BOILERPLATE;
        }
        if ((hints & POSITIVE_HINT) != 0) {
            return CONTENT;
        }
        if ((hints & STICKY_HINT) != 0) {
            return BOILERPLATE;
        }
        if ((hints & NEGATIVE_HINT) != 0) {
            return NAMED_BOILERPLATE;
        }
        return (hints & WEAK_HINT) != 0 || MIXED_TAGS.contains(name) ? MIXED : CONTENT;
    }

    /** Marked up as the article: {@code <article>}, {@code <main>}, {@code itemprop=articleBody} or a body class. */
    private static boolean articleElement(Stats s) {
        if ((s.hints & POSITIVE_HINT) != 0 || s.itemprop.equalsIgnoreCase("articleBody")) {
            return true;
        }
        String name = s.element.normalName();
        // Comment systems and teaser lists use <article> too; those say so in their class names.
        return (name.equals("article") || name.equals("main")) && (s.hints & ANY_NEGATIVE_HINT) == 0;
    }

    /**
     * Reads the attributes the body rules use and classifies the class and id words. One pass over the attributes
     * with a switch on the (lower-cased) name costs less than seven lookups that each compare the names one
     * by one; the parser keeps the first of repeated names, as get() would find it.
     */
    private static void readAttributes(Stats s) {
        Element e = s.element;
        if (e.attributesSize() == 0) {
            return;
        }
        String cls = "";
        String id = "";
        for (Attribute attribute : e.attributes()) {
            switch (attribute.getKey()) {
                case "class" -> cls = attribute.getValue();
                case "id" -> id = attribute.getValue();
                case "itemprop" -> s.itemprop = attribute.getValue();
                case "role" -> s.role = attribute.getValue();
                case "style" -> s.style = attribute.getValue();
                case "aria-hidden" -> s.ariaHidden = attribute.getValue();
                case "hidden" -> s.hiddenAttribute = true;
                default -> {
                }
            }
        }
        s.id = id;
        s.hints = (cls.isEmpty() ? 0 : valueHints(cls, CLASS_HINTS, true)) | (id.isEmpty() ? 0 : valueHints(id, ID_HINTS, false));
    }

    /** Templates repeat the same class attribute on many elements and pages; each distinct value is classified once. */
    private static int valueHints(String value, HintTable cache, boolean words) {
        int cached = cache.get(value);
        if (cached >= 0) {
            return cached;
        }
        int result = 0;
        for (String token : words ? words(value) : List.of(value.toLowerCase(Locale.ROOT))) {
            int hints = hints(token);
            if (token.contains("__")) {
                // BEM names: the block ("entry__content") may say content, the element after "__" what the box is.
                hints |= hints(token.substring(token.lastIndexOf("__") + 2));
            }
            result |= hints & POSITIVE_HINT;
            if ((hints & (NEGATIVE_HINT | WEAK_HINT)) != 0) {
                result |= ANY_NEGATIVE_HINT;
            }
            if ((hints & LAYOUT_HINT) == 0) {
                result |= hints & (NEGATIVE_HINT | WEAK_HINT | STICKY_HINT);
            }
        }
        cache.put(value, result);
        return result;
    }

    private static int hints(String rawToken) {
        String token = withoutIds(rawToken);
        int hints = wordHints(token);
        // A single word left after dropping a numbered part names a widget instance (WordPress's "text-3") or a style
        // (Tailwind's "text-2xl"), not the article body the bare word would.
        if (token != rawToken && token.indexOf('-') < 0 && token.indexOf('_') < 0) {
            hints &= ~POSITIVE_HINT;
        }
        return hints;
    }

    private static int wordHints(String token) {
        int cached = WORD_HINTS.get(token);
        if (cached >= 0) {
            return cached;
        }
        int hints = (POSITIVE.matcher(token).find() ? POSITIVE_HINT : 0) | (NEGATIVE.matcher(token).find() ? NEGATIVE_HINT : 0)
                | (WEAK_NEGATIVE.matcher(token).find() ? WEAK_HINT : 0) | (LAYOUT.matcher(token).find() ? LAYOUT_HINT : 0)
                | (STICKY.matcher(token).find() ? STICKY_HINT : 0);
        WORD_HINTS.put(token, hints);
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

    /** The lower-cased words of a class attribute; split by hand, as String.split compiles a regex on every call. */
    private static List<String> words(String cls) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cls.length(); i++) {
            boolean space = i == cls.length() || Character.isWhitespace(cls.charAt(i));
            if (space && start >= 0) {
                tokens.add(cls.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    private static boolean hidden(Stats s) {
        if (s.hiddenAttribute) {
            // React's streaming renderer parks each finished part of the page in <div hidden id="S:n"> until a script
            // moves it into place: that is the page's own content, not a closed menu.
            return !streamedSegment(s.id);
        }
        if ("true".equals(s.ariaHidden)) {
            return true;
        }
        return hiddenByStyle(s.style);
    }

    /** What {@link #HIDDEN_STYLE} finds in the lower-cased style, tried only when the style has one of its last words. */
    static boolean hiddenByStyle(String style) {
        // Most inline styles (widths, margins, colours) say neither "none" nor "hidden"; a plain search rules them out.
        if (!containsIgnoringCase(style, "none") && !containsIgnoringCase(style, "hidden")) {
            return false;
        }
        return HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether the text holds the lower-case ASCII word in any letter case. Characters compare as {@code regionMatches}
     * does, which finds at least every place where the lower-cased text holds the word.
     */
    private static boolean containsIgnoringCase(String text, String word) {
        // A cheap first-letter test leaves regionMatches, which folds every character, to the few places that can
        // match. It is exact for a first letter that only its ASCII capital matches besides itself ("n" and "h" of
        // the callers' words); "i", "k" and "s" also match "İ", "ı", "K" (Kelvin) and "ſ", so those skip the test.
        char first = word.charAt(0);
        boolean asciiOnlyFirst = first >= 'a' && first <= 'z' && first != 'i' && first != 'k' && first != 's';
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if ((!asciiOnlyFirst || (text.charAt(i) | 0x20) == first)
                    && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean streamedSegment(String id) {
        if (id.length() < 3 || id.charAt(0) != 'S' || id.charAt(1) != ':') {
            return false;
        }
        for (int i = 2; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One matcher per line rule, made once per page and reset for each block: making a matcher allocates its state,
     * and the rules run on most short blocks of the article.
     */
    private static final class LineMatchers {
        final Matcher phrase = BOILERPLATE_PHRASE.matcher("");
        final Matcher label = LABEL_LINE.matcher("");
        final Matcher related = RELATED_LABEL.matcher("");
        final Matcher dateLine = DATE_LINE.matcher("");
        final Matcher appeal = APPEAL.matcher("");
        final Matcher adLabel = AD_LABEL.matcher("");
        final Matcher metaByline = META_BYLINE.matcher("");
    }

    /** One element the traversal entered: its place in the tree, and what the blocks inside it add up to. */
    private static final class Stats {
        final Element element;
        final Stats parent;
        final int depth;
        long chars;
        long linkChars;
        long proseChars;
        double score;
        double furniturePenalty;
        int region;
        /** 0 until a block inside is counted; then 1 when the element is marked up as the article, else 2. */
        int positive;
        /**
         * What the class and id words say: positive if any word is; negative, weak or sticky if a word that is not a
         * layout word is; {@link #ANY_NEGATIVE_HINT} if any word is negative or weak at all.
         */
        int hints;
        /** Characters of the largest marked-up article inside (not counting the element itself); 0 if none. */
        long articleBelow;
        /** Images inside, counted by the traversal, so that caption checks need not search the subtree. */
        int images;
        /** The strongest region of the element and its ancestors below the body; {@link #UNKNOWN} until asked. */
        int chainRegion;
        /** Attributes the rules read, "" when absent; set by readAttributes when a block first reaches the element. */
        String id = "";
        String itemprop = "";
        String role = "";
        String style = "";
        String ariaHidden = "";
        boolean hiddenAttribute;
        /** Whether the element lies in the chosen container: 0 not yet known, 1 yes, 2 no. */
        int inContainer;

        Stats(Element element, Stats parent) {
            this.element = element;
            this.parent = parent;
            this.depth = parent == null ? 0 : parent.depth + 1;
        }
    }

    private static final class Block {
        final Element owner;
        final Stats frame;
        final String text;
        final int chars;
        final int linkChars;
        final boolean heading;
        final boolean listItem;
        /**
         * Whether the text has sentence punctuation, which prose has and menus, labels and teaser kickers rarely do: 0
         * until asked, then 1 or 2. Most blocks are short links and labels whose score never asks.
         */
        private byte sentence;
        /** A paragraph of running text: long enough, few links, sentences. Bylines, dates and labels are not. */
        final boolean prose;
        /** Some templates set the standfirst as a subheading; a "heading" of a sentence or two is one. */
        final boolean sentenceHeading;
        boolean boilerplate;
        /** Whether the whole text is a "Related articles" label; asked twice for short blocks, so kept once known. */
        private Boolean relatedLabel;

        boolean relatedLabel(LineMatchers lines) {
            if (relatedLabel == null) {
                relatedLabel = LineOpenings.couldBeRelatedLabel(text) && lines.related.reset(text).matches();
            }
            return relatedLabel;
        }

        Block(Stats frame, String text, int chars, int linkChars) {
            this.frame = frame;
            this.owner = frame.element;
            this.text = text;
            this.chars = chars;
            this.linkChars = Math.min(linkChars, chars);
            String name = owner.normalName();
            this.heading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
            this.listItem = name.equals("li") || name.equals("dd") || name.equals("dt");
            this.prose = !heading && chars >= 80 && this.linkChars * 4 <= chars && sentence();
            this.sentenceHeading = heading && chars >= 80 && this.linkChars == 0 && sentence();
        }

        boolean sentence() {
            if (sentence == 0) {
                sentence = text.indexOf('.') >= 0 || text.indexOf(',') >= 0 || text.indexOf('!') >= 0
                        || text.indexOf('?') >= 0 || text.indexOf('。') >= 0 ? (byte) 1 : (byte) 2;
            }
            return sentence == 1;
        }
    }

    private static final int OTHER_TAG = 0;
    private static final int SKIP_TAG = 1;
    private static final int BLOCK_TAG = 2;
    private static final int BREAK_TAG = 3;
    private static final int ANCHOR_TAG = 4;

    /**
     * The kind of each tag the traversal treats specially, in one hash map: the traversal asks for every element of
     * the body, and one probe of a map is cheaper than probing the immutable sets one after the other.
     */
    private static final Map<String, Integer> TAG_KINDS = tagKinds();

    private static Map<String, Integer> tagKinds() {
        Map<String, Integer> kinds = new HashMap<>();
        BLOCK.forEach(name -> kinds.put(name, BLOCK_TAG));
        SKIP.forEach(name -> kinds.put(name, SKIP_TAG));
        kinds.put("br", BREAK_TAG);
        kinds.put("a", ANCHOR_TAG);
        return Collections.unmodifiableMap(kinds);
    }

    private static int tagKind(String name) {
        return TAG_KINDS.getOrDefault(name, OTHER_TAG);
    }

    /**
     * Cuts the text into blocks, normalising whitespace as it goes: runs of white space become one space, a line
     * break ({@code <br>}) a newline, and characters are copied in runs rather than one by one.
     */
    private static final class BlockCollector implements NodeFilter {
        /** Most blocks are a paragraph or shorter; the buffer grows for a longer one and stays grown for the page. */
        private static final int BLOCK_TEXT_CAPACITY = 512;

        final List<Block> blocks = new ArrayList<>();
        /** Every element under the root in document order, those in skipped markup (scripts, forms) included. */
        final List<Element> elements = new ArrayList<>(512);
        private final Consumer<Element> reader;
        /**
         * The elements entered and not yet left that have a {@link Stats}, innermost last, linked to its parent. An
         * inline element (a link, a span) gets its Stats only when a block opens inside it: most hold text alone, and
         * nothing reads the Stats of an element with no block inside.
         */
        private Stats current;
        /** Inline elements entered and not yet left, below {@link #current}, outermost first, without a Stats yet. */
        private Element[] pending = new Element[16];
        /** Images inside each pending element so far, handed to its Stats if it gets one, else to its parent. */
        private int[] pendingImages = new int[16];
        private int pendingCount;
        private final Deque<Stats> owners = new ArrayDeque<>();
        /**
         * The block's text so far, in a buffer of our own rather than a StringBuilder: runs are copied in bulk by
         * {@link String#getChars}, where a builder appends a range of a string char by char, and the String made at the
         * flush takes one byte per character whenever the block allows, which a builder that once held a character
         * beyond Latin-1 no longer gives (the buffer is reused for the whole page, so it does not grow per block).
         */
        private char[] text = new char[BLOCK_TEXT_CAPACITY];
        private int length;
        /** White space seen since the last character written: becomes one space before the next one. */
        private boolean space;
        private int chars;
        private int linkChars;
        private int anchorDepth;

        BlockCollector(Consumer<Element> reader) {
            this.reader = reader;
        }

        /** Adds an element to the page's list and hands it to the reader. */
        void list(Element e) {
            elements.add(e);
            reader.accept(e);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                int visible = append(textNode.getWholeText());
                chars += visible;
                if (anchorDepth > 0) {
                    linkChars += visible;
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            list(e);
            switch (tagKind(e.normalName())) {
                case SKIP_TAG -> {
                    // Images are skipped markup; they are counted for the caption check.
                    if (e.normalName().equals("img")) {
                        countImage();
                    }
                    listSkipped(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                case BREAK_TAG -> {
                    lineBreak();
                    return FilterResult.CONTINUE;
                }
                case BLOCK_TAG -> {
                    flush();
                    giveStatsToPending();
                    current = new Stats(e, current);
                    owners.push(current);
                }
                case ANCHOR_TAG -> {
                    anchorDepth++;
                    enterInline(e);
                }
                default -> enterInline(e);
            }
            return FilterResult.CONTINUE;
        }

        /** Lists the elements inside skipped markup in document order, counting their images. */
        private void listSkipped(Element e) {
            for (int i = 0; i < e.childNodeSize(); i++) {
                if (!(e.childNode(i) instanceof Element child)) {
                    continue;
                }
                list(child);
                if (child.normalName().equals("img")) {
                    countImage();
                }
                if (child.childNodeSize() > 0) {
                    listSkipped(child);
                }
            }
        }

        private void enterInline(Element e) {
            if (pendingCount == pending.length) {
                pending = Arrays.copyOf(pending, pendingCount * 2);
                pendingImages = Arrays.copyOf(pendingImages, pendingCount * 2);
            }
            pending[pendingCount] = e;
            pendingImages[pendingCount] = 0;
            pendingCount++;
        }

        /** A block opens inside the pending inline elements: each gets its Stats, as if it had one all along. */
        private void giveStatsToPending() {
            for (int i = 0; i < pendingCount; i++) {
                current = new Stats(pending[i], current);
                current.images = pendingImages[i];
                pending[i] = null;
            }
            pendingCount = 0;
        }

        /** Counts an image in the innermost element entered, the way the tail hands counts up to the parent. */
        private void countImage() {
            if (pendingCount > 0) {
                pendingImages[pendingCount - 1]++;
            } else if (current != null) {
                current.images++;
            }
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (pendingCount > 0 && pending[pendingCount - 1] == node) {
                // An inline element with no block inside: its images go to its parent, as its Stats would have sent them.
                int images = pendingImages[--pendingCount];
                pending[pendingCount] = null;
                if (pendingCount > 0) {
                    pendingImages[pendingCount - 1] += images;
                } else if (current != null) {
                    current.images += images;
                }
                if (((Element) node).normalName().equals("a")) {
                    anchorDepth--;
                }
                return FilterResult.CONTINUE;
            }
            if (current != null && current.element == node) {
                if (current.parent != null) {
                    current.parent.images += current.images;
                }
                if (!owners.isEmpty() && owners.peek() == current) {
                    flush();
                    owners.pop();
                } else if (((Element) node).normalName().equals("a")) {
                    anchorDepth--;
                }
                current = current.parent;
            }
            return FilterResult.CONTINUE;
        }

        /**
         * Visits the tree under {@code root} in document order, as {@link NodeTraversor#filter} would: children by
         * index from a stack of open elements, which spares the sibling and parent lookups of the generic walk on
         * every node of the page.
         */
        void walk(Element root) {
            if (head(root, 0) != FilterResult.CONTINUE) {
                return;
            }
            if (root.childNodeSize() == 0) {
                tail(root, 0);
                return;
            }
            Element[] open = new Element[64];
            int[] nextChild = new int[64];
            int top = 0;
            open[0] = root;
            while (top >= 0) {
                Element parent = open[top];
                int i = nextChild[top];
                if (i >= parent.childNodeSize()) {
                    tail(parent, top);
                    open[top--] = null;
                    continue;
                }
                nextChild[top] = i + 1;
                Node child = parent.childNode(i);
                // Text is all read in head, and tail only closes elements: a leaf that is no element is done.
                if (head(child, top + 1) != FilterResult.CONTINUE || !(child instanceof Element element)) {
                    continue;
                }
                if (element.childNodeSize() == 0) {
                    tail(element, top + 1);
                } else {
                    if (++top == open.length) {
                        open = Arrays.copyOf(open, top * 2);
                        nextChild = Arrays.copyOf(nextChild, top * 2);
                    }
                    open[top] = element;
                    nextChild[top] = 0;
                }
            }
        }

        /** Appends one text node's characters, normalised; returns how many are visible (not white space). */
        private int append(String s) {
            int visible = 0;
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\u200b') {
                    // Counted as visible, written as white space: as the block sizes have always been measured.
                    visible++;
                    space = true;
                    i++;
                } else if (blank(c)) {
                    space = true;
                    i++;
                } else {
                    // A run of words with single plain spaces between them is already normal: copied in one piece.
                    int end = i + 1;
                    int spaces = 0;
                    while (end < n) {
                        char d = s.charAt(end);
                        if (d == ' ' && end + 1 < n && !blank(s.charAt(end + 1)) && s.charAt(end + 1) != '\u200b') {
                            spaces++;
                        } else if (blank(d) || d == '\u200b') {
                            break;
                        }
                        end++;
                    }
                    boolean separate = space && length > 0 && text[length - 1] != '\n';
                    if (length + end - i + 1 > text.length) {
                        text = Arrays.copyOf(text, Math.max(text.length * 2, length + end - i + 1));
                    }
                    if (separate) {
                        text[length++] = ' ';
                    }
                    space = false;
                    s.getChars(i, end, text, length);
                    length += end - i;
                    visible += end - i - spaces;
                    i = end;
                }
            }
            return visible;
        }

        private void lineBreak() {
            if (length > 0 && text[length - 1] != '\n') {
                if (length == text.length) {
                    text = Arrays.copyOf(text, length * 2);
                }
                text[length++] = '\n';
            }
            space = false;
        }

        void flush() {
            if (chars > 0 && !owners.isEmpty()) {
                int end = length;
                while (end > 0 && text[end - 1] == '\n') {
                    end--;
                }
                if (end > 0) {
                    blocks.add(new Block(owners.peek(), new String(text, 0, end), chars, linkChars));
                }
            }
            length = 0;
            space = false;
            chars = 0;
            linkChars = 0;
        }
    }
}
