package org.peacewatch.tagging.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the actors and topics of one taxonomy version in a title and body with a single automaton pass per field,
 * then keeps the hits that stand on word boundaries, have the right case where the alias asks for it, and are not
 * inside an exclusion phrase. Scores weigh title mentions {@value #TITLE_WEIGHT}x and lead mentions
 * {@value #LEAD_WEIGHT}x; a topic needs its threshold, an actor one body mention. Immutable and thread-safe (the
 * scratch buffers of a call belong to its thread).
 */
public final class Tagger {

    static final double DEFAULT_TOPIC_THRESHOLD = 2.0;
    static final double ACTOR_THRESHOLD = 1.0;
    static final double TITLE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;
    /** The lead is the first paragraph, or this many chars when the first paragraph is longer. */
    static final int LEAD_CHARS = 400;
    private static final int MAX_EVIDENCE = 400;

    /** No real word plus its separator is longer; bounds the char window searched for a rule's other terms. */
    private static final int MAX_WORD_CHARS = 40;
    private static final int ALIAS = 0;
    private static final int EXCLUDE = 1;
    private static final int RULE_TERM = 2;

    /** {@code excludes}: whether the target has exclusion phrases, so hits of the others skip that check. */
    private record Target(boolean actor, String slug, String name, double threshold, List<Taxonomy.Rule> rules,
                          boolean excludes) {
    }

    private record Variant(int target, int role, int rule, int term, TermPattern pattern) {
    }

    /**
     * The accepted hits of one call as parallel arrays, so that the per-hit work is index arithmetic with no object per
     * hit: first in scan order (title first), then regrouped by target so that each target's hits lie side by side.
     */
    private static final class Hits {
        /** Where the text starts on the number line that puts title and text one after the other. */
        static final long TEXT = 1L << 32;

        int[] scanVariant = new int[64];
        int[] scanStart = new int[64];
        int[] scanEnd = new int[64];
        int size;
        /** Scanned hits before this index are in the title. */
        int titleSize;
        // Grouped by target, scan order within a target.
        int[] variant = new int[0];
        int[] start = new int[0];
        int[] end = new int[0];
        /** {@link #TEXT} for text hits, 0 for title hits, plus the start. */
        long[] place = new long[0];
        /** Scratch for one target's kept hits. */
        int[] kept = new int[0];

        void clear() {
            size = 0;
            titleSize = 0;
        }

        void add(int v, int s, int e) {
            if (size == scanVariant.length) {
                scanVariant = Arrays.copyOf(scanVariant, size * 2);
                scanStart = Arrays.copyOf(scanStart, size * 2);
                scanEnd = Arrays.copyOf(scanEnd, size * 2);
            }
            scanVariant[size] = v;
            scanStart[size] = s;
            scanEnd[size] = e;
            size++;
        }

        /** A counting sort by target, stable; returns where each target's hits begin (and, last, the total). */
        int[] group(int[] targetOf, int targets) {
            int[] first = new int[targets + 1];
            for (int h = 0; h < size; h++) {
                first[targetOf[scanVariant[h]] + 1]++;
            }
            for (int t = 0; t < targets; t++) {
                first[t + 1] += first[t];
            }
            if (variant.length < size) {
                variant = new int[scanVariant.length];
                start = new int[scanVariant.length];
                end = new int[scanVariant.length];
                place = new long[scanVariant.length];
                kept = new int[scanVariant.length];
            }
            int[] fill = Arrays.copyOf(first, targets);
            for (int h = 0; h < size; h++) {
                int g = fill[targetOf[scanVariant[h]]]++;
                variant[g] = scanVariant[h];
                start[g] = scanStart[h];
                end[g] = scanEnd[h];
                place[g] = (h < titleSize ? 0 : TEXT) + scanStart[h];
            }
            return first;
        }

        boolean title(int hit) {
            return place[hit] < TEXT;
        }

        /** Title first, then by start, the longer hit first; callers keep scan order among equals. */
        int compare(int a, int b) {
            return place[a] != place[b] ? Long.compare(place[a], place[b]) : Integer.compare(end[b], end[a]);
        }
    }

    /** The mentions of the target being scored (phrases first, then rule mentions); reused from target to target. */
    private static final class Mentions {
        boolean[] title = new boolean[16];
        int[] start = new int[16];
        int[] end = new int[16];
        double[] weight = new double[16];
        int size;

        void add(boolean t, int s, int e, double w) {
            if (size == start.length) {
                title = Arrays.copyOf(title, size * 2);
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
            }
            title[size] = t;
            start[size] = s;
            end[size] = e;
            weight[size] = w;
            size++;
        }
    }

    /** Per-call state; sentence bounds are looked for only where evidence needs them. */
    private static final class Call {
        final String title;
        final String text;
        final Hits hits;
        final Sentences sentences;
        final Mentions mentions = new Mentions();
        /** Scratch for evidence: per text mention of the current target, its sentence start and mention index. */
        long[] sentenceKeys = new long[16];

        Call(String title, String text, Hits hits) {
            this.title = title;
            this.text = text;
            this.hits = hits;
            this.sentences = new Sentences(text, hits.size - hits.titleSize);
        }
    }

    /** Hit buffers reused by the calls of one thread: tagging then allocates little besides its result. */
    private static final ThreadLocal<Hits> HITS = ThreadLocal.withInitial(Hits::new);
    private static final int MAX_RETAINED_HITS = 1 << 16;

    private final long version;
    private final List<Target> targets = new ArrayList<>();
    private final List<Variant> variants = new ArrayList<>();
    /**
     * The variants of key {@code k} are the ids {@code firstVariant[k]} to {@code firstVariant[k + 1] - 1}: ids are
     * given in key order, so the variants that one automaton hit concerns lie side by side.
     */
    private final int[] firstVariant;
    private final PatternAutomaton automaton;
    // Variants flattened into arrays indexed by variant id, for the per-hit work.
    private final int[] targetOf;
    private final int[] roleOf;
    private final int[] ruleOf;
    private final int[] termOf;
    private final double[] weightOf;
    private final boolean[] stemOf;
    /** The unified spelling a case-sensitive variant must match; null for the others. */
    private final String[] casedOf;
    /** Whether a hit of the variant must be checked for a following word char here (the automaton did not). */
    private final boolean[] checkEndOf;

    public Tagger(Taxonomy taxonomy) {
        this.version = taxonomy.version();
        Map<String, List<Integer>> keys = new LinkedHashMap<>();
        for (Taxonomy.Actor actor : taxonomy.actors()) {
            int t = targets.size();
            targets.add(new Target(true, actor.slug(), actor.name(), ACTOR_THRESHOLD, List.of(), !actor.exclude().isEmpty()));
            actor.aliases().values().forEach(list -> list.forEach(alias -> add(keys, t, ALIAS, -1, -1, alias)));
            actor.exclude().forEach(phrase -> add(keys, t, EXCLUDE, -1, -1, phrase));
        }
        for (Taxonomy.Topic topic : taxonomy.topics()) {
            int t = targets.size();
            targets.add(new Target(false, topic.slug(), topic.name(),
                    topic.threshold() == null ? DEFAULT_TOPIC_THRESHOLD : topic.threshold(), topic.rules(),
                    !topic.exclude().isEmpty()));
            topic.keywords().values().forEach(list -> list.forEach(keyword -> add(keys, t, ALIAS, -1, -1, keyword)));
            topic.exclude().forEach(phrase -> add(keys, t, EXCLUDE, -1, -1, phrase));
            for (int r = 0; r < topic.rules().size(); r++) {
                List<String> all = topic.rules().get(r).all();
                for (int term = 0; term < all.size(); term++) {
                    add(keys, t, RULE_TERM, r, term, all.get(term));
                }
            }
        }
        int count = variants.size();
        firstVariant = new int[keys.size() + 1];
        targetOf = new int[count];
        roleOf = new int[count];
        ruleOf = new int[count];
        termOf = new int[count];
        weightOf = new double[count];
        stemOf = new boolean[count];
        casedOf = new String[count];
        checkEndOf = new boolean[count];
        List<String> keyList = new ArrayList<>(keys.keySet());
        boolean[] boundedStart = new boolean[keyList.size()];
        boolean[] boundedEnd = new boolean[keyList.size()];
        int id = 0;
        for (int k = 0; k < keyList.size(); k++) {
            String key = keyList.get(k);
            List<Integer> ids = keys.get(key);
            boolean stem = ids.stream().anyMatch(i -> variants.get(i).pattern().stem());
            boolean endsWord = TextFolding.isWord(key.charAt(key.length() - 1));
            boundedStart[k] = TextFolding.isWord(key.charAt(0));
            boundedEnd[k] = endsWord && !stem;
            firstVariant[k] = id;
            for (int i : ids) {
                Variant v = variants.get(i);
                targetOf[id] = v.target();
                roleOf[id] = v.role();
                ruleOf[id] = v.rule();
                termOf[id] = v.term();
                weightOf[id] = v.pattern().weight();
                stemOf[id] = v.pattern().stem();
                casedOf[id] = v.pattern().caseSensitive() ? v.pattern().cased() : null;
                // A key that some stem shares is not bounded in the automaton, so its exact variants check here.
                checkEndOf[id] = endsWord && !stemOf[id] && !boundedEnd[k];
                id++;
            }
        }
        firstVariant[keyList.size()] = id;
        automaton = new PatternAutomaton(keyList, boundedStart, boundedEnd);
    }

    private void add(Map<String, List<Integer>> keys, int target, int role, int rule, int term, String source) {
        for (TermPattern pattern : TermPattern.parse(source)) {
            keys.computeIfAbsent(pattern.folded(), key -> new ArrayList<>()).add(variants.size());
            variants.add(new Variant(target, role, rule, term, pattern));
        }
    }

    public long version() {
        return version;
    }

    int automatonStates() {
        return automaton.states();
    }

    public Tagging tag(String title, String text) {
        String safeTitle = title == null ? "" : title;
        String safeText = text == null ? "" : text;
        Hits hits = HITS.get();
        hits.clear();
        scan(safeTitle, hits);
        hits.titleSize = hits.size;
        scan(safeText, hits);
        // Hits grouped by target with a counting sort: no boxing or hashing per hit.
        int[] first = hits.group(targetOf, targets.size());
        int leadEnd = leadEnd(safeText);
        Call call = new Call(safeTitle, safeText, hits);
        List<Tag> actors = new ArrayList<>();
        List<Tag> topics = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            if (first[t] == first[t + 1]) {
                continue;
            }
            Target target = targets.get(t);
            Mentions mentions = mentions(target, first[t], first[t + 1], call);
            double score = 0;
            for (int i = 0; i < mentions.size; i++) {
                score += mentions.weight[i] * (mentions.title[i] ? TITLE_WEIGHT : mentions.start[i] < leadEnd ? LEAD_WEIGHT : 1.0);
            }
            if (mentions.size > 0 && score >= target.threshold()) {
                Tag tag = new Tag(target.slug(), target.name(), mentions.size, Math.round(score * 100) / 100.0,
                        evidence(mentions, call));
                (target.actor() ? actors : topics).add(tag);
            }
        }
        Comparator<Tag> order = Comparator.comparingDouble(Tag::score).reversed().thenComparing(Tag::slug);
        actors.sort(order);
        topics.sort(order);
        release(hits);
        return new Tagging(LanguageGuess.guess(safeTitle, safeText), version, actors, topics);
    }

    /** Keeps a thread's hit buffers for its next call unless an unusually dense text grew them large. */
    private static void release(Hits hits) {
        if (hits.scanVariant.length > MAX_RETAINED_HITS) {
            HITS.remove();
        }
    }

    /** Runs the automaton and only the cheap local checks, for benchmarks: returns the number of accepted hits. */
    int countHits(String text) {
        Hits hits = HITS.get();
        hits.clear();
        scan(text, hits);
        int count = hits.size;
        release(hits);
        return count;
    }

    private void scan(String text, Hits hits) {
        automaton.scan(text, (key, start, end) -> {
            for (int id = firstVariant[key], last = firstVariant[key + 1]; id < last; id++) {
                int stop = end;
                if (stemOf[id]) {
                    int extra = 0;
                    int j = end;
                    while (j < text.length()) {
                        char f = TextFolding.fold(text.charAt(j));
                        if (f != TextFolding.DROP) {
                            if (!TextFolding.isWord(f)) {
                                break;
                            }
                            extra++;
                        }
                        j++;
                    }
                    if (extra > TermPattern.MAX_STEM_EXTRA) {
                        continue;
                    }
                    stop = j;
                } else if (checkEndOf[id] && wordAfter(text, end)) {
                    continue;
                }
                if (casedOf[id] != null && !sameCase(text, start, end, casedOf[id])) {
                    continue;
                }
                hits.add(id, start, stop);
            }
        });
    }

    /** The target's mentions: its hits outside exclusion phrases, one per stretch of text, then its rule mentions. */
    private Mentions mentions(Target target, int from, int to, Call call) {
        Hits hits = call.hits;
        int[] kept = hits.kept;
        int keptSize = 0;
        long[] excludedFrom = target.excludes() ? exclusions(from, to, hits) : null;
        if (excludedFrom == null) {
            for (int h = from; h < to; h++) {
                kept[keptSize++] = h;
            }
        } else {
            // Exclusion spans by start, with the furthest end reached so far: one binary search per hit.
            int n = excludedFrom.length / 2;
            long[] starts = Arrays.copyOf(excludedFrom, n);
            long[] reach = new long[n];
            for (int i = 0; i < n; i++) {
                reach[i] = Math.max(i > 0 ? reach[i - 1] : Long.MIN_VALUE, excludedFrom[n + i]);
            }
            for (int h = from; h < to; h++) {
                if (roleOf[hits.variant[h]] == EXCLUDE) {
                    continue;
                }
                long at = hits.place[h];
                int last = startsBefore(starts, at - hits.start[h] + hits.end[h]) - 1;
                if (last < 0 || reach[last] <= at) {
                    kept[keptSize++] = h;
                }
            }
        }
        // A stable insertion sort: hits of one target arrive nearly in place order (by end), so it is close to linear.
        for (int i = 1; i < keptSize; i++) {
            int h = kept[i];
            int j = i - 1;
            while (j >= 0 && hits.compare(kept[j], h) > 0) {
                kept[j + 1] = kept[j];
                j--;
            }
            kept[j + 1] = h;
        }
        // One mention per stretch of text: "Donald Trump" also contains "Trump"; the longest hit wins.
        Mentions mentions = call.mentions;
        mentions.size = 0;
        int titleEnd = 0;
        int textEnd = 0;
        for (int i = 0; i < keptSize; i++) {
            int h = kept[i];
            boolean title = hits.title(h);
            if (roleOf[hits.variant[h]] != ALIAS || hits.start[h] < (title ? titleEnd : textEnd)) {
                continue;
            }
            mentions.add(title, hits.start[h], hits.end[h], weightOf[hits.variant[h]]);
            if (title) {
                titleEnd = hits.end[h];
            } else {
                textEnd = hits.end[h];
            }
        }
        if (!target.rules().isEmpty()) {
            ruleMentions(target, kept, keptSize, call);
        }
        return mentions;
    }

    /**
     * The target's exclusion hits as positions: starts sorted in the first half, their ends (same number line) in the
     * second; null when there are none.
     */
    private long[] exclusions(int from, int to, Hits hits) {
        int n = 0;
        for (int h = from; h < to; h++) {
            if (roleOf[hits.variant[h]] == EXCLUDE) {
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        long[] spans = new long[2 * n];
        int k = 0;
        for (int h = from; h < to; h++) {
            if (roleOf[hits.variant[h]] == EXCLUDE) {
                long at = hits.place[h];
                long end = at - hits.start[h] + hits.end[h];
                int j = k - 1;
                while (j >= 0 && spans[j] > at) {
                    spans[j + 1] = spans[j];
                    spans[n + j + 1] = spans[n + j];
                    j--;
                }
                spans[j + 1] = at;
                spans[n + j + 1] = end;
                k++;
            }
        }
        return spans;
    }

    /** How many of the sorted {@code starts} are below {@code limit}. */
    private static int startsBefore(long[] starts, long limit) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Mentions from proximity rules: each hit of a rule's first term counts once when every other term has a hit
     * within the rule's window (in words), unless it overlaps a phrase mention already counted. Candidates are found
     * by binary search, so the cost grows with the hits near each anchor, not with the text.
     */
    private void ruleMentions(Target target, int[] kept, int keptSize, Call call) {
        Hits hits = call.hits;
        Mentions mentions = call.mentions;
        int phrases = mentions.size;
        for (int r = 0; r < target.rules().size(); r++) {
            Taxonomy.Rule rule = target.rules().get(r);
            int terms = rule.all().size();
            int[] counts = new int[terms];
            for (int i = 0; i < keptSize; i++) {
                int v = hits.variant[kept[i]];
                if (roleOf[v] == RULE_TERM && ruleOf[v] == r) {
                    counts[termOf[v]]++;
                }
            }
            if (Arrays.stream(counts).anyMatch(c -> c == 0)) {
                continue;
            }
            // Per term, hit starts on one number line (title before text); candidates lie within a char window that
            // no run of `within` real words exceeds, and the words between are then counted exactly.
            int[][] byTerm = new int[terms][];
            long[][] positions = new long[terms][];
            for (int t = 0; t < terms; t++) {
                byTerm[t] = new int[counts[t]];
                positions[t] = new long[counts[t]];
                counts[t] = 0;
            }
            for (int i = 0; i < keptSize; i++) {
                int h = kept[i];
                int v = hits.variant[h];
                if (roleOf[v] == RULE_TERM && ruleOf[v] == r) {
                    int t = termOf[v];
                    positions[t][counts[t]] = hits.place[h];
                    byTerm[t][counts[t]++] = h;
                }
            }
            long reach = (long) (rule.window() + 1) * MAX_WORD_CHARS;
            for (int anchor : byTerm[0]) {
                boolean title = hits.title(anchor);
                String field = title ? call.title : call.text;
                long at = hits.place[anchor];
                int start = hits.start[anchor];
                int end = hits.end[anchor];
                boolean all = true;
                for (int t = 1; t < terms && all; t++) {
                    int near = -1;
                    for (int i = startsBefore(positions[t], at - reach); i < positions[t].length && positions[t][i] <= at + reach
                            && near < 0; i++) {
                        int h = byTerm[t][i];
                        if (hits.title(h) == title && wordsBetween(field, Math.min(hits.end[anchor], hits.end[h]),
                                Math.max(hits.start[anchor], hits.start[h])) <= rule.window()) {
                            near = h;
                        }
                    }
                    if (near < 0) {
                        all = false;
                    } else {
                        start = Math.min(start, hits.start[near]);
                        end = Math.max(end, hits.end[near]);
                    }
                }
                if (all && !overlapsPhrase(mentions, phrases, title, start, end)
                        && !overlapsLastRuleMention(mentions, phrases, title, start, end)) {
                    mentions.add(title, start, end, rule.score());
                }
            }
        }
    }

    /**
     * Whether [start, end) overlaps one of the first {@code phrases} mentions, which do not overlap each other and are
     * ordered by field (title first) and start: a binary search for the last one starting before {@code end}.
     */
    private static boolean overlapsPhrase(Mentions mentions, int phrases, boolean title, int start, int end) {
        int lo = 0;
        int hi = phrases - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            boolean before = mentions.title[mid] && !title || mentions.title[mid] == title && mentions.start[mid] < end;
            if (before) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && mentions.title[last] == title && mentions.end[last] > start;
    }

    /** Rule mentions are found in anchor order, so only the latest ones can overlap the next. */
    private static boolean overlapsLastRuleMention(Mentions mentions, int phrases, boolean title, int start, int end) {
        for (int i = mentions.size - 1; i >= phrases && i >= mentions.size - 3; i--) {
            if (mentions.title[i] == title && mentions.end[i] > start && mentions.start[i] < end) {
                return true;
            }
        }
        return false;
    }

    private static int wordsBetween(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int j = from; j < to; j++) {
            char f = TextFolding.fold(text.charAt(j));
            if (f == TextFolding.DROP) {
                continue;
            }
            boolean word = TextFolding.isWord(f);
            if (word && !inWord) {
                words++;
            }
            inWord = word;
        }
        return words;
    }

    /**
     * The text sentence with the most mention weight (the earliest among equals), cut around its first mention when
     * long; the title when no mention is in the text. Each text mention becomes a key (sentence start, mention index);
     * sorted, the keys of one sentence lie together in mention order, so the weights add up in mention order.
     */
    private static Tag.Evidence evidence(Mentions mentions, Call call) {
        Sentences sentences = call.sentences;
        long[] keys = call.sentenceKeys;
        int n = 0;
        long sentence = -1;
        boolean sorted = true;
        for (int i = 0; i < mentions.size; i++) {
            if (mentions.title[i]) {
                continue;
            }
            int at = mentions.start[i];
            if (sentence < 0 || at < Sentences.start(sentence) || at >= Sentences.end(sentence)) {
                sentence = sentences.around(at);
            }
            if (n == keys.length) {
                keys = call.sentenceKeys = Arrays.copyOf(keys, n * 2);
            }
            keys[n] = (long) Sentences.start(sentence) << 32 | i;
            sorted &= n == 0 || keys[n - 1] < keys[n];
            n++;
        }
        if (n == 0) {
            return trimmed(call.title, "title", 0, call.title.length());
        }
        if (!sorted) {
            Arrays.sort(keys, 0, n);
        }
        int bestStart = -1;
        double bestWeight = 0;
        for (int k = 0; k < n; ) {
            int start = (int) (keys[k] >>> 32);
            double weight = mentions.weight[(int) keys[k]];
            for (k++; k < n && (int) (keys[k] >>> 32) == start; k++) {
                weight += mentions.weight[(int) keys[k]];
            }
            if (bestStart < 0 || weight > bestWeight) {
                bestStart = start;
                bestWeight = weight;
            }
        }
        long best = sentences.around(bestStart);
        int start = Sentences.start(best);
        int end = Sentences.end(best);
        if (end - start > MAX_EVIDENCE) {
            int at = Integer.MAX_VALUE;
            for (int i = 0; i < mentions.size; i++) {
                if (!mentions.title[i] && mentions.start[i] >= start) {
                    at = Math.min(at, mentions.start[i]);
                }
            }
            int from = Math.max(start, (at == Integer.MAX_VALUE ? start : at) - MAX_EVIDENCE / 2);
            return trimmed(call.text, "text", from, Math.min(end, from + MAX_EVIDENCE));
        }
        return trimmed(call.text, "text", start, end);
    }

    private static Tag.Evidence trimmed(String field, String name, int start, int end) {
        while (start < end && Character.isWhitespace(field.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(field.charAt(end - 1))) {
            end--;
        }
        return new Tag.Evidence(field.substring(start, end), name, start, end);
    }

    private static int leadEnd(String text) {
        int firstText = 0;
        while (firstText < text.length() && Character.isWhitespace(text.charAt(firstText))) {
            firstText++;
        }
        int paragraph = text.indexOf('\n', firstText);
        int cap = Math.min(text.length(), firstText + LEAD_CHARS);
        return paragraph < 0 ? cap : Math.min(paragraph, cap);
    }

    private static boolean wordAfter(String text, int index) {
        for (int j = index; j < text.length(); j++) {
            char f = TextFolding.fold(text.charAt(j));
            if (f != TextFolding.DROP) {
                return TextFolding.isWord(f);
            }
        }
        return false;
    }

    private static boolean sameCase(String text, int start, int end, String cased) {
        int k = 0;
        for (int j = start; j < end; j++) {
            char u = TextFolding.unify(text.charAt(j));
            if (u == TextFolding.DROP) {
                continue;
            }
            if (k >= cased.length() || cased.charAt(k++) != u) {
                return false;
            }
        }
        return k == cased.length();
    }
}
