package org.peacewatch.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the actors and topics of one taxonomy version in a title and body with a single automaton pass per field,
 * then keeps the hits that stand on word boundaries, have the right case where the alias asks for it, and are not
 * inside an exclusion phrase. Scores weigh title mentions {@value #TITLE_WEIGHT}x and lead mentions
 * {@value #LEAD_WEIGHT}x; a topic needs its threshold, an actor one body mention. Immutable and thread-safe.
 */
final class Tagger {

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

    private record Hit(Variant variant, boolean title, int start, int end) {
    }

    private record Mention(boolean title, int start, int end, double weight) {
    }

    /** Per-call structures computed at most once, and only when some target needs them. */
    private static final class Texts {
        final String title;
        final String text;
        final Sentences sentences;

        Texts(String title, String text) {
            this.title = title;
            this.text = text;
            this.sentences = new Sentences(text);
        }
    }

    private final long version;
    private final List<Target> targets = new ArrayList<>();
    private final List<Variant> variants = new ArrayList<>();
    private final int[][] keyVariants;
    private final PatternAutomaton automaton;

    Tagger(Taxonomy taxonomy) {
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
        keyVariants = new int[keys.size()][];
        int k = 0;
        for (List<Integer> ids : keys.values()) {
            keyVariants[k++] = ids.stream().mapToInt(Integer::intValue).toArray();
        }
        List<String> keyList = new ArrayList<>(keys.keySet());
        boolean[] boundedStart = new boolean[keyList.size()];
        boolean[] boundedEnd = new boolean[keyList.size()];
        for (int i = 0; i < keyList.size(); i++) {
            String key = keyList.get(i);
            boundedStart[i] = TextFolding.isWord(key.charAt(0));
            boolean stem = Arrays.stream(keyVariants[i]).anyMatch(id -> variants.get(id).pattern().stem());
            boundedEnd[i] = TextFolding.isWord(key.charAt(key.length() - 1)) && !stem;
        }
        automaton = new PatternAutomaton(keyList, boundedStart, boundedEnd);
    }

    private void add(Map<String, List<Integer>> keys, int target, int role, int rule, int term, String source) {
        for (TermPattern pattern : TermPattern.parse(source)) {
            keys.computeIfAbsent(pattern.folded(), key -> new ArrayList<>()).add(variants.size());
            variants.add(new Variant(target, role, rule, term, pattern));
        }
    }

    long version() {
        return version;
    }

    int automatonStates() {
        return automaton.states();
    }

    Tagging tag(String title, String text) {
        String safeTitle = title == null ? "" : title;
        String safeText = text == null ? "" : text;
        List<Hit> hits = new ArrayList<>();
        scan(safeTitle, true, hits);
        scan(safeText, false, hits);
        // Hits grouped by target in an array indexed by target: no boxing or hashing per hit.
        @SuppressWarnings("unchecked")
        List<Hit>[] byTarget = new List[targets.size()];
        for (Hit hit : hits) {
            int t = hit.variant().target();
            if (byTarget[t] == null) {
                byTarget[t] = new ArrayList<>();
            }
            byTarget[t].add(hit);
        }
        int leadEnd = leadEnd(safeText);
        Texts texts = new Texts(safeTitle, safeText);
        List<Tag> actors = new ArrayList<>();
        List<Tag> topics = new ArrayList<>();
        for (int t = 0; t < byTarget.length; t++) {
            List<Hit> targetHits = byTarget[t];
            if (targetHits == null) {
                continue;
            }
            Target target = targets.get(t);
            List<Mention> mentions = mentions(target, targetHits, texts);
            double score = 0;
            for (Mention m : mentions) {
                score += m.weight() * (m.title() ? TITLE_WEIGHT : m.start() < leadEnd ? LEAD_WEIGHT : 1.0);
            }
            if (!mentions.isEmpty() && score >= target.threshold()) {
                Tag tag = new Tag(target.slug(), target.name(), mentions.size(), Math.round(score * 100) / 100.0,
                        evidence(mentions, texts));
                (target.actor() ? actors : topics).add(tag);
            }
        }
        Comparator<Tag> order = Comparator.comparingDouble(Tag::score).reversed().thenComparing(Tag::slug);
        actors.sort(order);
        topics.sort(order);
        return new Tagging(LanguageGuess.guess(safeTitle, safeText), version, actors, topics);
    }

    /** Runs the automaton and only the cheap local checks, for benchmarks: returns the number of accepted hits. */
    int countHits(String text) {
        List<Hit> hits = new ArrayList<>();
        scan(text, false, hits);
        return hits.size();
    }

    private void scan(String text, boolean title, List<Hit> hits) {
        automaton.scan(text, (key, start, end) -> {
            for (int id : keyVariants[key]) {
                Variant variant = variants.get(id);
                TermPattern pattern = variant.pattern();
                int stop = end;
                if (pattern.stem()) {
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
                } else if (TextFolding.isWord(TextFolding.fold(text.charAt(end - 1))) && wordAfter(text, end)) {
                    continue;
                }
                if (pattern.caseSensitive() && !sameCase(text, start, end, pattern.cased())) {
                    continue;
                }
                hits.add(new Hit(variant, title, start, stop));
            }
        });
    }

    private List<Mention> mentions(Target target, List<Hit> hits, Texts texts) {
        List<Hit> excluded = new ArrayList<>(0);
        if (target.excludes()) {
            for (Hit h : hits) {
                if (h.variant().role() == EXCLUDE) {
                    excluded.add(h);
                }
            }
        }
        List<Hit> kept;
        if (excluded.isEmpty()) {
            kept = hits; // owned by this call: sorting it in place is safe
        } else {
            // Exclusion spans by start, with the furthest end reached so far: one binary search per hit.
            excluded.sort(Comparator.comparingLong(Tagger::position));
            long[] starts = new long[excluded.size()];
            long[] reach = new long[excluded.size()];
            for (int i = 0; i < starts.length; i++) {
                Hit x = excluded.get(i);
                starts[i] = position(x);
                reach[i] = Math.max(i > 0 ? reach[i - 1] : Long.MIN_VALUE, position(x) - x.start() + x.end());
            }
            kept = new ArrayList<>(hits.size());
            for (Hit h : hits) {
                if (h.variant().role() == EXCLUDE) {
                    continue;
                }
                int i = Arrays.binarySearch(starts, position(h) - h.start() + h.end() - 1);
                int last = i >= 0 ? i : -i - 2;
                while (last + 1 < starts.length && starts[last + 1] < position(h) - h.start() + h.end()) {
                    last++;
                }
                if (last < 0 || reach[last] <= position(h)) {
                    kept.add(h);
                }
            }
        }
        // One mention per stretch of text: "Donald Trump" also contains "Trump"; the longest hit wins.
        kept.sort((a, b) -> a.title() != b.title() ? (a.title() ? -1 : 1)
                : a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Mention> mentions = new ArrayList<>();
        int titleEnd = 0;
        int textEnd = 0;
        for (Hit h : kept) {
            if (h.variant().role() != ALIAS || h.start() < (h.title() ? titleEnd : textEnd)) {
                continue;
            }
            mentions.add(new Mention(h.title(), h.start(), h.end(), h.variant().pattern().weight()));
            if (h.title()) {
                titleEnd = h.end();
            } else {
                textEnd = h.end();
            }
        }
        if (!target.rules().isEmpty()) {
            mentions.addAll(ruleMentions(target, kept, mentions, texts));
        }
        return mentions;
    }

    /**
     * Mentions from proximity rules: each hit of a rule's first term counts once when every other term has a hit
     * within the rule's window (in words), unless it overlaps a phrase mention already counted. Candidates are found
     * by binary search, so the cost grows with the hits near each anchor, not with the text.
     */
    private static List<Mention> ruleMentions(Target target, List<Hit> kept, List<Mention> phrases, Texts texts) {
        List<Mention> found = new ArrayList<>();
        for (int r = 0; r < target.rules().size(); r++) {
            Taxonomy.Rule rule = target.rules().get(r);
            int terms = rule.all().size();
            List<List<Hit>> byTerm = new ArrayList<>();
            for (int t = 0; t < terms; t++) {
                byTerm.add(new ArrayList<>());
            }
            for (Hit h : kept) {
                if (h.variant().role() == RULE_TERM && h.variant().rule() == r) {
                    byTerm.get(h.variant().term()).add(h);
                }
            }
            if (byTerm.stream().anyMatch(List::isEmpty)) {
                continue;
            }
            // Per term, hit starts on one number line (title before text); candidates lie within a char window that
            // no run of `within` real words exceeds, and the words between are then counted exactly.
            long[][] positions = new long[terms][];
            for (int t = 1; t < terms; t++) {
                List<Hit> list = byTerm.get(t);
                positions[t] = new long[list.size()];
                for (int i = 0; i < list.size(); i++) {
                    positions[t][i] = position(list.get(i));
                }
            }
            long reach = (long) (rule.window() + 1) * MAX_WORD_CHARS;
            for (Hit anchor : byTerm.get(0)) {
                String field = anchor.title() ? texts.title : texts.text;
                long at = position(anchor);
                int start = anchor.start();
                int end = anchor.end();
                boolean all = true;
                for (int t = 1; t < terms && all; t++) {
                    Hit near = null;
                    int i = Arrays.binarySearch(positions[t], at - reach);
                    i = i >= 0 ? i : -i - 1;
                    while (i > 0 && positions[t][i - 1] >= at - reach) {
                        i--;
                    }
                    for (; i < positions[t].length && positions[t][i] <= at + reach && near == null; i++) {
                        Hit h = byTerm.get(t).get(i);
                        if (h.title() == anchor.title() && wordsBetween(field, Math.min(anchor.end(), h.end()),
                                Math.max(anchor.start(), h.start())) <= rule.window()) {
                            near = h;
                        }
                    }
                    if (near == null) {
                        all = false;
                    } else {
                        start = Math.min(start, near.start());
                        end = Math.max(end, near.end());
                    }
                }
                if (all && !overlapsAny(phrases, anchor.title(), start, end) && !overlapsLast(found, anchor.title(), start, end)) {
                    found.add(new Mention(anchor.title(), start, end, rule.score()));
                }
            }
        }
        return found;
    }

    /**
     * Whether [start, end) overlaps one of the phrase mentions, which do not overlap each other and are ordered by
     * field (title first) and start: a binary search for the last one starting before {@code end}.
     */
    private static boolean overlapsAny(List<Mention> mentions, boolean title, int start, int end) {
        int lo = 0;
        int hi = mentions.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Mention m = mentions.get(mid);
            boolean before = m.title() && !title || m.title() == title && m.start() < end;
            if (before) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && mentions.get(last).title() == title && mentions.get(last).end() > start;
    }

    /** Rule mentions are found in anchor order, so only the latest one can overlap the next. */
    private static boolean overlapsLast(List<Mention> mentions, boolean title, int start, int end) {
        for (int i = mentions.size() - 1; i >= 0 && i >= mentions.size() - 3; i--) {
            Mention m = mentions.get(i);
            if (m.title() == title && m.end() > start && m.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static long position(Hit h) {
        return (h.title() ? 0L : 1L << 32) + h.start();
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

    private static Tag.Evidence evidence(List<Mention> mentions, Texts texts) {
        String title = texts.title;
        String text = texts.text;
        Map<Long, Double> sentences = new HashMap<>();
        for (Mention m : mentions) {
            if (!m.title()) {
                sentences.merge(texts.sentences.around(m.start()), m.weight(), Double::sum);
            }
        }
        if (sentences.isEmpty()) {
            return trimmed(title, "title", 0, title.length());
        }
        long best = sentences.entrySet().stream().max(Map.Entry.<Long, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        int start = (int) (best >>> 32);
        int end = (int) best;
        if (end - start > MAX_EVIDENCE) {
            int at = mentions.stream().filter(m -> !m.title() && m.start() >= start).mapToInt(Mention::start).min().orElse(start);
            int from = Math.max(start, at - MAX_EVIDENCE / 2);
            return trimmed(text, "text", from, Math.min(end, from + MAX_EVIDENCE));
        }
        return trimmed(text, "text", start, end);
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
