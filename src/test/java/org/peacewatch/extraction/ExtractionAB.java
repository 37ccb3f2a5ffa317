package org.peacewatch.extraction;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;

/**
 * Two builds of the extractor in one JVM, on the pages of {@link ExtractionBenchmark}: each round parses every page,
 * then hands each page to build A and to build B back to back (the order alternating from page to page). Changes of a
 * few percent drown in the drift between separate runs; here both builds see the same machine and the same JIT, and
 * pairing page by page keeps the ratio steady even while the machine's speed swings within a round.
 * Prints the median of each build's ratio to the parse and of B's time to A's over the last two thirds of the rounds.
 * Run with two compiled trees (e.g. {@code target/classes} of two worktrees) and the dependencies only on the class
 * path, so that each build's extraction classes come from its own loader:
 * {@code java -cp "target/test-classes:$(cat target/test-classpath.txt)" org.peacewatch.extraction.ExtractionAB
 * /path/a/classes /path/b/classes 36 [every]}, where the optional last argument takes every n-th page (7, the
 * benchmark's pages, unless given). Only {@code ArticleExtractor} is loaded from the two trees; the page reader of
 * this class is the one of the test tree.
 */
public final class ExtractionAB {

    private ExtractionAB() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 36;
        // Every 7th page, as the benchmark; 1 takes all 1,434, whose slowest pages the sample may miss.
        int every = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        List<String> pages = ExtractionEvaluation.everyNthPage(Path.of("../shared/benchmarks/extraction-dev/html"), every);
        Object[] extractors = new Object[2];
        Method[] extract = new Method[2];
        for (int k = 0; k < 2; k++) {
            // Child-first for the extraction package, so that each tree's ArticleExtractor and helpers are used even
            // though the test tree on the class path has its own copies.
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[k]).toUri().toURL()}, ExtractionAB.class.getClassLoader()) {
                @Override
                protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                    if (!name.startsWith("org.peacewatch.")) {
                        return super.loadClass(name, resolve);
                    }
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        return c != null ? c : findClass(name);
                    }
                }
            };
            Class<?> type = loader.loadClass("org.peacewatch.extraction.ArticleExtractor");
            extractors[k] = type.getConstructor().newInstance();
            extract[k] = type.getMethod("extract", String.class, String.class);
        }
        List<double[]> measured = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (String page : pages) {
                Jsoup.parse(page, "https://example.org/");
            }
            double parse = System.nanoTime() - start;
            // Each page goes to both builds back to back, the order alternating from page to page: a drift in the
            // machine's speed over a round then falls on both alike.
            long[] took = new long[2];
            for (int i = 0; i < pages.size(); i++) {
                for (int j = 0; j < 2; j++) {
                    int k = (round + i + j) % 2;
                    long begin = System.nanoTime();
                    extract[k].invoke(extractors[k], pages.get(i), "https://example.org/");
                    took[k] += System.nanoTime() - begin;
                }
            }
            if (round >= rounds / 3) {
                measured.add(new double[] {took[0] / parse, took[1] / parse, (double) took[1] / took[0]});
            }
        }
        String[] names = {"A / parse", "B / parse", "B / A"};
        for (int i = 0; i < names.length; i++) {
            int column = i;
            double[] values = measured.stream().mapToDouble(m -> m[column]).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-10s median %.3f (quartiles %.3f-%.3f)%n", names[i], values[values.length / 2],
                    values[values.length / 4], values[values.length * 3 / 4]);
        }
    }
}
