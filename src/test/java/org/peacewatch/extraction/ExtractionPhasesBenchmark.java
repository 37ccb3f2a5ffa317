package org.peacewatch.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three phases of {@link ArticleExtractor} after the parse, each timed alone on the pages of
 * {@link ExtractionBenchmark}: the cut into blocks, the metadata reading and the choice of the body text. Each
 * invocation gets a page parsed (and, for the later phases, cut) just before it, outside the timing, so the tree is
 * as fresh in the caches as it is in a real extraction; a page parsed long before is read from memory and takes
 * twice as long. For finding where a change helps: whole-extraction figures move by a few percent from one JVM to
 * the next, a single phase by less. The pages are parsed whole with {@code Jsoup.parse}, where the extractor parses them
 * skimmed ({@link SkimmedPage}): the tree here also holds script text and the content of SVG images, which the cut
 * walks past. Run: {@code src/bench/jmh.sh ExtractionPhasesBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
// The heap fixed and touched at start, as in ExtractionBenchmark.
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ExtractionPhasesBenchmark {

    @Param("../shared/benchmarks/extraction-dev/html")
    public String dir;

    /** Every n-th page of the sorted file list, as in {@link ExtractionBenchmark}. */
    @Param("7")
    public int every;

    private final List<String> pages = new ArrayList<>();
    private int next;
    private Document doc;
    private BodyExtractor.Page page;
    private MetadataReader.Metadata meta;

    @Setup
    public void load() throws IOException {
        pages.addAll(ExtractionEvaluation.everyNthPage(Path.of(dir), every));
    }

    @Setup(Level.Invocation)
    public void prepareNextPage() {
        doc = Jsoup.parse(pages.get(next), "https://example.org/");
        next = (next + 1) % pages.size();
        // The later phases get their own copy, cut as extraction cuts it, so that the cut timed below starts afresh.
        var scan = new MetadataReader.ElementScan();
        page = BodyExtractor.cut(doc.clone(), scan);
        meta = scan.read("https://example.org/", page.elements());
    }

    /** The walk that cuts the page into blocks, without the metadata reader's look at each element. */
    @Benchmark
    public Object cut() {
        return BodyExtractor.cut(doc, e -> {
        });
    }

    /** The metadata reader's look at each element, then its reading of title, dates, authors and the rest. */
    @Benchmark
    public Object metadata() {
        var scan = new MetadataReader.ElementScan();
        for (var e : page.elements()) {
            scan.accept(e);
        }
        return scan.read("https://example.org/", page.elements());
    }

    /** Scoring the blocks and choosing the body text. */
    @Benchmark
    public Object body() {
        return page.body(meta.title(), meta.declaredArticle());
    }
}
