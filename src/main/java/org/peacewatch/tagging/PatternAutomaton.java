package org.peacewatch.tagging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton compiled to a dense DFA over the alphabet of the patterns, run over text folded on the fly
 * ({@link TextFolding}). One pass finds every occurrence of every key, whatever the number of keys; each hit reports
 * offsets in the original (unfolded) text. Word boundaries, case and context are checked by the caller, only at hits.
 * Our own rather than a library's so that folding, the pass and the offset mapping share one loop with no copies.
 */
final class PatternAutomaton {

    /** Receives each occurrence of a key: its id and its span [start, end) in the original text. */
    interface Hits {
        void hit(int key, int start, int end);
    }

    /** Class of a folded char during construction; 0 for chars no key contains. */
    private final char[] classOf = new char[65536];
    /** Class of an original text char, folding included: one lookup per char on the hot path. */
    private final char[] textClass = new char[65536];
    private static final char SKIP = Character.MAX_VALUE;
    private final int alphabet;
    /**
     * Transitions: entry {@code state * alphabet + class} holds the next state times the alphabet size (so the loop
     * never multiplies), complemented ({@code ~x}) when the next state has outputs.
     */
    private final int[] delta;
    private final int[][] outputs;
    private final int[] keyLength;
    private final boolean[] boundedStart;
    private final boolean[] boundedEnd;

    /**
     * @param boundedStart per key: drop occurrences preceded by a word char (the key starts a word)
     * @param boundedEnd   per key: drop occurrences followed by a word char (the key ends a word; false for stems)
     */
    PatternAutomaton(List<String> keys, boolean[] boundedStart, boolean[] boundedEnd) {
        this.boundedStart = boundedStart.clone();
        this.boundedEnd = boundedEnd.clone();
        char next = 1;
        for (String key : keys) {
            for (char c : key.toCharArray()) {
                if (classOf[c] == 0) {
                    classOf[c] = next++;
                }
            }
        }
        alphabet = next;
        keyLength = new int[keys.size()];
        List<Map<Character, Integer>> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        children.add(new HashMap<>());
        own.add(new ArrayList<>());
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            keyLength[k] = key.length();
            int s = 0;
            for (char c : key.toCharArray()) {
                Integer child = children.get(s).get(c);
                if (child == null) {
                    child = children.size();
                    children.get(s).put(c, child);
                    children.add(new HashMap<>());
                    own.add(new ArrayList<>());
                }
                s = child;
            }
            own.get(s).add(k);
        }
        int states = children.size();
        int[] table = new int[states * alphabet];
        int[] fail = new int[states];
        int[][] out = new int[states][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        // Breadth-first, so each state's failure state is complete before the state is filled.
        for (Map.Entry<Character, Integer> e : children.get(0).entrySet()) {
            table[classOf[e.getKey()]] = e.getValue();
            fail[e.getValue()] = 0;
            queue.add(e.getValue());
        }
        out[0] = null;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int[] inherited = out[fail[s]];
            List<Integer> mine = own.get(s);
            if (!mine.isEmpty() || inherited != null) {
                int[] merged = new int[mine.size() + (inherited == null ? 0 : inherited.length)];
                for (int i = 0; i < mine.size(); i++) {
                    merged[i] = mine.get(i);
                }
                if (inherited != null) {
                    System.arraycopy(inherited, 0, merged, mine.size(), inherited.length);
                }
                out[s] = merged;
            }
            System.arraycopy(table, fail[s] * alphabet, table, s * alphabet, alphabet);
            for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
                int child = e.getValue();
                fail[child] = table[fail[s] * alphabet + classOf[e.getKey()]];
                table[s * alphabet + classOf[e.getKey()]] = child;
                queue.add(child);
            }
        }
        for (int i = 0; i < table.length; i++) {
            int target = table[i];
            table[i] = out[target] != null ? ~(target * alphabet) : target * alphabet;
        }
        for (int c = 0; c < 65536; c++) {
            char f = TextFolding.fold((char) c);
            textClass[c] = f == TextFolding.DROP ? SKIP : classOf[f];
        }
        this.delta = table;
        this.outputs = out;
    }

    int states() {
        return outputs.length;
    }

    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[8192]);

    void scan(String text, Hits hits) {
        int n = text.length();
        char[] chars = BUFFER.get();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
            BUFFER.set(chars);
        }
        // A bulk copy, then a loop over an array: cheaper than charAt's per-char checks on the hot path.
        text.getChars(0, n, chars, 0);
        final int[] table = delta;
        final char[] classes = textClass;
        int state = 0;
        int lastSkipped = -1;
        for (int i = 0; i < n; i++) {
            char k = classes[chars[i]];
            if (k == SKIP) {
                lastSkipped = i;
                continue;
            }
            state = table[state + k];
            if (state < 0) {
                state = ~state;
                for (int key : outputs[state / alphabet]) {
                    int length = keyLength[key];
                    // Without folded-away chars inside the match, its start is plain arithmetic.
                    int start = lastSkipped > i - length ? start(chars, i, length) : i - length + 1;
                    // Most raw occurrences of short keys sit inside longer words: reject them before the caller sees them.
                    if (boundedStart[key] && wordBefore(chars, start) || boundedEnd[key] && wordAfter(chars, i + 1, n)) {
                        continue;
                    }
                    hits.hit(key, start, i + 1);
                }
            }
        }
    }

    private static boolean wordBefore(char[] chars, int index) {
        for (int j = index - 1; j >= 0; j--) {
            char f = TextFolding.fold(chars[j]);
            if (f != TextFolding.DROP) {
                return TextFolding.isWord(f);
            }
        }
        return false;
    }

    private static boolean wordAfter(char[] chars, int index, int n) {
        for (int j = index; j < n; j++) {
            char f = TextFolding.fold(chars[j]);
            if (f != TextFolding.DROP) {
                return TextFolding.isWord(f);
            }
        }
        return false;
    }

    /** Where a key of {@code length} folded chars ending at {@code last} starts in the original text. */
    private static int start(char[] text, int last, int length) {
        int j = last;
        for (int folded = 1; folded < length; ) {
            j--;
            if (TextFolding.fold(text[j]) != TextFolding.DROP) {
                folded++;
            }
        }
        return j;
    }
}
