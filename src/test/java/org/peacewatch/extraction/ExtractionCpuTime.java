package org.peacewatch.extraction;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;

/**
 * CPU time per page of extraction against Jsoup's parse alone, on the pages of {@link ExtractionBenchmark}, measured
 * in pairs: each page is parsed and extracted back to back (in alternating order from round to round), in the
 * thread's CPU time. The machine's speed drifts by a factor of two over minutes on a shared host; JMH measures the two
 * methods minutes apart, in separate JVMs, so its ratio moves with that drift, while the two halves of a pair see the
 * same machine. Prints the ratio of the sums over the measured rounds (the first half of the rounds warms the JIT and
 * the class-word caches), and the median and spread of the per-round ratios.
 * Run: {@code java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)"
 * org.peacewatch.extraction.ExtractionCpuTime [rounds]} after {@code src/bench/jmh.sh} has built the classpath file.
 */
public final class ExtractionCpuTime {

    private ExtractionCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<String> pages = ExtractionEvaluation.everyNthPage(Path.of("../shared/benchmarks/extraction-dev/html"), 7);
        var threads = ManagementFactory.getThreadMXBean();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Double> ratios = new ArrayList<>();
        long parseSum = 0;
        long extractSum = 0;
        for (int round = 0; round < rounds; round++) {
            long parse = 0;
            long extract = 0;
            boolean parseFirst = round % 2 == 0;
            for (String page : pages) {
                long start = threads.getCurrentThreadCpuTime();
                if (parseFirst) {
                    Jsoup.parse(page, "https://example.org/");
                } else {
                    extractor.extract(page, "https://example.org/");
                }
                long middle = threads.getCurrentThreadCpuTime();
                if (parseFirst) {
                    extractor.extract(page, "https://example.org/");
                } else {
                    Jsoup.parse(page, "https://example.org/");
                }
                long end = threads.getCurrentThreadCpuTime();
                parse += parseFirst ? middle - start : end - middle;
                extract += parseFirst ? end - middle : middle - start;
            }
            if (round >= rounds / 2) {
                ratios.add((double) extract / parse);
                parseSum += parse;
                extractSum += extract;
            }
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        int measured = rounds - rounds / 2;
        System.out.printf(Locale.ROOT, "pages %d, rounds measured %d: CPU per page parse %.3f ms, extract %.3f ms;"
                        + " ratio of sums %.3f; per-round ratio median %.3f (quartiles %.3f-%.3f, min %.3f, max %.3f)%n",
                pages.size(), measured, parseSum / 1e6 / measured / pages.size(), extractSum / 1e6 / measured / pages.size(),
                (double) extractSum / parseSum, sorted.get(sorted.size() / 2), sorted.get(sorted.size() / 4),
                sorted.get(sorted.size() * 3 / 4), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
