package org.peacewatch.tagging.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton compiled to a dense DFA over the alphabet of the patterns, run over text folded on the fly
 * ({@link TextFolding}). One pass finds every occurrence of every key, whatever the number of keys; each hit reports
 * offsets in the original (unfolded) text. Word starts are checked by the automaton itself, word ends here at hits;
 * case and context are checked by the caller, only at hits.
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
    /** Row length of {@link #delta}: one column per class, plus one holding the row's index into {@link #outputs}. */
    private final int stride;
    /**
     * Transitions: entry {@code state * stride + class} holds the next state times the stride (so the loop never
     * multiplies), complemented ({@code ~x}) when the next state has outputs.
     */
    private final int[] delta;
    private final int[][] outputs;
    private final int[] keyLength;
    private final boolean[] boundedEnd;
    private final int maxKeyLength;
    /** Shorter texts are read in one chain: the second chain's overlap and set-up would not pay. */
    private static final int TWO_CHAINS_FROM = 512;

    /**
     * Word starts are part of the automaton: the keys are built with a virtual boundary symbol before each char that
     * starts a word, and every text char that starts a word consumes that symbol first (both steps folded into one
     * transition). So a key bounded at its start never matches inside a word, and inside a word that no key's prefix
     * fits the automaton rests in one state: fewer raw hits to reject and a small, cache-friendly working set.
     *
     * @param boundedStart per key: drop occurrences preceded by a word char (the key starts a word)
     * @param boundedEnd   per key: drop occurrences followed by a word char (the key ends a word; false for stems)
     */
    PatternAutomaton(List<String> keys, boolean[] boundedStart, boolean[] boundedEnd) {
        this.boundedEnd = boundedEnd.clone();
        char next = 1;
        for (String key : keys) {
            for (char c : key.toCharArray()) {
                if (classOf[c] == 0) {
                    classOf[c] = next++;
                }
            }
        }
        final int wordStart = next++;
        final int otherWord = next++;
        int classes = next;
        keyLength = new int[keys.size()];
        List<Map<Integer, Integer>> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        children.add(new HashMap<>());
        own.add(new ArrayList<>());
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            keyLength[k] = key.length();
            int s = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                boolean startsWord = TextFolding.isWord(c) && (i == 0 ? boundedStart[k] : !TextFolding.isWord(key.charAt(i - 1)));
                if (startsWord) {
                    s = child(children, own, s, wordStart);
                }
                s = child(children, own, s, classOf[c]);
            }
            own.get(s).add(k);
        }
        int trieStates = children.size();
        int[] ac = new int[trieStates * classes];
        int[] fail = new int[trieStates];
        int[][] out = new int[trieStates + 1][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        // Breadth-first, so each state's failure state is complete before the state is filled.
        for (Map.Entry<Integer, Integer> e : children.get(0).entrySet()) {
            ac[e.getKey()] = e.getValue();
            queue.add(e.getValue());
        }
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
            System.arraycopy(ac, fail[s] * classes, ac, s * classes, classes);
            for (Map.Entry<Integer, Integer> e : children.get(s).entrySet()) {
                int child = e.getValue();
                fail[child] = ac[fail[s] * classes + e.getKey()];
                ac[s * classes + e.getKey()] = child;
                queue.add(child);
            }
        }
        // Whether each trie state's last symbol is a word char; the root splits in two: state 0 after a non-word
        // char (and at the start of the text), state `trieStates` after a word char that no key continues.
        boolean[] wordClass = new boolean[classes];
        for (int c = 0; c < 65536; c++) {
            if (classOf[c] != 0 && TextFolding.isWord((char) c)) {
                wordClass[classOf[c]] = true;
            }
        }
        wordClass[otherWord] = true;
        boolean[] afterWord = new boolean[trieStates + 1];
        for (int s = 0; s < trieStates; s++) {
            for (Map.Entry<Integer, Integer> e : children.get(s).entrySet()) {
                afterWord[e.getValue()] = wordClass[e.getKey()];
            }
        }
        int rootAfterWord = trieStates;
        afterWord[rootAfterWord] = true;
        stride = classes + 1;
        int[] table = new int[(trieStates + 1) * stride];
        for (int s = 0; s <= trieStates; s++) {
            int from = s == rootAfterWord ? 0 : s;
            for (int c = 0; c < classes; c++) {
                if (c == wordStart) {
                    continue; // never read from text
                }
                int target;
                if (wordClass[c]) {
                    int at = afterWord[s] ? from : ac[from * classes + wordStart];
                    target = c == otherWord ? 0 : ac[at * classes + c];
                    if (target == 0) {
                        target = rootAfterWord;
                    }
                } else {
                    target = c == 0 ? 0 : ac[from * classes + c];
                }
                table[s * stride + c] = out[target] != null ? ~(target * stride) : target * stride;
            }
            table[s * stride + classes] = s;
        }
        for (int c = 0; c < 65536; c++) {
            char f = TextFolding.fold((char) c);
            textClass[c] = f == TextFolding.DROP ? SKIP
                    : classOf[f] != 0 ? classOf[f]
                    : TextFolding.isWord(f) ? (char) otherWord : 0;
        }
        this.delta = table;
        this.maxKeyLength = Arrays.stream(keyLength).max().orElse(0);
        this.outputs = out;
    }

    private static int child(List<Map<Integer, Integer>> children, List<List<Integer>> own, int state, int symbol) {
        Integer child = children.get(state).get(symbol);
        if (child == null) {
            child = children.size();
            children.get(state).put(symbol, child);
            children.add(new HashMap<>());
            own.add(new ArrayList<>());
        }
        return child;
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
        if (n < TWO_CHAINS_FROM) {
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
                    emit(chars, n, i, state, lastSkipped, hits);
                }
            }
            return;
        }
        // Two chains in one loop, over the first half and the second, so that the CPU overlaps their table loads (each
        // load waits on the one before in its own chain). The second chain starts early enough (more folded chars than
        // the longest key) that its state equals the single pass's state from `mid` on; what it finds before `mid` is
        // the first chain's, and what it finds during the loop is delivered after the first chain's: the order of hits
        // is the single pass's.
        int mid = n / 2;
        int from = mid;
        for (int folded = 0; from > 0 && folded <= maxKeyLength + 1; ) {
            from--;
            if (classes[chars[from]] != SKIP) {
                folded++;
            }
        }
        Buffered later = new Buffered();
        int a = 0;
        int b = 0;
        int skippedA = -1;
        int skippedB = -1;
        for (int i = 0, j = from; i < mid; i++, j++) {
            char ka = classes[chars[i]];
            if (ka == SKIP) {
                skippedA = i;
            } else {
                a = table[a + ka];
                if (a < 0) {
                    a = ~a;
                    emit(chars, n, i, a, skippedA, hits);
                }
            }
            char kb = classes[chars[j]];
            if (kb == SKIP) {
                skippedB = j;
            } else {
                b = table[b + kb];
                if (b < 0) {
                    b = ~b;
                    if (j >= mid) {
                        emit(chars, n, j, b, skippedB, later);
                    }
                }
            }
        }
        later.deliver(hits);
        for (int j = from + mid; j < n; j++) {
            char k = classes[chars[j]];
            if (k == SKIP) {
                skippedB = j;
                continue;
            }
            b = table[b + k];
            if (b < 0) {
                b = ~b;
                emit(chars, n, j, b, skippedB, hits);
            }
        }
    }

    /** Reports the keys of the state just entered at {@code i} that end a word where they must. */
    private void emit(char[] chars, int n, int i, int state, int lastSkipped, Hits hits) {
        for (int key : outputs[delta[state + stride - 1]]) {
            int length = keyLength[key];
            // Without folded-away chars inside the match, its start is plain arithmetic.
            int start = lastSkipped > i - length ? start(chars, i, length) : i - length + 1;
            // Most raw occurrences of short keys sit inside longer words: reject them before the caller sees them.
            if (boundedEnd[key] && wordAfter(chars, i + 1, n)) {
                continue;
            }
            hits.hit(key, start, i + 1);
        }
    }

    /** Hits held back until the hits before them have been reported. */
    private static final class Buffered implements Hits {
        private int[] found = new int[3 * 64];
        private int size;

        @Override
        public void hit(int key, int start, int end) {
            if (size + 3 > found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[size++] = key;
            found[size++] = start;
            found[size++] = end;
        }

        void deliver(Hits hits) {
            for (int i = 0; i < size; i += 3) {
                hits.hit(found[i], found[i + 1], found[i + 2]);
            }
        }
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
