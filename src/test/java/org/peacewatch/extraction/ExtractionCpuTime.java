package org.peacewatch.extraction;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

/**
 * CPU time per page of extraction against Jsoup's parse alone, on the pages of {@link ExtractionBenchmark}. On a
 * shared machine wall-clock JMH figures swing with other processes' load; the CPU time of the measuring thread does
 * not, so the ratio stays comparable. (The process's CPU time, used before, also counted the JIT compiler threads,
 * which made rounds swing 1.4–3.4.) Parse and extraction blocks alternate, and the median ratio of the rounds after
 * warm-up is printed.
 * Run: {@code java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)"
 * org.peacewatch.extraction.ExtractionCpuTime [rounds]} after {@code src/bench/jmh.sh} has built the classpath file.
 */
public final class ExtractionCpuTime {

    private ExtractionCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> pages = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("../shared/benchmarks/extraction-dev/html"))) {
            files = list.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i += 7) {
            pages.add(ExtractionEvaluation.read(files.get(i)));
        }
        var threads = ManagementFactory.getThreadMXBean();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Double> ratios = new ArrayList<>();
        List<double[]> perPage = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String page : pages) {
                Jsoup.parse(page, "https://example.org/");
            }
            long parsed = threads.getCurrentThreadCpuTime();
            for (String page : pages) {
                extractor.extract(page, "https://example.org/");
            }
            long extracted = threads.getCurrentThreadCpuTime();
            // The first half of the rounds warms the JIT and the class-word caches.
            if (round >= rounds / 2) {
                ratios.add((double) (extracted - parsed) / (parsed - start));
                perPage.add(new double[] {(parsed - start) / 1e6 / pages.size(), (extracted - parsed) / 1e6 / pages.size()});
            }
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        double parse = perPage.stream().mapToDouble(p -> p[0]).sorted().toArray()[perPage.size() / 2];
        double extract = perPage.stream().mapToDouble(p -> p[1]).sorted().toArray()[perPage.size() / 2];
        System.out.printf(Locale.ROOT, "pages %d, rounds measured %d: CPU per page parse %.2f ms, extract %.2f ms;"
                        + " ratio median %.2f (min %.2f, max %.2f)%n", pages.size(), ratios.size(), parse, extract,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
