package org.peacewatch.tagging.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The small alias syntax of the taxonomy file, kept as plain strings so analysts can edit it:
 * <ul>
 *   <li>{@code =Trump} — case-sensitive (the text must read "Trump", not "trump card");</li>
 *   <li>{@code Путин*} — a stem: the word may go on for up to {@value #MAX_STEM_EXTRA} more letters
 *       (Путина, Путиным), the cheap way to cover Slavic inflection without an NLP model;</li>
 *   <li>{@code Зеленськ(ий|ого|ому|им)} — explicit endings, when a stem would catch other words (Зеленська);</li>
 *   <li>{@code security guarantee^2} — a weight other than 1 for the score.</li>
 * </ul>
 * Everything else is literal text, folded like the article text (see {@link TextFolding}).
 */
record TermPattern(String source, String folded, String cased, boolean caseSensitive, boolean stem, double weight) {

    static final int MAX_STEM_EXTRA = 5;

    /** Expands one alias string into the literal variants the automaton matches. */
    static List<TermPattern> parse(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("An alias or keyword is empty.");
        }
        String s = source.strip();
        boolean caseSensitive = s.startsWith("=");
        if (caseSensitive) {
            s = s.substring(1);
        }
        double weight = 1.0;
        int caret = s.lastIndexOf('^');
        if (caret > 0) {
            try {
                weight = Double.parseDouble(s.substring(caret + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Alias '" + source + "' has an invalid weight after '^'.");
            }
            if (!(weight > 0 && weight <= 10)) {
                throw new IllegalArgumentException("Alias '" + source + "' must have a weight in (0, 10].");
            }
            s = s.substring(0, caret).strip();
        }
        boolean stem = s.endsWith("*");
        if (stem) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.contains("*")) {
            throw new IllegalArgumentException("Alias '" + source + "' may only end with '*'.");
        }
        List<TermPattern> variants = new ArrayList<>();
        for (String literal : expand(s, source)) {
            String folded = TextFolding.fold(literal).strip();
            if (folded.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
                throw new IllegalArgumentException("Alias '" + source + "' needs at least two letters or digits.");
            }
            variants.add(new TermPattern(source, folded, TextFolding.unify(literal).strip(), caseSensitive, stem, weight));
        }
        return variants;
    }

    private static List<String> expand(String s, String source) {
        int open = s.indexOf('(');
        if (open < 0) {
            if (s.indexOf(')') >= 0 || s.indexOf('|') >= 0) {
                throw new IllegalArgumentException("Alias '" + source + "' has unbalanced '(', '|' or ')'.");
            }
            return List.of(s);
        }
        int close = s.indexOf(')', open);
        if (close < 0) {
            throw new IllegalArgumentException("Alias '" + source + "' has an unclosed '('.");
        }
        List<String> out = new ArrayList<>();
        for (String alternative : s.substring(open + 1, close).split("\\|", -1)) {
            for (String rest : expand(s.substring(close + 1), source)) {
                out.add(s.substring(0, open) + alternative + rest);
            }
        }
        return out;
    }
}
