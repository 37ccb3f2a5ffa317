package org.peacewatch.tagging.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tagging throughput on ~256 KB of text (the gold set's en/uk/ru titles and texts repeated, or real news bodies
 * from {@code ../shared/benchmarks/extraction-dev}): the one-pass
 * automaton tagger (full tagging, and the matching pass alone), against a regex alternation of the same aliases (the naive way), and against a plain lowercase
 * pass over the text (the floor: any tagger must at least read and fold every char). Each operation processes the
 * whole text once, so MB/s = ops/s x the text size printed at setup.
 * Run: {@code src/bench/jmh.sh TaggingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaggingBenchmark {

    static final Path NEWS = Path.of("../shared/benchmarks/extraction-dev/ground-truth.json");

    @Param({"default", "generated-1000"})
    public String taxonomy;

    /** gold: the dense hand-written gold set; news: real article bodies, with a realistic density of mentions. */
    @Param({"gold", "news"})
    public String corpusName;

    String text;
    Tagger tagger;
    Pattern alternation;

    @Setup
    public void setUp() throws IOException {
        text = corpus(corpusName);
        Taxonomy chosen = taxonomy.equals("default") ? Taxonomy.bundled() : generated(1000, Taxonomy.bundled());
        tagger = new Tagger(chosen);
        alternation = alternation(chosen);
        System.out.printf("%n[%s/%s] text %d chars (%d UTF-8 bytes), %d automaton states, regex %d chars, %d hits%n", taxonomy, corpusName,
                text.length(), text.getBytes(StandardCharsets.UTF_8).length, tagger.automatonStates(),
                alternation.pattern().length(), tagger.countHits(text));
    }

    /** About 256 K chars: whole articles (title, body, blank line) of the named corpus, repeated in order. */
    static String corpus(String name) throws IOException {
        List<String> articles = new ArrayList<>();
        if (name.equals("gold")) {
            for (GoldSetTests.Article article : GoldSetTests.load(GoldSetTests.FILES)) {
                articles.add(article.title() + "\n" + article.text() + "\n\n");
            }
        } else {
            // Real article bodies (mostly English and German news) from the shared extraction development set.
            JsonNode truth = JsonMapper.builder().build().readTree(Files.readString(NEWS));
            for (JsonNode page : truth) {
                if (page.has("articleBody") && page.has("title")) {
                    articles.add(page.get("title").asString() + "\n" + page.get("articleBody").asString() + "\n\n");
                }
            }
        }
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; corpus.length() < 256 * 1024; i = (i + 1) % articles.size()) {
            corpus.append(articles.get(i));
        }
        return corpus.toString();
    }

    @Benchmark
    public Tagging automatonTagger() {
        return tagger.tag("", text);
    }

    /** The matching pass alone: fold, automaton, word-boundary, case and stem checks; no scoring or evidence. */
    @Benchmark
    public int automatonMatchOnly() {
        return tagger.countHits(text);
    }

    @Benchmark
    public int regexAlternation() {
        Matcher m = alternation.matcher(text);
        int hits = 0;
        while (m.find()) {
            hits++;
        }
        return hits;
    }

    @Benchmark
    public String lowercasePass() {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * One case-insensitive alternation of every alias variant, on word boundaries, stems as {@code \p{L}{0,5}}: what
     * a tagger without an automaton would compile.
     */
    static Pattern alternation(Taxonomy taxonomy) {
        List<String> sources = new ArrayList<>();
        taxonomy.actors().forEach(a -> a.aliases().values().forEach(sources::addAll));
        taxonomy.topics().forEach(t -> t.keywords().values().forEach(sources::addAll));
        List<String> alternatives = new ArrayList<>();
        for (String source : sources) {
            for (TermPattern p : TermPattern.parse(source)) {
                alternatives.add(Pattern.quote(p.folded()) + (p.stem() ? "\\p{L}{0," + TermPattern.MAX_STEM_EXTRA + "}" : ""));
            }
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The bundled topics plus {@code count} synthetic people with English, Ukrainian and Russian aliases. */
    static Taxonomy generated(int count, Taxonomy base) {
        Random random = new Random(42);
        String[] latin = {"ka", "lo", "mi", "ra", "to", "sen", "vik", "dor", "bel", "nov", "ar", "ul", "ten", "mar", "zo"};
        String[] cyrillic = {"ка", "ло", "мі", "ра", "то", "сен", "вік", "дор", "бел", "нов", "ар", "ул", "тен", "мар", "зо"};
        List<Taxonomy.Actor> actors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] syllables = {random.nextInt(latin.length), random.nextInt(latin.length), random.nextInt(latin.length)};
            int[] first = {random.nextInt(latin.length), random.nextInt(latin.length)};
            String last = word(latin, syllables) + "ov";
            String given = word(latin, first);
            String lastCyrillic = word(cyrillic, syllables) + "ов";
            Map<String, List<String>> aliases = new HashMap<>();
            aliases.put("en", List.of(capital(last), capital(given) + " " + capital(last)));
            aliases.put("uk", List.of(capital(lastCyrillic) + "(|а|у|им|ові)"));
            aliases.put("ru", List.of(capital(lastCyrillic) + "(|а|у|ым|е)"));
            actors.add(new Taxonomy.Actor("actor-" + i, capital(given) + " " + capital(last), "PERSON", null, aliases, List.of()));
        }
        return new Taxonomy(1, actors, base.topics());
    }

    private static String word(String[] syllables, int[] picks) {
        StringBuilder word = new StringBuilder();
        for (int pick : picks) {
            word.append(syllables[pick]);
        }
        return word.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
