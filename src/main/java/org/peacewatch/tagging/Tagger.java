package org.peacewatch.tagging;

import java.util.ArrayList;
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

    private static final int ALIAS = 0;
    private static final int EXCLUDE = 1;
    private static final int RULE_TERM = 2;

    private record Target(boolean actor, String slug, String name, double threshold, List<Taxonomy.Rule> rules) {
    }

    private record Variant(int target, int role, int rule, int term, TermPattern pattern) {
    }

    private record Hit(Variant variant, boolean title, int start, int end) {
    }

    private record Mention(boolean title, int start, int end, double weight) {
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
            targets.add(new Target(true, actor.slug(), actor.name(), ACTOR_THRESHOLD, List.of()));
            actor.aliases().values().forEach(list -> list.forEach(alias -> add(keys, t, ALIAS, -1, -1, alias)));
            actor.exclude().forEach(phrase -> add(keys, t, EXCLUDE, -1, -1, phrase));
        }
        for (Taxonomy.Topic topic : taxonomy.topics()) {
            int t = targets.size();
            targets.add(new Target(false, topic.slug(), topic.name(),
                    topic.threshold() == null ? DEFAULT_TOPIC_THRESHOLD : topic.threshold(), topic.rules()));
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
        automaton = new PatternAutomaton(new ArrayList<>(keys.keySet()));
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
        Map<Integer, List<Hit>> byTarget = new HashMap<>();
        for (Hit hit : hits) {
            byTarget.computeIfAbsent(hit.variant().target(), t -> new ArrayList<>()).add(hit);
        }
        int leadEnd = leadEnd(safeText);
        List<Tag> actors = new ArrayList<>();
        List<Tag> topics = new ArrayList<>();
        byTarget.forEach((t, targetHits) -> {
            Target target = targets.get(t);
            List<Mention> mentions = mentions(target, targetHits, safeTitle, safeText);
            double score = 0;
            for (Mention m : mentions) {
                score += m.weight() * (m.title() ? TITLE_WEIGHT : m.start() < leadEnd ? LEAD_WEIGHT : 1.0);
            }
            if (!mentions.isEmpty() && score >= target.threshold()) {
                Tag tag = new Tag(target.slug(), target.name(), mentions.size(), Math.round(score * 100) / 100.0,
                        evidence(mentions, safeTitle, safeText));
                (target.actor() ? actors : topics).add(tag);
            }
        });
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
            if (wordBefore(text, start) && TextFolding.isWord(TextFolding.fold(text.charAt(start)))) {
                return;
            }
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

    private List<Mention> mentions(Target target, List<Hit> hits, String title, String text) {
        List<Hit> excluded = hits.stream().filter(h -> h.variant().role() == EXCLUDE).toList();
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (h.variant().role() != EXCLUDE && excluded.stream().noneMatch(x -> overlaps(x, h))) {
                kept.add(h);
            }
        }
        // One mention per stretch of text: "Donald Trump" also contains "Trump"; the longest hit wins.
        kept.sort(Comparator.comparing((Hit h) -> !h.title()).thenComparingInt(Hit::start)
                .thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Mention> mentions = new ArrayList<>();
        for (Hit h : kept) {
            if (h.variant().role() == ALIAS && mentions.stream().noneMatch(m -> m.title() == h.title() && m.end() > h.start() && m.start() < h.end())) {
                mentions.add(new Mention(h.title(), h.start(), h.end(), h.variant().pattern().weight()));
            }
        }
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
            for (Hit anchor : byTerm.get(0)) {
                String field = anchor.title() ? title : text;
                int start = anchor.start();
                int end = anchor.end();
                boolean all = true;
                for (int t = 1; t < terms && all; t++) {
                    Hit near = null;
                    for (Hit h : byTerm.get(t)) {
                        if (h.title() == anchor.title() && wordsBetween(field, Math.min(anchor.end(), h.end()),
                                Math.max(anchor.start(), h.start())) <= rule.window()) {
                            near = h;
                            break;
                        }
                    }
                    if (near == null) {
                        all = false;
                    } else {
                        start = Math.min(start, near.start());
                        end = Math.max(end, near.end());
                    }
                }
                int s = start;
                int e = end;
                if (all && mentions.stream().noneMatch(m -> m.title() == anchor.title() && m.end() > s && m.start() < e)) {
                    mentions.add(new Mention(anchor.title(), s, e, rule.score()));
                }
            }
        }
        return mentions;
    }

    private static Tag.Evidence evidence(List<Mention> mentions, String title, String text) {
        Map<Long, Double> sentences = new LinkedHashMap<>();
        mentions.stream().filter(m -> !m.title()).sorted(Comparator.comparingInt(Mention::start)).forEach(m -> {
            long bounds = Sentences.around(text, m.start());
            sentences.merge(bounds, m.weight(), Double::sum);
        });
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

    private static boolean overlaps(Hit a, Hit b) {
        return a.title() == b.title() && a.start() < b.end() && b.start() < a.end();
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

    private static boolean wordBefore(String text, int index) {
        for (int j = index - 1; j >= 0; j--) {
            char f = TextFolding.fold(text.charAt(j));
            if (f != TextFolding.DROP) {
                return TextFolding.isWord(f);
            }
        }
        return false;
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
}
