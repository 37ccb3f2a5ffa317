package org.peacewatch.tagging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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

    private final char[] classOf = new char[65536];
    private final int alphabet;
    /** Transitions, state * alphabet + class. A negative entry {@code ~s} means state s has outputs. */
    private final int[] delta;
    private final int[][] outputs;
    private final int[] keyLength;
    private final int ringMask;

    PatternAutomaton(List<String> keys) {
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
        int maxLength = 1;
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            keyLength[k] = key.length();
            maxLength = Math.max(maxLength, key.length());
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
            if (out[table[i]] != null) {
                table[i] = ~table[i];
            }
        }
        this.delta = table;
        this.outputs = out;
        int ring = Integer.highestOneBit(maxLength) << 1;
        this.ringMask = ring - 1;
    }

    int states() {
        return outputs.length;
    }

    void scan(CharSequence text, Hits hits) {
        int[] ring = new int[ringMask + 1];
        int[] table = delta;
        char[] classes = classOf;
        int a = alphabet;
        int state = 0;
        int folded = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char f = TextFolding.fold(text.charAt(i));
            if (f == TextFolding.DROP) {
                continue;
            }
            ring[folded & ringMask] = i;
            folded++;
            state = table[state * a + classes[f]];
            if (state < 0) {
                state = ~state;
                for (int key : outputs[state]) {
                    hits.hit(key, ring[(folded - keyLength[key]) & ringMask], i + 1);
                }
            }
        }
    }
}
