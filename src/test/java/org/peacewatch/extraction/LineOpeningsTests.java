package org.peacewatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The opening checks only skip a line rule's regex; they must never say "cannot be" to a text the regex matches. Each
 * rule is tried on the words of its own pattern, alone and run together, and on random texts built from them with
 * random case, the characters Unicode folds onto their letters, spaces, punctuation, digits and parentheses.
 */
class LineOpeningsTests {

    /** Characters that are not in the patterns' words but fold onto them, or sit next to them in real text. */
    private static final String NOISE = "İıſ\u212AßÄÖÜÀÉ()[]:;.,!?-–|/ \t\u00a0«»…0123456789é\u0301x_\uD835\uDC00";

    /** A line rule; {@code pieces} add to the pattern's own words what its classes stand for (dates are digits). */
    private record Rule(String name, Pattern pattern, Predicate<String> couldBe, Predicate<String> matches,
                        List<String> pieces) {

        Rule(String name, Pattern pattern, Predicate<String> couldBe, Predicate<String> matches) {
            this(name, pattern, couldBe, matches, List.of());
        }

        List<String> words() {
            List<String> words = new ArrayList<>(pieces);
            words.addAll(wordsOf(pattern));
            return words;
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("boilerplate phrase", BodyExtractor.BOILERPLATE_PHRASE, LineOpenings::couldBeBoilerplatePhrase,
                    s -> BodyExtractor.BOILERPLATE_PHRASE.matcher(s).lookingAt(),
                    List.of("5", " min read", " Min. read", " minute read", "12 min read")),
            new Rule("label line", BodyExtractor.LABEL_LINE, LineOpenings::couldBeLabelLine,
                    s -> BodyExtractor.LABEL_LINE.matcher(s).lookingAt()),
            new Rule("related label", BodyExtractor.RELATED_LABEL, LineOpenings::couldBeRelatedLabel,
                    s -> BodyExtractor.RELATED_LABEL.matcher(s).matches()),
            new Rule("appeal", BodyExtractor.APPEAL, LineOpenings::couldBeAppeal,
                    s -> BodyExtractor.APPEAL.matcher(s).lookingAt()),
            new Rule("ad label", BodyExtractor.AD_LABEL, LineOpenings::couldBeAdLabel,
                    s -> BodyExtractor.AD_LABEL.matcher(s).lookingAt()),
            new Rule("date line", BodyExtractor.DATE_LINE, LineOpenings::couldBeDateLine,
                    s -> BodyExtractor.DATE_LINE.matcher(s).lookingAt() || BodyExtractor.DATE_LINE.matcher(s).matches(),
                    List.of("12", "3", "2024", "03", "März", "dec", "Dec.", "ſept", " ", ". ", "/", "-", ", ", " | ",
                            "10:15", " Uhr", "12. März 2024", "Dec 19, 2025", "2024-03-12")));

    @Test
    void foldsEveryCharacterAsTheCaseInsensitivePatternsDo() {
        for (char letter : "abcdefghijklmnopqrstuvwxyzäöüàáéíú (".toCharArray()) {
            var literal = Pattern.compile("(?iu)" + Pattern.quote(String.valueOf(letter))).matcher("");
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                assertThat(BodyExtractor.folded(c) == letter).as("U+%04X against %s", (int) c, letter)
                        .isEqualTo(literal.reset(String.valueOf(c)).matches());
            }
        }
    }

    @Test
    void countsAsLettersWhatTheCaseInsensitiveLetterClassDoes() {
        var letter = Pattern.compile("(?iu)\\p{L}").matcher("");
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            assertThat(Character.isLetter(c)).as("U+%04X", c).isEqualTo(letter.reset(Character.toString(c)).matches());
        }
    }

    @Test
    void letsThroughEveryRunOfThePatternsOwnWords() {
        for (Rule rule : RULES) {
            List<String> words = rule.words();
            for (int from = 0; from < words.size(); from++) {
                StringBuilder run = new StringBuilder();
                for (int to = from; to < Math.min(words.size(), from + 4); to++) {
                    run.append(words.get(to));
                    for (String text : variants(run.toString())) {
                        assertOpeningCheckAgrees(rule, text);
                    }
                }
            }
        }
    }

    @Test
    void letsThroughEveryRandomTextItsPatternMatches() {
        Random random = new Random(11);
        for (Rule rule : RULES) {
            List<String> words = rule.words();
            int matched = 0;
            for (int n = 0; n < 100_000; n++) {
                String text = randomText(words, random);
                assertOpeningCheckAgrees(rule, text);
                if (rule.matches().test(text)) {
                    matched++;
                }
            }
            // Texts the regex matches are the ones that test the check; make sure there are many.
            assertThat(matched).as(rule.name()).isGreaterThan(1_000);
        }
    }

    @Test
    void letsThroughTheRulesOwnExamples() {
        for (String text : List.of("Share", "5 min read", "12 Minute Read", "TAGS: Politik", "Lesezeit 3 Minuten")) {
            assertThat(LineOpenings.couldBeBoilerplatePhrase(text)).as(text).isTrue();
        }
        for (String text : List.of("(Quelle: dpa)", "Foto: AP", "Aktualisiert am 3. März", "Über den Autor")) {
            assertThat(LineOpenings.couldBeLabelLine(text)).as(text).isTrue();
        }
        for (String text : List.of("Related articles", "À lire aussi :", "Lire aussi", "Top-Themen", "Lee también")) {
            assertThat(LineOpenings.couldBeRelatedLabel(text)).as(text).isTrue();
        }
        for (String text : List.of("(Jetzt abonnieren)", "Never miss a story", "Suscríbete")) {
            assertThat(LineOpenings.couldBeAppeal(text)).as(text).isTrue();
        }
        for (String text : List.of("ANZEIGE - Reise", "Pubblicità:")) {
            assertThat(LineOpenings.couldBeAdLabel(text)).as(text).isTrue();
        }
        for (String text : List.of("12.03.2022", "März 12, 2024", "Dec. 19, 2025 · 7 min read")) {
            assertThat(LineOpenings.couldBeDateLine(text)).as(text).isTrue();
        }
        for (String text : List.of("The talks resumed", "Delegations met", "(AP) The talks", "Am 12. März")) {
            assertThat(LineOpenings.couldBeRelatedLabel(text) || LineOpenings.couldBeAdLabel(text)).as(text).isFalse();
        }
    }

    private static void assertOpeningCheckAgrees(Rule rule, String text) {
        if (!rule.couldBe().test(text)) {
            assertThat(rule.matches().test(text)).as("%s: %s", rule.name(), text).isFalse();
        }
    }

    /** The literal pieces of a pattern: its words and phrases, and the punctuation it names, without regex syntax. */
    private static List<String> wordsOf(Pattern pattern) {
        String source = pattern.pattern().replace("(?iu)", "").replace("(?:", "|")
                .replaceAll("\\\\[a-zA-Z](\\{[^}]*\\})?", "|");
        List<String> words = new ArrayList<>();
        for (String word : source.split("[|()?^$\\[\\]{}*+\\\\]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        words.addAll(List.of(" ", "1", "12", "2024", ". ", ": ", "-"));
        return words;
    }

    /** The text as written, in capitals, in title case, behind a parenthesis, "à " or a number. */
    private static List<String> variants(String text) {
        String title = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return Arrays.asList(text, text.toUpperCase(), title, "(" + text, "(" + text.toUpperCase(), "à " + text,
                text.replace('i', 'İ'), text.replace('i', 'ı').replace('s', 'ſ').replace('k', '\u212A'), "12" + text);
    }

    private static String randomText(List<String> words, Random random) {
        StringBuilder text = new StringBuilder();
        switch (random.nextInt(6)) {
            case 0 -> text.append('(');
            case 1 -> text.append("à ");
            case 2 -> text.append(random.nextInt(100));
            default -> { }
        }
        int from = random.nextInt(words.size());
        for (int i = 0, count = 1 + random.nextInt(4); i < count; i++) {
            // Mostly the pattern's next word, so that whole alternatives come together; sometimes any word or noise.
            int pick = random.nextInt(10);
            if (pick < 6) {
                text.append(words.get((from + i) % words.size()));
            } else if (pick < 9) {
                text.append(words.get(random.nextInt(words.size())));
            } else {
                text.append(NOISE.charAt(random.nextInt(NOISE.length())));
            }
        }
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int roll = random.nextInt(20);
            if (roll < 4) {
                mixed.append(Character.toUpperCase(c));
            } else if (roll == 4 && (c == 'i' || c == 's' || c == 'k')) {
                mixed.append(c == 'i' ? (random.nextBoolean() ? 'İ' : 'ı') : c == 's' ? 'ſ' : '\u212A');
            } else if (roll == 5 && random.nextInt(4) == 0) {
                mixed.append(NOISE.charAt(random.nextInt(NOISE.length())));
            } else {
                mixed.append(c);
            }
        }
        return mixed.toString();
    }
}
