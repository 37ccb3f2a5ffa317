package org.peacewatch.tagging.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the bundled taxonomy against the hand-labelled gold set in {@code src/test/resources/tagging/gold}
 * (English, Ukrainian and Russian articles with traps; labelling rules in its README) and reports micro precision
 * and recall for actors and for topics.
 */
class GoldSetTests {

    record Article(String id, String title, String text, List<String> actors, List<String> topics) {
    }

    record Score(int truePositives, int falsePositives, int falseNegatives) {

        double precision() {
            return truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) (truePositives + falseNegatives);
        }
    }

    static final List<String> FILES = List.of("articles-en.jsonl", "articles-uk.jsonl", "articles-ru.jsonl");

    static List<Article> articles;
    static Tagger tagger;

    @BeforeAll
    static void load() throws IOException {
        articles = load(FILES);
        tagger = new Tagger(Taxonomy.bundled());
    }

    static List<Article> load(List<String> files) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Article> all = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = GoldSetTests.class.getResourceAsStream("/tagging/gold/" + file);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        all.add(json.readValue(line, Article.class));
                    }
                }
            }
        }
        return all;
    }

    @Test
    void goldSetHasAtLeastFortyArticlesInEachOfTheThreeLanguages() {
        assertThat(articles).hasSizeGreaterThanOrEqualTo(40);
        for (String language : List.of("en", "uk", "ru")) {
            assertThat(articles).filteredOn(a -> a.id().startsWith(language + "-")).hasSizeGreaterThanOrEqualTo(10);
            assertThat(articles).filteredOn(a -> a.id().startsWith(language + "-"))
                    .allSatisfy(a -> assertThat(tagger.tag(a.title(), a.text()).language()).isEqualTo(language));
        }
    }

    @Test
    void actorsReachNinetyPercentMicroPrecisionAndRecall() {
        Score score = score(true);
        report("actors", score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void topicsReachNinetyPercentMicroPrecisionAndRecall() {
        Score score = score(false);
        report("topics", score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.90);
    }

    private static Score score(boolean actors) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Article article : articles) {
            Tagging tagging = tagger.tag(article.title(), article.text());
            Set<String> found = new TreeSet<>();
            (actors ? tagging.actors() : tagging.topics()).forEach(tag -> found.add(tag.slug()));
            Set<String> expected = new TreeSet<>(actors ? article.actors() : article.topics());
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(expected);
            Set<String> missed = new TreeSet<>(expected);
            missed.removeAll(found);
            Set<String> hit = new HashSet<>(found);
            hit.retainAll(expected);
            tp += hit.size();
            fp += extra.size();
            fn += missed.size();
            if (!extra.isEmpty() || !missed.isEmpty()) {
                System.out.printf("gold %s %s: extra %s, missed %s%n", article.id(), actors ? "actors" : "topics", extra, missed);
            }
        }
        return new Score(tp, fp, fn);
    }

    private static void report(String what, Score score) {
        System.out.printf("gold set %s over %d articles: micro precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n", what,
                articles.size(), score.precision(), score.recall(), score.truePositives(), score.falsePositives(),
                score.falseNegatives());
    }
}
