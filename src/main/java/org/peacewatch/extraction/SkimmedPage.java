package org.peacewatch.extraction;

import java.io.Reader;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A page's HTML with the text inside its {@code <script>} and {@code <style>} elements and the content of its SVG
 * images without text left out, for the parser to read, and that script text kept aside by position.
 * <p>
 * Why: scripts and styles are some 40 % of a news page's characters and a tenth of Jsoup's parse time, yet the
 * extractor reads no style text, and script text only for JSON-LD and, when nothing else dates the page, a date in
 * inline state. The parser still sees every script and style element, each with no children; their text comes from
 * here, by the element's place among the page's scripts. Inline icons and logos are another twentieth of the parse;
 * an image with no text in it adds nothing to what the extractor reads.
 * <p>
 * The scan follows the HTML tokenizer where it matters: comments are passed over, a start tag ends at its first
 * {@code >} outside a quoted attribute value, and script and style text ends at the first {@code </script} or
 * {@code </style} followed by a space, {@code /} or {@code >}, in any case. It does not follow the tree builder, which
 * in rare places does not open a raw-text element ({@code <script>} written inside a title, a textarea or an attribute
 * value, {@code <style>} in a select): the caller checks that the parser found exactly as many script, style and SVG
 * elements as the scan did, the scripts and HTML styles all empty, and parses the page whole when it did not.
 */
final class SkimmedPage {

    /**
     * HTML start tags that close an open SVG image and land in the page itself (the HTML standard's list, which Jsoup
     * follows).
     */
    private static final Set<String> BREAKS_OUT = Set.of("b", "big", "blockquote", "body", "br", "center", "code", "dd",
            "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
            "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strike", "strong",
            "sub", "sup", "table", "tt", "u", "ul", "var");
    /**
     * Tags after which the scan cannot tell how the parser reads the rest of an image ({@code Scan.walkSvg}): a script
     * is raw text in an image too, a foreignObject holds HTML, and a font tag breaks out or not by its attributes.
     */
    private static final Set<String> UNSURE_IN_SVG = Set.of("script", "foreignobject", "font");

    private final String html;
    /** Start and end of each part of the page handed to the parser, in pairs. */
    private final int[] kept;
    private final int keptParts;
    /** Start and end of each script's text, in pairs, in document order. */
    private final int[] scripts;
    private final int scriptCount;
    private final int styleCount;
    private final int svgCount;

    private SkimmedPage(String html, int[] kept, int keptParts, int[] scripts, int scriptCount, int styleCount,
                        int svgCount) {
        this.html = html;
        this.kept = kept;
        this.keptParts = keptParts;
        this.scripts = scripts;
        this.scriptCount = scriptCount;
        this.styleCount = styleCount;
        this.svgCount = svgCount;
    }

    /**
     * Skims the page, or returns null where the scan cannot be sure to end a script where the tokenizer would: a script
     * or style left open at the end, or a script that writes {@code <!--} and {@code <script} (the tokenizer's escaped
     * script states, where a {@code </script>} can belong to the inner script).
     */
    static SkimmedPage of(String html) {
        Scan scan = new Scan(html);
        return scan.run() ? new SkimmedPage(html, scan.kept, scan.keptParts, scan.scripts, scan.scriptCount,
                scan.styleCount, scan.svgCount) : null;
    }

    /** The page without its script and style text, read the way Jsoup reads a String (as a StringReader would). */
    Reader reader() {
        return new Reader() {
            private int part;
            private int at = keptParts == 0 ? 0 : kept[0];

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (part == keptParts) {
                    return -1;
                }
                int copied = 0;
                while (copied < length && part < keptParts) {
                    int end = kept[2 * part + 1];
                    int n = Math.min(length - copied, end - at);
                    html.getChars(at, at + n, buffer, offset + copied);
                    copied += n;
                    at += n;
                    if (at == end && ++part < keptParts) {
                        at = kept[2 * part];
                    }
                }
                return copied;
            }

            @Override
            public void close() {
            }
        };
    }

    int scriptCount() {
        return scriptCount;
    }

    int styleCount() {
        return styleCount;
    }

    /** Every SVG image the scan met outside skipped text, whether it skipped the image's content or not. */
    int svgCount() {
        return svgCount;
    }

    /** The text of the page's {@code index}-th script (from 0, in document order), or "" past the last one. */
    String scriptText(int index) {
        return index < scriptCount ? html.substring(scripts[2 * index], scripts[2 * index + 1]) : "";
    }

    /** How long that text is, without copying it. */
    int scriptLength(int index) {
        return index < scriptCount ? scripts[2 * index + 1] - scripts[2 * index] : 0;
    }

    /** One pass over the page from '<' to '<', looking only at comments and script, style and SVG start tags. */
    private static final class Scan {
        private final String html;
        private int[] kept = new int[32];
        private int keptParts;
        private int keptFrom;
        private int[] scripts = new int[32];
        private int scriptCount;
        private int styleCount;
        private int svgCount;

        Scan(String html) {
            this.html = html;
        }

        boolean run() {
            String s = html;
            int length = s.length();
            int lt = s.indexOf('<');
            while (lt >= 0 && lt + 1 < length) {
                char next = s.charAt(lt + 1);
                int resume;
                if (next == '!') {
                    resume = afterComment(lt);
                } else if ((next == 's' || next == 'S') && lt + 2 < length) {
                    // The third letter tells the three apart, and <span>, <strong>, <section> from all of them.
                    char third = (char) (s.charAt(lt + 2) | 0x20);
                    boolean script = third == 'c' && tagNameIs(lt + 1, "script");
                    if (third == 'v' && tagNameIs(lt + 1, "svg")) {
                        resume = svg(lt);
                        if (resume < 0) {
                            return false;
                        }
                    } else if (script || third == 't' && tagNameIs(lt + 1, "style")) {
                        int textStart = endOfStartTag(lt + (script ? 7 : 6));
                        if (textStart < 0) {
                            return false;
                        }
                        int textEnd = endTag(textStart, script ? "script" : "style");
                        if (textEnd < 0 || script && escapedScript(textStart, textEnd)) {
                            return false;
                        }
                        skip(textStart, textEnd, script);
                        resume = textEnd;
                    } else {
                        resume = lt + 1;
                    }
                } else {
                    resume = lt + 1;
                }
                if (resume < 0) {
                    break;
                }
                lt = s.indexOf('<', resume);
            }
            keep(length);
            return true;
        }

        /**
         * Where a comment opening at {@code lt} ends, {@code lt + 1} if none opens there, -1 if it runs to the end. A
         * comment closed early by "--!>" reads here as running on to the next "-->": the scripts missed on the way
         * keep their text, and the caller's check sends the page to a whole parse.
         */
        private int afterComment(int lt) {
            if (!html.startsWith("<!--", lt)) {
                return lt + 1;
            }
            // "<!-->" and "<!--->" are whole (empty) comments to the tokenizer.
            if (html.startsWith(">", lt + 4)) {
                return lt + 5;
            }
            if (html.startsWith("->", lt + 4)) {
                return lt + 6;
            }
            // From '>' to '>': a search for the three characters costs several times a search for one.
            for (int gt = html.indexOf('>', lt + 6); gt >= 0; gt = html.indexOf('>', gt + 1)) {
                if (html.charAt(gt - 1) == '-' && html.charAt(gt - 2) == '-') {
                    return gt + 1;
                }
            }
            return -1;
        }

        /** Whether the tag name at {@code at} is {@code name}, in any case, followed by a space, '/' or '>'. */
        private boolean tagNameIs(int at, String name) {
            int after = at + name.length();
            return after < html.length() && html.regionMatches(true, at, name, 0, name.length())
                    && endsTagName(html.charAt(after));
        }

        private static boolean endsTagName(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }

        /**
         * Just past the {@code >} that ends a start tag whose name ends at {@code at}, or -1 if the page ends first.
         * Attribute names run to a space, '/', '=' or '>'; a value after '=' may be quoted, and a quoted one may hold
         * '>'.
         */
        private int endOfStartTag(int at) {
            String s = html;
            int length = s.length();
            int i = at;
            while (i < length) {
                char c = s.charAt(i);
                if (c == '>') {
                    return i + 1;
                }
                if (c == '=') {
                    i++;
                    while (i < length && isSpace(s.charAt(i))) {
                        i++;
                    }
                    if (i < length && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                        int close = s.indexOf(s.charAt(i), i + 1);
                        if (close < 0) {
                            return -1;
                        }
                        i = close + 1;
                        continue;
                    }
                    // An unquoted value runs to a space or '>', which the loop then meets as at any other place.
                    while (i < length && !isSpace(s.charAt(i)) && s.charAt(i) != '>') {
                        i++;
                    }
                    continue;
                }
                i++;
            }
            return -1;
        }

        /**
         * Handles the SVG image whose start tag opens at {@code lt} and returns where the scan goes on, or -1 where it
         * cannot be sure the parser will read the page as it does ({@link #walkSvg}). An image with no text in it is
         * skipped; one with text is passed over whole, style tags in it included: in an image a style is an ordinary
         * element, and its rules are text to the parser.
         */
        private int svg(int lt) {
            svgCount++;
            int contentStart = endOfStartTag(lt + 4);
            if (contentStart < 0) {
                return -1;
            }
            // A self-closing "<svg/>" is a whole image, with no content.
            if (html.charAt(contentStart - 2) == '/') {
                return contentStart;
            }
            int end = walkSvg(contentStart);
            switch (svgContent) {
                case NO_TEXT -> {
                    keep(contentStart);
                    keptFrom = end;
                    return end;
                }
                case TEXT, BROKEN_OUT -> {
                    svgCount += nestedSvgs;
                    styleCount += nestedStyles;
                    return end;
                }
                default -> {
                    return -1;
                }
            }
        }

        /** What {@link #walkSvg} found in an image's content. */
        private static final int NO_TEXT = 0;
        private static final int TEXT = 1;
        private static final int BROKEN_OUT = 2;
        private static final int UNSURE = 3;
        private int svgContent;
        /** The images nested in the content {@link #walkSvg} walked, up to where it stopped. */
        private int nestedSvgs;
        /** The style elements in it: ordinary elements in an image, their text left to the parser. */
        private int nestedStyles;

        /**
         * Walks the SVG content from {@code from} and returns where the image ends: the '<' of the {@code </svg>} that
         * closes it, counting images nested in it ({@link #nestedSvgs}). Sets {@link #svgContent}:
         * {@code NO_TEXT} where the content holds only tags, comments and spaces; {@code TEXT} where it holds text (a
         * title, a label: the text of the elements around the image takes that in, so the parser must see it);
         * {@code BROKEN_OUT} where an HTML tag closes the image early ({@link #BREAKS_OUT}), and the returned place is
         * that tag, where the page goes on as HTML; {@code UNSURE} where the image holds a script, HTML
         * inside a {@code foreignObject}, a {@code font} tag (which breaks out or not by its attributes), or runs to
         * the end of the page.
         */
        private int walkSvg(int from) {
            String s = html;
            int depth = 1;
            int at = from;
            boolean text = false;
            nestedSvgs = 0;
            nestedStyles = 0;
            while (true) {
                int lt = s.indexOf('<', at);
                if (lt < 0 || lt + 2 >= s.length()) {
                    svgContent = UNSURE;
                    return -1;
                }
                text = text || !blank(at, lt);
                char next = s.charAt(lt + 1);
                if (next == '/') {
                    if (tagNameIs(lt + 2, "svg") && --depth == 0) {
                        svgContent = text ? TEXT : NO_TEXT;
                        return lt;
                    }
                    if (tagNameIs(lt + 2, "p") || tagNameIs(lt + 2, "br")) {
                        svgContent = BROKEN_OUT;
                        return lt;
                    }
                    at = endOfStartTag(lt + 2);
                } else if (next == '!') {
                    // Character data is text like any other; a comment is not.
                    boolean cdata = s.startsWith("<![CDATA[", lt);
                    text = text || cdata;
                    at = cdata ? endOfCdata(lt) : afterComment(lt);
                } else if (isAsciiLetter(next)) {
                    int nameEnd = lt + 2;
                    while (nameEnd < s.length() && !endsTagName(s.charAt(nameEnd))) {
                        nameEnd++;
                    }
                    String name = s.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT);
                    if (BREAKS_OUT.contains(name)) {
                        svgContent = BROKEN_OUT;
                        return lt;
                    }
                    if (UNSURE_IN_SVG.contains(name)) {
                        svgContent = UNSURE;
                        return -1;
                    }
                    at = endOfStartTag(nameEnd);
                    if (name.equals("svg") && at > 0 && s.charAt(at - 2) != '/') {
                        depth++;
                        nestedSvgs++;
                    } else if (name.equals("style")) {
                        nestedStyles++;
                    }
                } else {
                    // A '<' that opens no tag is text.
                    text = true;
                    at = lt + 1;
                }
                if (at < 0) {
                    svgContent = UNSURE;
                    return -1;
                }
            }
        }

        private int endOfCdata(int lt) {
            int end = html.indexOf("]]>", lt + 9);
            return end < 0 ? -1 : end + 3;
        }

        /** Whether the page holds only spaces from {@code from} to {@code to}. */
        private boolean blank(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!isSpace(html.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        /**
         * Where the raw text from {@code from} ends: the '<' of its end tag, or -1 if the page ends first. From '<' to
         * '<': scripts hold few, and a search for one character costs a fraction of one for two.
         */
        private int endTag(int from, String name) {
            String s = html;
            for (int lt = s.indexOf('<', from); lt >= 0; lt = s.indexOf('<', lt + 1)) {
                if (lt + 1 < s.length() && s.charAt(lt + 1) == '/' && tagNameIs(lt + 2, name)) {
                    return lt;
                }
            }
            return -1;
        }

        /**
         * Whether a script's text opens a comment and names a script after it: the tokenizer's escaped script states,
         * where a {@code </script>} can close the inner script and not this one. The '<' of the end tag at {@code to}
         * bounds each search.
         */
        private boolean escapedScript(int from, int to) {
            boolean inComment = false;
            for (int lt = html.indexOf('<', from); lt < to; lt = html.indexOf('<', lt + 1)) {
                if (!inComment) {
                    inComment = html.startsWith("<!--", lt);
                } else if (html.regionMatches(true, lt + 1, "script", 0, 6)) {
                    return true;
                }
            }
            return false;
        }

        private void skip(int from, int to, boolean script) {
            keep(from);
            keptFrom = to;
            if (script) {
                if (2 * scriptCount + 2 > scripts.length) {
                    scripts = Arrays.copyOf(scripts, scripts.length * 2);
                }
                scripts[2 * scriptCount] = from;
                scripts[2 * scriptCount + 1] = to;
                scriptCount++;
            } else {
                styleCount++;
            }
        }

        /** Keeps the page from the end of the last skipped text up to {@code to}. */
        private void keep(int to) {
            if (to == keptFrom) {
                return;
            }
            if (2 * keptParts + 2 > kept.length) {
                kept = Arrays.copyOf(kept, kept.length * 2);
            }
            kept[2 * keptParts] = keptFrom;
            kept[2 * keptParts + 1] = to;
            keptParts++;
        }
    }
}
