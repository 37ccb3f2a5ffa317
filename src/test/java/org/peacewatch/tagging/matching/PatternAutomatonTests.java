package org.peacewatch.tagging.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PatternAutomatonTests {

    private static List<String> hits(PatternAutomaton automaton, List<String> keys, String text) {
        List<String> found = new ArrayList<>();
        automaton.scan(text, (key, start, end) -> found.add(keys.get(key) + "@" + start + "-" + end));
        return found;
    }

    @Test
    void keysStartingAWordMatchOnlyAtWordStartsAndOverlappingKeysAllReport() {
        List<String> keys = List.of("trump", "donald trump", "eu");
        PatternAutomaton automaton = new PatternAutomaton(keys, new boolean[] {true, true, true},
                new boolean[] {true, true, true});

        assertThat(hits(automaton, keys, "Donald Trump met antitrump EU-backed Europeans; (trump)"))
                .containsExactly("donald trump@0-12", "trump@7-12", "eu@27-29", "trump@49-54");
    }

    @Test
    void foldedAwayCharsNeitherSplitWordsNorStartThem() {
        List<String> keys = List.of("erdogan", "dogan");
        PatternAutomaton automaton = new PatternAutomaton(keys, new boolean[] {true, true},
                new boolean[] {true, true});

        // A soft hyphen inside "Erdo\u00ADgan" is dropped, and a combining breve after "Erdog" stays inside the word.
        assertThat(hits(automaton, keys, "Erdo\u00ADgan and Erdog\u0306an, not Erdo-gan"))
                .containsExactly("erdogan@0-8", "erdogan@13-21");
    }

    @Test
    void keysStartingWithPunctuationNeedNoWordStartAndStemsRunOn() {
        List<String> keys = List.of("путин", "-backed");
        PatternAutomaton automaton = new PatternAutomaton(keys, new boolean[] {true, false},
                new boolean[] {false, true});

        assertThat(hits(automaton, keys, "Путиным, EU-backed, распутин"))
                .containsExactly("путин@0-5", "-backed@11-18");
    }

    @Test
    void longTextsFindTheSameHitsInTheSameOrderInEveryPart() {
        // Long texts are read by two chains, one from the middle: every repetition must still report exactly what a
        // short text reports on its own, whichever repetition the middle falls in, and in text order.
        List<String> keys = List.of("trump", "donald trump", "erdogan", "путин", "-backed");
        PatternAutomaton automaton = new PatternAutomaton(keys, new boolean[] {true, true, true, true, false},
                new boolean[] {true, true, true, false, true});
        String part = "Donald Trump, Erdo\u00ADgan and EU-backed Путиным; antitrump Erdog\u0306an.\n";
        List<String> alone = hits(automaton, keys, part);
        assertThat(alone).hasSize(6);
        for (int length = 500; length < 1500; length += 37) {
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            // A prefix of varying length moves the middle across the parts.
            text.append("x".repeat(length % part.length())).append('\n');
            while (text.length() < length) {
                int offset = text.length();
                alone.forEach(hit -> expected.add(shifted(hit, offset)));
                text.append(part);
            }
            assertThat(hits(automaton, keys, text.toString())).as("length %d", text.length()).isEqualTo(expected);
        }
    }

    private static String shifted(String hit, int offset) {
        int at = hit.lastIndexOf('@');
        int dash = hit.lastIndexOf('-');
        return hit.substring(0, at + 1) + (Integer.parseInt(hit.substring(at + 1, dash)) + offset) + "-"
                + (Integer.parseInt(hit.substring(dash + 1)) + offset);
    }
}
