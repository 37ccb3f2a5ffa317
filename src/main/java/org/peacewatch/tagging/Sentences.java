package org.peacewatch.tagging;

/**
 * Sentence bounds for evidence. A full stop ends a sentence only when whitespace and a capital (or the end) follow
 * and it does not close an initial or abbreviation like "U.S." — good enough for news prose without a model.
 */
final class Sentences {

    private Sentences() {
    }

    /** The sentence around {@code offset}, packed as {@code start << 32 | end}. */
    static long around(String text, int offset) {
        int start = offset;
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = offset;
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        end = Math.min(text.length(), end + 1);
        return ((long) start << 32) | end;
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
