package org.peacewatch.tagging.matching;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses en, uk or ru from letters alone: Cyrillic text is Ukrainian when it uses і, ї, є or ґ more than Russian's
 * ы, э, ъ or ё; Latin text is English when common English function words occur. Good enough for the three languages
 * we cover; anything else is {@code null}. Matching does not depend on it: all languages' aliases apply to every text.
 */
final class LanguageGuess {

    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "on", "for", "with", "said");
    private static final int LONGEST_ENGLISH = 4;

    private LanguageGuess() {
    }

    static String guess(String title, String text) {
        String head = title == null ? "" : title;
        String body = text == null ? "" : text;
        // The first 5,000 chars of title + "\n" + text, without copying a long text first.
        String sample = head.length() >= 5000 ? head.substring(0, 5000)
                : head + "\n" + body.substring(0, Math.min(body.length(), 5000 - head.length() - 1));
        int cyrillic = 0;
        int latin = 0;
        int ukrainian = 0;
        int russian = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = Character.toLowerCase(sample.charAt(i));
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
                switch (c) {
                    case 'і', 'ї', 'є', 'ґ' -> ukrainian++;
                    case 'ы', 'э', 'ъ', 'ё' -> russian++;
                    default -> {
                    }
                }
            } else if (c >= 'a' && c <= 'z') {
                latin++;
            }
        }
        if (cyrillic > latin) {
            return ukrainian >= russian && ukrainian > 0 ? "uk" : "ru";
        }
        if (latin == 0) {
            return null;
        }
        // Runs of a-z in the lower-cased sample are its words; one function word is enough.
        String lower = sample.toLowerCase(Locale.ROOT);
        int word = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z') {
                if (word < 0) {
                    word = i;
                }
            } else if (word >= 0) {
                if (i - word <= LONGEST_ENGLISH && ENGLISH.contains(lower.substring(word, i))) {
                    return "en";
                }
                word = -1;
            }
        }
        return null;
    }
}
