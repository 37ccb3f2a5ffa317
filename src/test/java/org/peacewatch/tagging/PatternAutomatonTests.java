package org.peacewatch.tagging;

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
}
