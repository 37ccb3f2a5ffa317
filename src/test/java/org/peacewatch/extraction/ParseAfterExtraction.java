package org.peacewatch.extraction;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jsoup.Jsoup;

/**
 * What running the extraction does to the next parse: Jsoup's parse of the benchmark's pages timed alone (each parse
 * after another), after a sweep through 2 MB of data (the data caches emptied), after extracting another page, and
 * after extracting the smallest page (little data, most of the extraction's code); and the extraction alone for
 * comparison. Each kind runs in windows of a few seconds, the kinds taking turns, and the medians over the windows are
 * printed. It tells whether a parse that follows an extraction is slowed by cold data or by cold code, which decides
 * how a paired reading compares with separate loops (docs/benchmarks.md, Extraction, thirteenth round). Run:
 * {@code java -Xms2g -Xmx2g -XX:+AlwaysPreTouch
 * -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)"
 * org.peacewatch.extraction.ParseAfterExtraction [windows]}.
 */
public final class ParseAfterExtraction {

    private static final String URL = "https://example.org/";
    private static final String[] KINDS = {"parse alone", "parse after a 2 MB data sweep", "parse after an extraction",
            "parse after extracting a small page", "extraction alone"};

    private final List<String> pages;
    private final String smallPage;
    private final ArticleExtractor extractor = new ArticleExtractor();
    /** Larger than the core's share of the second-level cache, so a sweep leaves none of the parser's data in it. */
    private final long[] sweep = new long[256 * 1024];
    private int next;
    private Object sink;

    private ParseAfterExtraction(List<String> pages) {
        this.pages = pages;
        // The smallest page of some substance: a near-empty page would skip most of the extraction's rules.
        this.smallPage = pages.stream().filter(page -> page.length() > 8000)
                .min(Comparator.comparingInt(String::length)).orElseThrow();
    }

    public static void main(String[] args) throws Exception {
        int windows = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        var run = new ParseAfterExtraction(
                ExtractionEvaluation.everyNthPage(Path.of("../shared/benchmarks/extraction-dev/html"), 7));
        for (int kind = 0; kind < KINDS.length; kind++) {
            run.window(kind, 15);
        }
        double[][] perPage = new double[KINDS.length][windows];
        for (int w = 0; w < windows; w++) {
            for (int turn = 0; turn < KINDS.length; turn++) {
                int kind = (w + turn) % KINDS.length;
                perPage[kind][w] = run.window(kind, 4);
            }
        }
        double alone = median(perPage[0]);
        for (int kind = 0; kind < KINDS.length; kind++) {
            double m = median(perPage[kind]);
            System.out.printf("%-36s %.3f ms per page, %.3f x the parse alone%n", KINDS[kind], m, m / alone);
        }
    }

    /** Runs one kind for about {@code seconds}; returns the timed part's milliseconds per page. */
    private double window(int kind, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long timed = 0;
        long count = 0;
        while (System.nanoTime() < end) {
            String page = pages.get(next);
            next = (next + 1) % pages.size();
            switch (kind) {
                case 1 -> sweepData();
                case 2 -> sink = extractor.extract(pages.get((next + pages.size() / 2) % pages.size()), URL);
                case 3 -> sink = extractor.extract(smallPage, URL);
                default -> {
                }
            }
            long start = System.nanoTime();
            sink = kind == 4 ? extractor.extract(page, URL) : Jsoup.parse(page, URL);
            timed += System.nanoTime() - start;
            count++;
        }
        return timed / 1e6 / count;
    }

    private void sweepData() {
        for (int i = 0; i < sweep.length; i += 8) {
            sweep[i]++;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
