package org.peacewatch.tagging;

import java.util.Arrays;

/**
 * Sentence bounds for evidence, found at most once per text and only when asked. A full stop ends a sentence only when
 * whitespace and a capital (or the end) follow and it does not close an initial or abbreviation like "U.S." — good
 * enough for news prose without a model. Sentence {@code i} runs from the end of sentence {@code i - 1} to its own
 * end; the last one runs to the end of the text.
 */
final class Sentences {

    /** The chars that may end a sentence; only their occurrences are examined. */
    private static final char[] ENDINGS = {'\n', '.', '!', '?', '…'};

    private final String text;
    private int[] ends;

    Sentences(String text) {
        this.text = text;
    }

    /** How many sentences the text has (the number of {@link #index} values). */
    int count() {
        return ends().length + 1;
    }

    /** The index of the sentence that contains {@code offset}. */
    int index(int offset) {
        int i = Arrays.binarySearch(ends(), offset);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The same as {@link #index(int)}, searched forward from sentence {@code hint} (galloping) when the offset lies at
     * or after that sentence's start: mentions come mostly in text order, so the answer is usually the hint or close.
     */
    int index(int offset, int hint) {
        int[] e = ends();
        if (hint < 0 || hint > e.length || start(hint) > offset) {
            return index(offset);
        }
        if (hint == e.length || e[hint] >= offset) {
            return hint;
        }
        // Every end before `lo` is below the offset; the answer lies in [lo, lo + step - 1] (or is past the last end).
        int lo = hint + 1;
        int step = 1;
        while (lo + step - 1 < e.length && e[lo + step - 1] < offset) {
            lo += step;
            step <<= 1;
        }
        int i = Arrays.binarySearch(e, lo, Math.min(e.length, lo + step - 1), offset);
        return i >= 0 ? i : -i - 1;
    }

    int start(int index) {
        return index > 0 ? ends()[index - 1] + 1 : 0;
    }

    int end(int index) {
        return index < ends().length ? ends[index] + 1 : text.length();
    }

    private int[] ends() {
        if (ends == null) {
            ends = boundaries(text);
        }
        return ends;
    }

    /**
     * Walks the occurrences of the few ending chars in text order, each found with {@link String#indexOf(int, int)}
     * (a vectorised search), so the chars in between are never looked at one by one.
     */
    private static int[] boundaries(String text) {
        int[] next = new int[ENDINGS.length];
        for (int k = 0; k < ENDINGS.length; k++) {
            next[k] = text.indexOf(ENDINGS[k]);
        }
        int[] found = new int[64];
        int n = 0;
        while (true) {
            int k = -1;
            for (int j = 0; j < next.length; j++) {
                if (next[j] >= 0 && (k < 0 || next[j] < next[k])) {
                    k = j;
                }
            }
            if (k < 0) {
                return Arrays.copyOf(found, n);
            }
            int i = next[k];
            next[k] = text.indexOf(ENDINGS[k], i + 1);
            if (endsSentence(text, i)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c != '.') {
            return true; // one of the other ENDINGS
        }
        int next = i + 1;
        if (next < text.length() && (text.charAt(next) == '"' || text.charAt(next) == '»' || text.charAt(next) == '”')) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        // "U.S. envoy", "J. D. Vance": a single capital before the dot is an initial, not a sentence end.
        if (i >= 1 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2)))) {
            return false;
        }
        int j = next;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j >= text.length() || !Character.isLowerCase(text.charAt(j));
    }
}
