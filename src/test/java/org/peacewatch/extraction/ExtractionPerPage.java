package org.peacewatch.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;

/**
 * The pages whose extraction costs most beyond the parse: each page is parsed and extracted back to back (the order
 * alternating), the median of each over the rounds is kept, and the pages are listed by how far the work after the
 * parse goes over half the parse (the goal of 1.5x, page by page). A page far over it usually means one rule that
 * grows with some part of the page (a regex run through a large script, a search repeated for every candidate); the
 * profiler on that page alone then names it. Prints the ratio of the summed medians first.
 * Run: {@code java -Xms3g -Xmx3g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)"
 * org.peacewatch.extraction.ExtractionPerPage [rounds] [every] [top]} (defaults 5, 1 for all 1,434 pages, 30), after
 * {@code src/bench/jmh.sh} has built the classpath file.
 */
public final class ExtractionPerPage {

    private static final Path PAGES = Path.of("../shared/benchmarks/extraction-dev/html");
    private static final String URL = "https://example.org/";

    private ExtractionPerPage() {
    }

    private record PageTimes(String name, int length, double parseMicros, double extractMicros) {
        double afterParse() {
            return extractMicros - parseMicros;
        }

        double overGoal() {
            return afterParse() - 0.5 * parseMicros;
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        List<String> names = ExtractionEvaluation.everyNthFile(PAGES, every).stream().map(p -> p.getFileName().toString()).toList();
        List<String> pages = ExtractionEvaluation.everyNthPage(PAGES, every);
        ArticleExtractor extractor = new ArticleExtractor();
        // Half a minute over the pages first: the JIT and the class-word caches warm up, as in the benchmark.
        long warmUntil = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (String page : pages) {
                Jsoup.parse(page, URL);
                extractor.extract(page, URL);
            }
        }
        long[][] parse = new long[pages.size()][rounds];
        long[][] extract = new long[pages.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < pages.size(); i++) {
                String page = pages.get(i);
                boolean parseFirst = (round + i) % 2 == 0;
                long start = System.nanoTime();
                Object first = parseFirst ? Jsoup.parse(page, URL) : extractor.extract(page, URL);
                long middle = System.nanoTime();
                Object second = parseFirst ? extractor.extract(page, URL) : Jsoup.parse(page, URL);
                long end = System.nanoTime();
                if (first == null || second == null) {
                    throw new IllegalStateException("no result for " + names.get(i));
                }
                parse[i][round] = parseFirst ? middle - start : end - middle;
                extract[i][round] = parseFirst ? end - middle : middle - start;
            }
        }
        List<PageTimes> times = new ArrayList<>();
        double parseSum = 0;
        double extractSum = 0;
        for (int i = 0; i < pages.size(); i++) {
            PageTimes t = new PageTimes(names.get(i), pages.get(i).length(), median(parse[i]) / 1e3, median(extract[i]) / 1e3);
            times.add(t);
            parseSum += t.parseMicros();
            extractSum += t.extractMicros();
        }
        times.sort(Comparator.comparingDouble(PageTimes::overGoal).reversed());
        System.out.printf(Locale.ROOT, "%d pages: extraction %.0f us, parse %.0f us, ratio %.3f%n", pages.size(), extractSum,
                parseSum, extractSum / parseSum);
        System.out.println("page\tcharacters\tparse us\textraction us\tafter the parse / parse\tover 0.5x parse, us");
        for (PageTimes t : times.subList(0, Math.min(top, times.size()))) {
            System.out.printf(Locale.ROOT, "%s\t%d\t%.0f\t%.0f\t%.2f\t%.0f%n", t.name(), t.length(), t.parseMicros(),
                    t.extractMicros(), t.afterParse() / t.parseMicros(), t.overGoal());
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
