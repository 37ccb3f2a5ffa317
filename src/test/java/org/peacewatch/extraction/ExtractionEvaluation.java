package org.peacewatch.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.stream.Stream;

import net.dankito.readability4j.Readability4J;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores our extractor, Readability4J and boilerpipe on the extraction development set
 * ({@code ../shared/benchmarks/extraction-dev}), per source, in one run. Run with {@code src/bench/extraction-eval.sh}.
 * Arguments: {@code [--dir DIR] [--only ours] [--dump FILE] [--limit N] [--filter ID-PART] [--worst N]}; {@code --worst}
 * lists our N weakest pages per source after the table (lowest body F1; most missed plus leaked snippets). In the dump's
 * title column T is a literal match (titleWs), W a match only after case and quote folding, F a miss.
 */
public final class ExtractionEvaluation {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> AUTHOR_FUNCTION_WORDS = Set.of("by", "von", "and", "und", "&");

    /** What one extractor produced for one page; null fields mean "not produced". */
    record Output(String text, String title, LocalDate published, List<String> authors) {
    }

    interface Extractor {
        Output extract(String html, String url) throws Exception;
    }

    private ExtractionEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("../shared/benchmarks/extraction-dev");
        boolean onlyOurs = false;
        Path dump = null;
        int limit = Integer.MAX_VALUE;
        String filter = null;
        int worst = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--only" -> onlyOurs = "ours".equals(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--filter" -> filter = args[++i];
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        JsonNode truth = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("ground-truth.json")));
        Map<String, Extractor> extractors = new LinkedHashMap<>();
        ArticleExtractor ours = new ArticleExtractor();
        extractors.put("peacewatch", (html, url) -> {
            ExtractedArticle a = ours.extract(html, url);
            return new Output(a.text(), a.title(), a.publishedDay(), a.authors());
        });
        if (!onlyOurs) {
            extractors.put("readability4j", (html, url) -> {
                var article = new Readability4J(url, html).parse();
                return new Output(article.getTextContent(), article.getTitle(), null,
                        article.getByline() == null ? List.of() : List.of(article.getByline()));
            });
            extractors.put("boilerpipe", (html, url) -> new Output(
                    de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(html), null, null, null));
        }
        Map<String, Map<String, Score>> scores = new TreeMap<>();
        PrintWriter dumpOut = dump == null ? null : new PrintWriter(Files.newBufferedWriter(dump));
        Map<String, List<Map.Entry<String, PageScore>>> ourPages = new TreeMap<>();
        int n = 0;
        for (var entry : truth.properties()) {
            if (n++ >= limit) {
                break;
            }
            String id = entry.getKey();
            if (filter != null && !id.contains(filter)) {
                continue;
            }
            JsonNode gold = entry.getValue();
            String source = gold.get("source").asString();
            String html = read(dir.resolve("html").resolve(id + ".html.gz"));
            String url = gold.get("url").asString();
            for (var ex : extractors.entrySet()) {
                Output out;
                try {
                    out = ex.getValue().extract(html, url);
                } catch (Exception | LinkageError | StackOverflowError e) {
                    out = new Output("", null, null, null);
                }
                Score score = scores.computeIfAbsent(ex.getKey(), k -> new TreeMap<>())
                        .computeIfAbsent(source, k -> new Score());
                Score all = scores.get(ex.getKey()).computeIfAbsent("all", k -> new Score());
                PageScore page = score.add(gold, out);
                all.add(gold, out);
                if (ex.getKey().equals("peacewatch")) {
                    ourPages.computeIfAbsent(source, k -> new ArrayList<>()).add(Map.entry(id, page));
                }
                if (dumpOut != null && ex.getKey().equals("peacewatch")) {
                    dumpOut.printf(Locale.ROOT, "%s\t%s\t%.3f\t%.3f\t%d/%d\t%d/%d\t%s\t%s\t%s%n", id, source,
                            page.shingleP, page.shingleR, page.withHits, page.withCount, page.withoutLeaks,
                            page.withoutCount, page.titleOk, page.dateOk, page.note);
                }
            }
        }
        if (dumpOut != null) {
            dumpOut.close();
        }
        print(scores, System.out);
        if (worst > 0) {
            printWorst(ourPages, worst, System.out);
        }
    }

    /** Our weakest pages per source, to know where to look: by body F1 where there is a gold body, else by snippets. */
    private static void printWorst(Map<String, List<Map.Entry<String, PageScore>>> pages, int n, PrintStream out) {
        for (var source : pages.entrySet()) {
            List<Map.Entry<String, PageScore>> list = new ArrayList<>(source.getValue());
            list.sort(Comparator.comparingDouble((Map.Entry<String, PageScore> e) -> badness(e.getValue())).reversed());
            out.println();
            out.println("worst " + source.getKey() + " pages (id, shingle P, shingle R, with hits, without leaks, misses and leaks):");
            for (var e : list.subList(0, Math.min(n, list.size()))) {
                PageScore p = e.getValue();
                out.printf(Locale.ROOT, "%s	%.3f	%.3f	%d/%d	%d/%d	%s%n", e.getKey(), p.shingleP, p.shingleR, p.withHits,
                        p.withCount, p.withoutLeaks, p.withoutCount, p.note);
            }
        }
    }

    private static double badness(PageScore p) {
        if (!Double.isNaN(p.shingleP)) {
            double f1 = p.shingleP + p.shingleR == 0 ? 0 : 2 * p.shingleP * p.shingleR / (p.shingleP + p.shingleR);
            return 1 - f1;
        }
        return (p.withCount - p.withHits) + p.withoutLeaks;
    }

    private static void print(Map<String, Map<String, Score>> scores, PrintStream out) {
        List<String> sources = List.of("wcxb-dev", "trafilatura", "all");
        out.printf("%-14s %-12s %6s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s%n", "extractor", "source", "pages",
                "shingF1", "shingP", "shingR", "bowF1", "withHit", "woLeak", "title", "titleWs", "date", "authF1");
        for (var ex : scores.entrySet()) {
            for (String source : sources) {
                Score s = ex.getValue().get(source);
                if (s == null) {
                    continue;
                }
                out.printf(Locale.ROOT, "%-14s %-12s %6d %8s %8s %8s %8s %8.3f %8.3f %8s %8s %8s %8s%n", ex.getKey(), source,
                        s.pages, fmt(s.shingleF1()), fmt(s.bodyPages == 0 ? Double.NaN : s.shingleP / s.bodyPages),
                        fmt(s.bodyPages == 0 ? Double.NaN : s.shingleR / s.bodyPages),
                        fmt(s.bodyPages == 0 ? Double.NaN : s.bowF1 / s.bodyPages),
                        (double) s.withHits / s.withCount, (double) s.withoutLeaks / s.withoutCount,
                        fmt(s.titled == 0 || !s.hasTitles ? Double.NaN : (double) s.titleOk / s.titled),
                        fmt(s.titled == 0 || !s.hasTitles ? Double.NaN : (double) s.titleWhitespaceOk / s.titled),
                        fmt(s.dated == 0 || !s.hasDates ? Double.NaN : (double) s.dateOk / s.dated),
                        fmt(s.authored == 0 || !s.hasAuthors ? Double.NaN : s.authorF1 / s.authored));
            }
        }
        out.println("shingF1: F1 of mean precision and mean recall of 4-token shingle multisets (pages with articleBody);");
        out.println("bowF1: mean bag-of-words token F1 (README); withHit/woLeak: micro rates over snippets;");
        out.println("snippets and title: compared after NFC, whitespace collapse, case-fold and typographic quotes as ASCII (the");
        out.println("wcxb annotations write ' where pages print \u2019); titleWs: title after whitespace collapse only; date: published-day accuracy;");
        out.println("authF1: mean author token F1; n/a: the extractor does not produce that field.");
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** Every n-th page of {@code dir} in file-name order (so both sources are represented): the speed benchmarks' pages. */
    static List<String> everyNthPage(Path dir, int every) throws IOException {
        List<String> pages = new ArrayList<>();
        for (Path file : everyNthFile(dir, every)) {
            pages.add(read(file));
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no pages in " + dir);
        }
        return pages;
    }

    /** The files of {@link #everyNthPage}, in the same order. */
    static List<Path> everyNthFile(Path dir, int every) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < files.size(); i += every) {
            chosen.add(files.get(i));
        }
        return chosen;
    }

    static String read(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    record PageScore(double shingleP, double shingleR, int withHits, int withCount, int withoutLeaks,
                     int withoutCount, String titleOk, String dateOk, String note) {
    }

    static final class Score {
        int pages;
        int bodyPages;
        double shingleP;
        double shingleR;
        double bowF1;
        int withHits;
        int withCount;
        int withoutLeaks;
        int withoutCount;
        int titled;
        int titleOk;
        int titleWhitespaceOk;
        boolean hasTitles;
        int dated;
        int dateOk;
        boolean hasDates;
        int authored;
        double authorF1;
        boolean hasAuthors;

        double shingleF1() {
            if (bodyPages == 0) {
                return Double.NaN;
            }
            double p = shingleP / bodyPages;
            double r = shingleR / bodyPages;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        PageScore add(JsonNode gold, Output out) {
            pages++;
            String text = out.text() == null ? "" : out.text();
            double sp = Double.NaN;
            double sr = Double.NaN;
            if (gold.has("articleBody")) {
                bodyPages++;
                List<String> goldTokens = tokens(gold.get("articleBody").asString());
                List<String> predTokens = tokens(text);
                double[] s = overlap(shingles(predTokens), shingles(goldTokens));
                sp = s[0];
                sr = s[1];
                shingleP += sp;
                shingleR += sr;
                double[] b = overlap(counts(predTokens), counts(goldTokens));
                bowF1 += b[0] + b[1] == 0 ? 0 : 2 * b[0] * b[1] / (b[0] + b[1]);
            }
            String body = snippetForm(text);
            int hits = 0;
            int leaks = 0;
            StringBuilder note = new StringBuilder();
            for (JsonNode w : gold.get("with")) {
                withCount++;
                if (body.contains(snippetForm(w.asString()))) {
                    withHits++;
                    hits++;
                } else {
                    note.append("MISS[").append(w.asString()).append("] ");
                }
            }
            for (JsonNode w : gold.get("without")) {
                withoutCount++;
                if (body.contains(snippetForm(w.asString()))) {
                    withoutLeaks++;
                    leaks++;
                    note.append("LEAK[").append(w.asString()).append("] ");
                }
            }
            String titleOk = "-";
            if (gold.has("title")) {
                titled++;
                hasTitles |= out.title() != null;
                boolean ok = out.title() != null && titleForm(out.title()).equals(titleForm(gold.get("title").asString()));
                boolean literal = out.title() != null && collapse(out.title()).equals(collapse(gold.get("title").asString()));
                // W marks a title that matches only after case and quote folding, to find where title and titleWs part.
                titleOk = literal ? "T" : (ok ? "W{" : "F{") + out.title() + " || " + gold.get("title").asString() + "}";
                titleOk = titleOk.replace('\t', ' ');
                if (ok) {
                    this.titleOk++;
                }
                if (literal) {
                    titleWhitespaceOk++;
                }
            }
            String dateOk = "-";
            if (gold.has("published")) {
                dated++;
                hasDates |= out.published() != null;
                boolean ok = out.published() != null && out.published().toString().equals(gold.get("published").asString());
                dateOk = ok ? "T" : "F{" + out.published() + " || " + gold.get("published").asString() + "}";
                if (ok) {
                    this.dateOk++;
                }
            }
            if (gold.has("authors")) {
                authored++;
                hasAuthors |= out.authors() != null;
                if (out.authors() != null) {
                    List<String> g = new ArrayList<>();
                    gold.get("authors").forEach(a -> g.add(a.asString()));
                    double[] a = overlap(counts(authorTokens(String.join(" ", g))),
                            counts(authorTokens(String.join(" ", out.authors()))));
                    authorF1 += a[0] + a[1] == 0 ? 0 : 2 * a[0] * a[1] / (a[0] + a[1]);
                }
            }
            return new PageScore(sp, sr, hits, gold.get("with").size(), leaks, gold.get("without").size(),
                    titleOk, dateOk, note.toString().replace('\t', ' ').replace('\n', ' '));
        }
    }

    static List<String> tokens(String text) {
        String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(norm);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static List<String> authorTokens(String text) {
        List<String> tokens = tokens(text);
        tokens.removeIf(AUTHOR_FUNCTION_WORDS::contains);
        return tokens;
    }

    /** 4-token shingles; a text shorter than four tokens is one shingle of all its tokens. */
    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < 4) {
            counts.put(String.join(" ", tokens), 1);
            return counts;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            counts.merge(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2) + ' ' + tokens.get(i + 3), 1, Integer::sum);
        }
        return counts;
    }

    static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    /** Precision and recall of predicted against gold multisets; empty prediction scores zero. */
    static double[] overlap(Map<String, Integer> pred, Map<String, Integer> gold) {
        long predSize = pred.values().stream().mapToLong(Integer::longValue).sum();
        long goldSize = gold.values().stream().mapToLong(Integer::longValue).sum();
        if (predSize == 0 || goldSize == 0) {
            return new double[] {0, 0};
        }
        long common = 0;
        for (var e : pred.entrySet()) {
            common += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
        }
        return new double[] {(double) common / predSize, (double) common / goldSize};
    }

    /**
     * Snippets and titles are compared after NFC, white-space collapse, case folding and typographic quotes written as
     * ASCII: the WCXB annotations write ' and " where half of their pages print \u2019 and \u201c\u201d, which made about
     * half of our missed snippets on those pages. Applied to both sides alike.
     */
    static String snippetForm(String s) {
        return collapse(asciiQuotes(Normalizer.normalize(s, Normalizer.Form.NFC))).toLowerCase(Locale.ROOT);
    }

    private static String titleForm(String s) {
        return snippetForm(s);
    }

    private static String asciiQuotes(String s) {
        return s.replaceAll("[\u2018\u2019\u201b\u2032]", "'").replaceAll("[\u201c\u201d\u201e\u2033]", "\"");
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
