package org.peacewatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LanguageDetectorTests {

    @Test
    void breaksTiesBetweenLanguagesInTheirFixedOrderNotInTheOrderOfThisJvmStart() {
        assertThat(LanguageDetector.languagesOf("en")).containsExactly("es", "nl");
        assertThat(LanguageDetector.languagesOf("de")).containsExactly("pt", "nl");
    }

    @Test
    void tellsUkrainianFromRussian() {
        assertThat(LanguageDetector.detect("Президент України заявив, що переговори щодо гарантій безпеки тривають і "
                + "є надія на їхнє завершення.").language()).isEqualTo("uk");
        assertThat(LanguageDetector.detect("Президент России заявил, что переговоры о гарантиях безопасности "
                + "продолжаются и есть надежда на их завершение в этом году.").language()).isEqualTo("ru");
    }

    @Test
    void recognisesCommonLatinScriptLanguagesByFunctionWords() {
        assertThat(LanguageDetector.detect("The talks will continue in Geneva and the delegations are expected to "
                + "meet again on Monday, officials said.").language()).isEqualTo("en");
        assertThat(LanguageDetector.detect("Die Gespräche werden in Genf fortgesetzt, und die Delegationen sollen sich "
                + "am Montag wieder treffen, sagte ein Sprecher der Regierung.").language()).isEqualTo("de");
        assertThat(LanguageDetector.detect("Les négociations se poursuivent à Genève et les délégations doivent se "
                + "retrouver lundi pour la suite des discussions sur le cessez-le-feu.").language()).isEqualTo("fr");
    }

    @Test
    void countsFunctionWordsWhateverTheirCase() {
        assertThat(LanguageDetector.detect("THE TALKS WILL CONTINUE IN GENEVA AND THE DELEGATIONS ARE EXPECTED TO MEET "
                + "AGAIN ON MONDAY.").language()).isEqualTo("en");
        // A dotted capital I lower-cases to two characters: the word after it still counts as before.
        assertThat(LanguageDetector.detect("İstanbul: die Gespräche werden fortgesetzt, und die Delegationen sollen sich "
                + "am Montag wieder treffen.").language()).isEqualTo("de");
    }

    @Test
    void countsAroundEmojiAndOtherSurrogatesAsTheLowerCasedSampleDoes() {
        // Surrogates stay in the one-pass count; the long way lower-cases the whole sample first (supplementary letters
        // such as U+10400 change there), and both must count the same words.
        List<String> pieces = List.of("the", "The", "THE", "and", "der", "Die", "und", "les", "que", "het", "się", "été",
                "più", "É", "talks", "Genf", "x", "\uD83D\uDE00", "\uD801\uDC00", "\uD801\uDC28", "\uD83D", "\uDE00",
                "\uD835\uDC00", " ", " ", " ", ", ", ".", "-", "\n");
        Random random = new Random(7);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder("Talks continue in Geneva today ");
            for (int i = 0, n = random.nextInt(80); i < n; i++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String sample = text.toString();
            assertThat(LanguageDetector.detect(sample)).as(sample).isEqualTo(LanguageDetector.byStopwordsOfLowerCase(
                    sample, List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl")));
        }
    }

    @Test
    void saysNothingForTooLittleText() {
        assertThat(LanguageDetector.detect("OK").language()).isNull();
    }
}
