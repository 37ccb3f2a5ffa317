package org.peacewatch.tagging.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the complete output of {@link Tagger} (language, slugs, names, mention counts, scores, evidence field, offsets
 * and text) for the gold set, for the real news bodies of {@code ../shared/benchmarks/extraction-dev}, and for the
 * four ~256 K char texts that {@link TaggingBenchmark} tags, with the bundled and the generated 1,000-actor
 * taxonomies. Speed work on the tagger must not change a single tag. The expected lines were recorded from the
 * tagger as of issue #5's second round; after an intended change of behaviour, re-record them with
 * {@code -Dtagging.record=true} and review the diff.
 */
class TaggerOutputTests {

    static final Path EXPECTED = Path.of("src/test/resources/tagging/expected");
    static final Tagger BUNDLED = new Tagger(Taxonomy.bundled());
    static final Tagger GENERATED = new Tagger(TaggingBenchmark.generated(1000, Taxonomy.bundled()));

    @Test
    void tagsTheGoldSetExactlyAsRecorded() throws IOException {
        List<String> lines = new ArrayList<>();
        for (GoldSetTests.Article article : GoldSetTests.load(GoldSetTests.FILES)) {
            lines.add(describe(article.id() + " default", BUNDLED.tag(article.title(), article.text())));
            lines.add(describe(article.id() + " generated-1000", GENERATED.tag(article.title(), article.text())));
        }
        for (String corpus : List.of("gold", "news")) {
            if (corpus.equals("news") && !Files.exists(TaggingBenchmark.NEWS)) {
                continue;
            }
            String text = TaggingBenchmark.corpus(corpus);
            lines.add(describe("benchmark-" + corpus + " default", BUNDLED.tag("", text)));
            lines.add(describe("benchmark-" + corpus + " generated-1000", GENERATED.tag("", text)));
        }
        compare("gold-and-benchmark.txt", lines);
    }

    @Test
    void tagsRealNewsExactlyAsRecorded() throws IOException {
        assumeThat(TaggingBenchmark.NEWS).exists();
        JsonNode truth = JsonMapper.builder().build().readTree(Files.readString(TaggingBenchmark.NEWS));
        List<String> lines = new ArrayList<>();
        for (var page : truth.properties()) {
            JsonNode value = page.getValue();
            if (value.has("articleBody") && value.has("title")) {
                String title = value.get("title").asString();
                String body = value.get("articleBody").asString();
                lines.add(describe(page.getKey() + " default", BUNDLED.tag(title, body)));
                lines.add(describe(page.getKey() + " generated-1000", GENERATED.tag(title, body)));
            }
        }
        compare("news.txt", lines);
    }

    /**
     * One line per tagging. News evidence is written as offsets and a hash of its text, so that no text of the shared
     * data set is copied into the repository; the offsets and the hash pin it all the same.
     */
    private static String describe(String what, Tagging tagging) {
        StringBuilder line = new StringBuilder(what).append(" lang=").append(tagging.language());
        for (List<Tag> tags : List.of(tagging.actors(), tagging.topics())) {
            line.append(tags == tagging.actors() ? " | actors" : " | topics");
            for (Tag tag : tags) {
                Tag.Evidence e = tag.evidence();
                line.append(' ').append(tag.slug()).append('[').append(tag.name()).append("] m=").append(tag.mentions())
                        .append(" s=").append(tag.score()).append(" e=").append(e.field()).append(':').append(e.start())
                        .append('-').append(e.end()).append('#').append(Integer.toHexString(e.text().hashCode()));
            }
        }
        return line.toString();
    }

    private static void compare(String file, List<String> lines) throws IOException {
        Path path = EXPECTED.resolve(file);
        if (Boolean.getBoolean("tagging.record")) {
            Files.createDirectories(EXPECTED);
            Files.write(path, lines, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(path, StandardCharsets.UTF_8);
        assertThat(lines).hasSameSizeAs(expected);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).as("line %d of %s", i + 1, file).isEqualTo(expected.get(i));
        }
    }
}
