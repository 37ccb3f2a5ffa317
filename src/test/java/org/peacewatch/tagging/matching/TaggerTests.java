package org.peacewatch.tagging.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TaggerTests {

    static final Tagger BUNDLED = new Tagger(Taxonomy.bundled());

    static List<String> actors(String title, String text) {
        return BUNDLED.tag(title, text).actors().stream().map(Tag::slug).sorted().toList();
    }

    static List<String> topics(String title, String text) {
        return BUNDLED.tag(title, text).topics().stream().map(Tag::slug).sorted().toList();
    }

    @Test
    void bundledTaxonomyHasEveryRequiredSlug() {
        Taxonomy taxonomy = Taxonomy.bundled();
        assertThat(taxonomy.actors()).extracting(Taxonomy.Actor::slug).contains("zelenskyy", "putin", "trump", "witkoff",
                "kushner", "rubio", "vance", "umerov", "ushakov", "dmitriev", "lavrov", "merz", "macron", "starmer",
                "rutte", "erdogan", "von-der-leyen", "kallas", "xi-jinping", "grossi", "united-states", "russia",
                "ukraine", "nato", "european-union", "united-kingdom", "france", "germany", "turkey", "china", "iaea",
                "coalition-of-the-willing");
        assertThat(taxonomy.topics()).extracting(Taxonomy.Topic::slug).contains("peace-plan", "security-guarantees",
                "territory", "ceasefire", "nato-membership", "foreign-troops", "armed-forces-limits", "sanctions",
                "frozen-assets", "prisoner-exchange", "nuclear-plant", "energy-infrastructure", "military-aid",
                "elections", "accountability", "economic-cooperation");
        assertThat(taxonomy.actors()).allSatisfy(a -> assertThat(a.aliases()).containsKeys("en", "uk", "ru"));
        assertThat(taxonomy.topics()).allSatisfy(t -> assertThat(t.keywords()).containsKeys("en", "uk", "ru"));
    }

    @Test
    void findsUkrainianAndRussianInflectedForms() {
        assertThat(actors("", "Зеленського та Зеленському.")).containsExactly("zelenskyy");
        assertThat(actors("", "Путина, Путиным и Путину.")).containsExactly("putin");
        assertThat(actors("", "Зустріч у Вашингтоні, розмова з Вашингтоном.")).containsExactly("united-states");
        assertThat(actors("", "США и НАТО.")).containsExactly("nato", "united-states");
        assertThat(BUNDLED.tag("", "Путина, Путиным и Путину.").actors().get(0).mentions()).isEqualTo(3);
    }

    @Test
    void doesNotTakeZelenskaForZelenskyy() {
        assertThat(actors("", "Олена Зеленська відвідала школу.")).isEmpty();
    }

    @Test
    void caseSensitiveAliasesIgnoreCommonWords() {
        assertThat(actors("", "He played his trump card.")).isEmpty();
        assertThat(actors("", "Trump called.")).containsExactly("trump");
        assertThat(actors("", "Turkey prices rose before Thanksgiving; roast turkey is dear.")).isEmpty();
        assertThat(actors("", "Turkey offered to host talks.")).containsExactly("turkey");
        assertThat(actors("", "They advance slowly; let us wait.")).isEmpty();
        assertThat(actors("", "Vance spoke to US envoys.")).containsExactly("united-states", "vance");
    }

    @Test
    void exclusionContextsCancelAnAlias() {
        assertThat(actors("", "Dynamo Kyiv beat Spartak Moscow, the Washington Post reported.")).isEmpty();
        assertThat(actors("", "Kyiv and Moscow traded blame in Washington.")).containsExactly("russia", "ukraine", "united-states");
    }

    @Test
    void foldsDiacriticsApostrophesAndCase() {
        assertThat(actors("", "ERDOĞAN met Erdogan's aides.")).containsExactly("erdogan");
        assertThat(actors("", "Erdog\u0306an spoke.")).containsExactly("erdogan");
        assertThat(topics("", "Перемир’я та перемир'я.")).containsExactly("ceasefire");
        assertThat(actors("", "Zelenskyy, Zelensky and Zelenskiy.")).containsExactly("zelenskyy");
    }

    @Test
    void requiresWordBoundariesInEveryScript() {
        assertThat(actors("", "Putinism and Putinesque are words, as is Rutter.")).isEmpty();
        assertThat(actors("", "Перемога НАТОвського блоку")).isEmpty();
    }

    @Test
    void metonymsTagTheirState() {
        assertThat(actors("", "The Kremlin said Moscow was ready.")).containsExactly("russia");
        assertThat(actors("", "Кремль і Москва.")).containsExactly("russia");
    }

    @Test
    void topicsNeedTheirThresholdAndUseProximity() {
        assertThat(topics("", "Later in the day there was a third vote on the budget and many other things in the long session.")).isEmpty();
        assertThat(topics("", "The allies promised guarantees for Ukraine's security.")).containsExactly("security-guarantees");
        assertThat(topics("", "The allies promised guarantees, then, after a long and tiring day in which nothing else happened, security.")).isEmpty();
    }

    @Test
    void scoresTitleMentionsHigherAndGivesEvidenceWithOffsets() {
        String text = "Officials met on Monday. Later, Trump spoke with Putin by phone. Nothing else happened.";
        Tagging tagging = BUNDLED.tag("Putin calls", text);
        Tag putin = tagging.actors().stream().filter(t -> t.slug().equals("putin")).findFirst().orElseThrow();
        Tag trump = tagging.actors().stream().filter(t -> t.slug().equals("trump")).findFirst().orElseThrow();
        assertThat(putin.score()).isGreaterThan(trump.score());
        assertThat(putin.mentions()).isEqualTo(2);
        assertThat(putin.evidence().field()).isEqualTo("text");
        assertThat(putin.evidence().text()).isEqualTo("Later, Trump spoke with Putin by phone.");
        assertThat(text.substring(putin.evidence().start(), putin.evidence().end())).isEqualTo(putin.evidence().text());
    }

    @Test
    void evidenceFallsBackToTheTitleAndKeepsInitialsInsideSentences() {
        Tag tag = BUNDLED.tag("Witkoff lands", "Nothing to see.").actors().get(0);
        assertThat(tag.evidence()).isEqualTo(new Tag.Evidence("Witkoff lands", "title", 0, 13));
        Tag us = BUNDLED.tag("", "Talks ended. The U.S. envoy left Geneva. Rain fell.").actors().get(0);
        assertThat(us.evidence().text()).isEqualTo("The U.S. envoy left Geneva.");
    }

    @Test
    void customTaxonomyStemsEndingsAndWeights() {
        var taxonomy = new Taxonomy(7, List.of(new Taxonomy.Actor("zaluzhnyi", "Valerii Zaluzhnyi", "PERSON", null,
                Map.of("en", List.of("Zaluzhnyi"), "uk", List.of("Залужн(ий|ого|ому)"), "ru", List.of("Залужн*")), List.of())),
                List.of(new Taxonomy.Topic("drones", "Drones", null, Map.of("en", List.of("drone strike^2", "drones")),
                        List.of(), List.of(), 3.0)));
        Tagger tagger = new Tagger(taxonomy);
        Tagging tagging = tagger.tag("", "Залужного и Залужному. Залужныйский? Drones flew; a drone strike hit.");
        assertThat(tagging.taxonomyVersion()).isEqualTo(7);
        assertThat(tagging.actors()).singleElement().satisfies(t -> assertThat(t.mentions()).isEqualTo(2));
        assertThat(tagging.topics()).singleElement().satisfies(t -> assertThat(t.score()).isEqualTo(6.0));
        assertThat(tagger.tag("", "Drones flew.").topics()).isEmpty();
    }
}
