package org.peacewatch.tagging.matching;

import java.util.Arrays;

/**
 * Sentence bounds for evidence, found only where asked. A full stop ends a sentence only when whitespace and a capital
 * (or the end) follow and it does not close an initial or abbreviation like "U.S." — good enough for news prose
 * without a model. A sentence runs from just after the previous sentence end (or the start of the text) to just after
 * its own end (or the end of the text).
 * <p>
 * Most texts need the sentences of a few mentions only, so the first questions are answered by looking around the
 * offset; once that has read more than an eighth of the text (a dense text), every sentence end is indexed in one
 * pass and the rest are binary searches. Both ways give the same bounds.
 */
final class Sentences {

    /** The chars that may end a sentence; the full index only examines their occurrences. */
    private static final char[] ENDINGS = {'\n', '.', '!', '?', '…'};

    private static final int DENSE_CHARS = 64;

    private final String text;
    /** Chars the local searches may still read before the full index pays off. */
    private long localBudget;
    private int[] ends;
    /** The index in {@link #ends} of the last answer: mentions mostly come in text order. */
    private int lastIndex;

    /**
     * @param mentions about how many offsets will be asked for; when they are dense (one per {@value #DENSE_CHARS}
     *                 chars or more), the full index is built at once rather than after the local budget is spent
     */
    Sentences(String text, int mentions) {
        this.text = text;
        this.localBudget = (long) mentions * DENSE_CHARS > text.length() ? 0 : text.length() / 8;
    }

    static int start(long sentence) {
        return (int) (sentence >>> 32);
    }

    static int end(long sentence) {
        return (int) sentence;
    }

    /** The sentence around {@code offset}, packed as {@code start << 32 | end}. */
    long around(int offset) {
        if (ends == null && localBudget > 0) {
            int end = offset;
            while (end < text.length() && !(mayEnd(text.charAt(end)) && endsSentence(text, end))) {
                end++;
            }
            int start = offset - 1;
            while (start >= 0 && !(mayEnd(text.charAt(start)) && endsSentence(text, start))) {
                start--;
            }
            localBudget -= end - start;
            return ((long) (start + 1) << 32) | Math.min(end + 1, text.length());
        }
        if (ends == null) {
            ends = boundaries(text);
        }
        int i = indexFrom(offset, lastIndex);
        lastIndex = i;
        int start = i > 0 ? ends[i - 1] + 1 : 0;
        int end = i < ends.length ? ends[i] + 1 : text.length();
        return ((long) start << 32) | end;
    }

    /**
     * The index of the first sentence end at or after {@code offset}, searched forward from {@code hint} (galloping)
     * when the offset lies after the end before the hint, else by plain binary search.
     */
    private int indexFrom(int offset, int hint) {
        int[] e = ends;
        if (hint > e.length || hint > 0 && e[hint - 1] >= offset) {
            int i = Arrays.binarySearch(e, offset);
            return i >= 0 ? i : -i - 1;
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

    private static boolean mayEnd(char c) {
        return c == '.' || c == '\n' || c == '!' || c == '?' || c == '…';
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == '…') {
            return true;
        }
        if (c != '.') {
            return false;
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
