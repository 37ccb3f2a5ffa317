package org.peacewatch.extraction;

import java.io.Reader;
import java.util.Arrays;

/**
 * A page's HTML with the text inside its {@code <script>} and {@code <style>} elements left out, for the parser to
 * read, and that script text kept aside by position.
 * <p>
 * Why: scripts and styles are some 40 % of a news page's characters and a tenth of Jsoup's parse time, yet the
 * extractor reads no style text, and script text only for JSON-LD and, when nothing else dates the page, a date in
 * inline state. The parser still sees every script and style element, each with no children; their text comes from
 * here, by the element's place among the page's scripts.
 * <p>
 * The scan follows the HTML tokenizer where it matters: comments are passed over, a start tag ends at its first
 * {@code >} outside a quoted attribute value, and script and style text ends at the first {@code </script} or
 * {@code </style} followed by a space, {@code /} or {@code >}, in any case. It does not follow the tree builder, which
 * in rare places does not open a raw-text element ({@code <script>} written inside a title, a textarea or an attribute
 * value, {@code <style>} in a select): the caller checks that the parser found exactly as many script and style
 * elements as the scan did, all empty, and parses the page whole when it did not.
 */
final class SkimmedPage {

    private final String html;
    /** Start and end of each part of the page handed to the parser, in pairs. */
    private final int[] kept;
    private final int keptParts;
    /** Start and end of each script's text, in pairs, in document order. */
    private final int[] scripts;
    private final int scriptCount;
    private final int styleCount;

    private SkimmedPage(String html, int[] kept, int keptParts, int[] scripts, int scriptCount, int styleCount) {
        this.html = html;
        this.kept = kept;
        this.keptParts = keptParts;
        this.scripts = scripts;
        this.scriptCount = scriptCount;
        this.styleCount = styleCount;
    }

    /**
     * Skims the page, or returns null where the scan cannot be sure to end a script where the tokenizer would: a script
     * or style left open at the end, or a script that writes {@code <!--} and {@code <script} (the tokenizer's escaped
     * script states, where a {@code </script>} can belong to the inner script).
     */
    static SkimmedPage of(String html) {
        Scan scan = new Scan(html);
        return scan.run() ? new SkimmedPage(html, scan.kept, scan.keptParts, scan.scripts, scan.scriptCount,
                scan.styleCount) : null;
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

    /** The text of the page's {@code index}-th script (from 0, in document order), or "" past the last one. */
    String scriptText(int index) {
        return index < scriptCount ? html.substring(scripts[2 * index], scripts[2 * index + 1]) : "";
    }

    /** How long that text is, without copying it. */
    int scriptLength(int index) {
        return index < scriptCount ? scripts[2 * index + 1] - scripts[2 * index] : 0;
    }

    /** One pass over the page from '<' to '<', looking only at comments and script and style start tags. */
    private static final class Scan {
        private final String html;
        private int[] kept = new int[32];
        private int keptParts;
        private int keptFrom;
        private int[] scripts = new int[32];
        private int scriptCount;
        private int styleCount;

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
                } else if (next == 's' || next == 'S') {
                    boolean script = tagNameIs(lt + 1, "script");
                    if (script || tagNameIs(lt + 1, "style")) {
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
            int end = html.indexOf("-->", lt + 4);
            return end < 0 ? -1 : end + 3;
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

        /** Where the raw text from {@code from} ends: the '<' of its end tag, or -1 if the page ends first. */
        private int endTag(int from, String name) {
            String s = html;
            for (int lt = s.indexOf("</", from); lt >= 0; lt = s.indexOf("</", lt + 2)) {
                if (tagNameIs(lt + 2, name)) {
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
