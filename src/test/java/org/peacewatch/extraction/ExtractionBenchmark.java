package org.peacewatch.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.Blackhole;

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
// A fixed heap touched at start: on a freshly booted machine, a heap that grows during the run takes page faults for
// each new page (14% of the profile once), which land on whichever side happened to grow it.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
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

    /**
     * The same page parsed and extracted back to back (the order alternating from page to page), with the nanoseconds
     * of each side added up as secondary results, {@code pairedParse:parseNanos} and {@code pairedParse:extractNanos}:
     * their quotient is the extraction's time in multiples of the parse. It flatters the extraction: half of its
     * parses run right after an extraction, which leaves the parser's code and the processor's branch history cold
     * (a parse after an extraction takes 6-15 % longer, after a 2 MB sweep of the data caches only 1-2 %; see the
     * thirteenth round in docs/benchmarks.md), so its parse is slower than Jsoup's parse alone. {@link #blockPairs}
     * is the fair reading.
     */
    @Benchmark
    public void pairedParse(PairedTimes times, Blackhole sink) {
        String page = page();
        boolean parseFirst = (next & 1) == 0;
        long start = System.nanoTime();
        sink.consume(parseFirst ? Jsoup.parse(page, "https://example.org/") : extractor.extract(page, "https://example.org/"));
        long middle = System.nanoTime();
        sink.consume(parseFirst ? extractor.extract(page, "https://example.org/") : Jsoup.parse(page, "https://example.org/"));
        long end = System.nanoTime();
        times.parseNanos += parseFirst ? middle - start : end - middle;
        times.extractNanos += parseFirst ? end - middle : middle - start;
    }

    /** Pages in each block of {@link #blockPairs}. */
    static final int BLOCK = 32;
    private int blocks;

    /**
     * The extraction against Jsoup's parse alone, both on the same {@value #BLOCK} pages: the pages parsed one after
     * another, and the same pages extracted one after another, the order of the two blocks alternating from one
     * invocation to the next; the nanoseconds of each block are added up as {@code blockPairs:parseNanos} and
     * {@code blockPairs:extractNanos}. Within a block each side runs as it does in a loop of its own (each parse
     * after another parse, each extraction after another extraction), as in {@link #jsoupParseOnly} and
     * {@link #peacewatchExtract}; and the two blocks of an invocation run within a tenth of a second of each other,
     * so a drift in the machine's speed over minutes, which separate JVMs see, falls on both sides alike.
     */
    @Benchmark
    public void blockPairs(PairedTimes times, Blackhole sink) {
        int first = next;
        next = (next + BLOCK) % pages.size();
        boolean parseFirst = (blocks++ & 1) == 0;
        long start = System.nanoTime();
        runBlock(first, parseFirst, sink);
        long middle = System.nanoTime();
        runBlock(first, !parseFirst, sink);
        long end = System.nanoTime();
        times.parseNanos += parseFirst ? middle - start : end - middle;
        times.extractNanos += parseFirst ? end - middle : middle - start;
    }

    private void runBlock(int first, boolean parse, Blackhole sink) {
        for (int i = 0; i < BLOCK; i++) {
            String page = pages.get((first + i) % pages.size());
            sink.consume(parse ? Jsoup.parse(page, "https://example.org/") : extractor.extract(page, "https://example.org/"));
        }
    }

    /**
     * Per-iteration sums for {@link #pairedParse} and {@link #blockPairs}, reported by JMH beside their time per
     * operation.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class PairedTimes {
        public long parseNanos;
        public long extractNanos;

        @Setup(Level.Iteration)
        public void reset() {
            parseNanos = 0;
            extractNanos = 0;
        }
    }

    /**
     * The floor of any work after the parse: each page parsed alone, and parsed then read back whole (every node
     * visited, every character of text and every attribute name and value read), timed as {@link #pairedParse} times
     * its pair. {@code treeReadNanos / parseNanos - 1} is what merely reading the tree costs, in multiples of the parse.
     */
    @Benchmark
    public void pairedTreeRead(TreeReadTimes times, Blackhole sink) {
        String page = page();
        boolean parseFirst = (next & 1) == 0;
        long start = System.nanoTime();
        sink.consume(parseFirst ? Jsoup.parse(page, "https://example.org/") : parseAndReadTree(page));
        long middle = System.nanoTime();
        sink.consume(parseFirst ? parseAndReadTree(page) : Jsoup.parse(page, "https://example.org/"));
        long end = System.nanoTime();
        times.parseNanos += parseFirst ? middle - start : end - middle;
        times.treeReadNanos += parseFirst ? end - middle : middle - start;
    }

    private static long parseAndReadTree(String page) {
        Document doc = Jsoup.parse(page, "https://example.org/");
        long checksum = 0;
        Deque<Element> open = new ArrayDeque<>();
        open.push(doc);
        while (!open.isEmpty()) {
            Element element = open.pop();
            checksum += element.normalName().length();
            for (Attribute attribute : element.attributes()) {
                checksum += attribute.getKey().length() + attribute.getValue().length();
            }
            for (int i = element.childNodeSize() - 1; i >= 0; i--) {
                Node child = element.childNode(i);
                if (child instanceof Element childElement) {
                    open.push(childElement);
                } else if (child instanceof TextNode text) {
                    String s = text.getWholeText();
                    for (int c = 0; c < s.length(); c++) {
                        checksum += s.charAt(c);
                    }
                }
            }
        }
        return checksum;
    }

    /** Per-iteration sums for {@link #pairedTreeRead}. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class TreeReadTimes {
        public long parseNanos;
        public long treeReadNanos;

        @Setup(Level.Iteration)
        public void reset() {
            parseNanos = 0;
            treeReadNanos = 0;
        }
    }

    @Benchmark
    public Object readability4j() {
        return new Readability4J("https://example.org/", page()).parse();
    }
}
