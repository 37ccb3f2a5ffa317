package org.peacewatch.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
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

/**
 * Time per page of our extraction against Jsoup's parse alone (the floor: extraction parses once) and Readability4J,
 * on the same pages of ../shared/benchmarks/extraction-dev. Each invocation handles the next page in turn, so the
 * average is over the page mix. Run: {@code src/bench/jmh.sh ExtractionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Extraction reaches its steady state only after about half a minute (many regexes and caches to warm, and each page
// comes round once per 205 invocations); shorter warm-ups measured the JIT, not the extractor.
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExtractionBenchmark {

    @Param("../shared/benchmarks/extraction-dev/html")
    public String dir;

    /** Every n-th page of the sorted file list, so both sources are represented. */
    @Param("7")
    public int every;

    private final List<String> pages = new ArrayList<>();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private int next;

    @Setup
    public void load() throws IOException {
        pages.addAll(ExtractionEvaluation.everyNthPage(Path.of(dir), every));
    }

    private String page() {
        String page = pages.get(next);
        next = (next + 1) % pages.size();
        return page;
    }

    @Benchmark
    public Object jsoupParseOnly() {
        return Jsoup.parse(page(), "https://example.org/");
    }

    @Benchmark
    public Object peacewatchExtract() {
        return extractor.extract(page(), "https://example.org/");
    }

    @Benchmark
    public Object readability4j() {
        return new Readability4J("https://example.org/", page()).parse();
    }
}
