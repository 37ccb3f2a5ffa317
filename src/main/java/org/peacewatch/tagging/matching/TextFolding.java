package org.peacewatch.tagging.matching;

import java.text.Normalizer;

/**
 * Maps each UTF-16 char to at most one char so that matching can fold text on the fly, in one pass, without building
 * a folded copy and with exact offsets back into the original. Two tables: {@link #unify} applies NFKC, strips
 * diacritics from Latin letters (Erdoğan/Erdogan), unifies apostrophes, hyphens, dashes and spaces, and maps ё to е;
 * {@link #fold} additionally lower-cases (case folding). Chars whose NFKC form is longer than one char (ligatures,
 * rare symbols) keep their own value rather than breaking the one-to-one mapping. Combining marks map to
 * {@link #DROP} so decomposed text folds like precomposed text.
 */
final class TextFolding {

    /** Marks a char that folding removes (combining marks, zero-width chars, soft hyphens). */
    static final char DROP = '\uFFFF';

    private static final char[] UNIFY = new char[65536];
    private static final char[] FOLD = new char[65536];
    private static final boolean[] WORD = new boolean[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            char u = computeUnified((char) c);
            UNIFY[c] = u;
            FOLD[c] = u == DROP ? DROP : Character.toLowerCase(u);
            WORD[c] = u != DROP && Character.isLetterOrDigit(u);
        }
        // Surrogates stay themselves and count as word chars so that emoji or rare scripts never split a word.
        for (int c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
            UNIFY[c] = (char) c;
            FOLD[c] = (char) c;
            WORD[c] = true;
        }
    }

    private TextFolding() {
    }

    static char unify(char c) {
        return UNIFY[c];
    }

    static char fold(char c) {
        return FOLD[c];
    }

    /** Whether a folded char belongs to a word (a letter or digit in any script). */
    static boolean isWord(char folded) {
        return WORD[folded];
    }

    /** Folds a whole string (used for patterns and tests, not on the hot path). */
    static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char f = FOLD[text.charAt(i)];
            if (f != DROP) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /** Unifies a whole string without changing case (used for case-sensitive patterns). */
    static String unify(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char u = UNIFY[text.charAt(i)];
            if (u != DROP) {
                out.append(u);
            }
        }
        return out.toString();
    }

    private static char computeUnified(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u02BC', '\u02B9', '\u2032', '\u0060', '\u00B4', '\uFF07' -> {
                return '\'';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D' -> {
                return '-';
            }
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                return DROP;
            }
            case '\u0451' -> {
                return '\u0435'; // ё -> е: Russian writes both for the same word
            }
            case '\u0401' -> {
                return '\u0415'; // Ё -> Е
            }
            default -> {
            }
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return DROP;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return c == '\n' || c == '\r' ? c : ' ';
        }
        String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (nfkc.length() != 1) {
            return c;
        }
        char n = nfkc.charAt(0);
        if (n < 0x0400 && Character.isLetter(n)) {
            // Latin (and Greek) letters lose their diacritics; Cyrillic keeps й and ї, which are distinct letters.
            String stripped = Normalizer.normalize(nfkc, Normalizer.Form.NFD);
            if (stripped.length() > 1 && Character.isLetter(stripped.charAt(0))) {
                return stripped.charAt(0);
            }
        }
        return n;
    }
}
