package org.peacewatch.tagging;

import java.util.Arrays;

/**
 * Sentence bounds for evidence, found in one pass per text. A full stop ends a sentence only when whitespace and a
 * capital (or the end) follow and it does not close an initial or abbreviation like "U.S." — good enough for news
 * prose without a model.
 */
final class Sentences {

    private final String text;
    private int[] ends;

    Sentences(String text) {
        this.text = text;
    }

    /** The sentence around {@code offset}, packed as {@code start << 32 | end}. */
    long around(int offset) {
        if (ends == null) {
            ends = boundaries(text);
        }
        int i = Arrays.binarySearch(ends, offset);
        int next = i >= 0 ? i : -i - 1;
        int end = next < ends.length ? ends[next] + 1 : text.length();
        int start = next > 0 ? ends[next - 1] + 1 : 0;
        return ((long) start << 32) | end;
    }

    private static int[] boundaries(String text) {
        int[] found = new int[64];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (endsSentence(text, i)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
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
