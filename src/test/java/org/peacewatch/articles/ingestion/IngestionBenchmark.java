package org.peacewatch.articles.ingestion;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.peacewatch.PeaceWatchApplication;
import org.peacewatch.support.LocalSite;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End-to-end ingestion throughput: one poll of a sitemap source listing {@value #PAGES} generated article pages on
 * a local server, each fetched, extracted, stored and tagged by the real application against real PostgreSQL
 * (TEST_DATABASE_URL), with per-host pacing off. Scores are articles per second. The baseline is plain JDK
 * HttpClient GETs of the same pages with the same parallelism: the ceiling the local server allows.
 * <p>
 * On a shared machine the wall-clock score depends on everyone else's load, so the teardown also prints the CPU
 * the work cost (this JVM plus the PostgreSQL backends serving it, read from /proc): articles per CPU-second is
 * what an otherwise idle machine could sustain per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class IngestionBenchmark {

    static final int PAGES = 2000;

    private static final String[] PARAGRAPHS = {
            "Volodymyr Zelenskyy met US envoy Steve Witkoff in Berlin to discuss security guarantees for Ukraine.",
            "The Kremlin said Vladimir Putin would study the peace plan but rejected an immediate ceasefire.",
            "European Union ministers in Brussels debated new sanctions against Russia and frozen assets.",
            "NATO officials warned that any deal on territory in Donbas would need Kyiv's consent.",
            "Donald Trump told reporters at the White House that negotiations were moving in the right direction.",
            "Local officials reported shelling overnight; the regional administration opened new shelters."};

    @Param({"4"})
    public int pageConcurrency;

    private LocalSite site;
    private ConfigurableApplicationContext app;
    private ArticleIngestion ingestion;
    private JdbcClient jdbc;
    private long sourceId;
    private HttpClient raw;
    private ExecutorService rawPool;

    @Setup(Level.Trial)
    public void start() throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs (~40 ms a
        // response), and the benchmark would measure that instead of ingestion. Must be set before the first server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        site = new LocalSite();
        StringBuilder urlset = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < PAGES; i++) {
            site.page("/news/" + i, "text/html; charset=utf-8", page(i));
            urlset.append("<url><loc>").append(site.url("/news/" + i)).append("</loc><lastmod>2025-11-20</lastmod></url>");
        }
        site.page("/sitemap.xml", "application/xml", urlset.append("</urlset>").toString());
        String db = System.getenv().getOrDefault("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/peacewatch");
        app = new SpringApplicationBuilder(PeaceWatchApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + (db.startsWith("jdbc:") ? db : "jdbc:" + db),
                "--spring.datasource.username=" + System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"),
                "--spring.datasource.hikari.maximum-pool-size=" + (2 * pageConcurrency + 4),
                "--spring.datasource.hikari.minimum-idle=" + (2 * pageConcurrency + 4),
                "--spring.datasource.hikari.data-source-properties.ApplicationName=peacewatch-bench",
                "--peacewatch.fetch.allow-private-networks=true",
                "--peacewatch.fetch.per-host-interval=0s",
                "--peacewatch.sources.defaults-enabled=false",
                "--peacewatch.ingest.enabled=false",
                "--peacewatch.ingest.page-concurrency=" + pageConcurrency,
                "--peacewatch.ingest.max-items-per-poll=" + PAGES,
                "--logging.level.root=WARN");
        ingestion = app.getBean(ArticleIngestion.class);
        jdbc = app.getBean(JdbcClient.class);
        jdbc.sql("truncate source, article, fetch_attempt, page_claim, fetched_page, ingestion_run restart identity cascade").update();
        sourceId = jdbc.sql("""
                        insert into source (name, kind, url, language, poll_interval_seconds, current_interval_seconds)
                        values ('Bench', 'SITEMAP', :url, 'en', 1800, 1800) returning id""")
                .param("url", site.url("/sitemap.xml")).query(Long.class).single();
        raw = HttpClient.newHttpClient();
        rawPool = Executors.newFixedThreadPool(pageConcurrency);
    }

    @Setup(Level.Invocation)
    public void forgetArticles() {
        jdbc.sql("truncate article, fetch_attempt, page_claim, fetched_page, ingestion_run cascade").update();
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public int endToEnd() {
        long jvmBefore = jvmCpuNanos();
        long cpuBefore = cpuNanos();
        IngestionReport report = ingestion.ingest(sourceId);
        cpuSpent += cpuNanos() - cpuBefore;
        jvmCpuSpent += jvmCpuNanos() - jvmBefore;
        articles += report.stored();
        if (report.stored() != PAGES) {
            throw new IllegalStateException("stored " + report.stored() + " of " + PAGES + ": " + report);
        }
        return report.stored();
    }

    private long cpuSpent;
    private long jvmCpuSpent;

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
    private long articles;

    /** CPU time of this JVM plus of the PostgreSQL backends connected as this benchmark. */
    private long cpuNanos() {
        long jvm = jvmCpuNanos();
        List<Integer> backends = jdbc.sql("select pid from pg_stat_activity where application_name = 'peacewatch-bench'")
                .query(Integer.class).list();
        long ticks = 0;
        for (int pid : backends) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            } catch (IOException | RuntimeException gone) {
                // A backend that ended between the query and the read no longer counts.
            }
        }
        return jvm + ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public long baselineRawFetch() throws Exception {
        List<Future<Integer>> bodies = new ArrayList<>(PAGES);
        for (int i = 0; i < PAGES; i++) {
            URI uri = URI.create(site.url("/news/" + i));
            bodies.add(rawPool.submit(() -> raw.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body().length));
        }
        long bytes = 0;
        for (Future<Integer> body : bodies) {
            bytes += body.get();
        }
        return bytes;
    }

    @TearDown(Level.Trial)
    public void stop() {
        long tagged = jdbc.sql("select count(distinct article_id) from article_actor").query(Long.class).single();
        System.out.println("Articles tagged with at least one actor after the last invocation: " + tagged);
        if (articles > 0 && tagged != PAGES) {
            throw new IllegalStateException("tagged " + tagged + " of " + PAGES + " articles");
        }
        if (articles > 0) {
            double cpuMsPerArticle = cpuSpent / 1e6 / articles;
            System.out.printf("CPU per article (JVM + PostgreSQL backends): %.2f ms (JVM %.2f ms), i.e. %.0f articles per CPU-second%n",
                    cpuMsPerArticle, jvmCpuSpent / 1e6 / articles, 1000 / cpuMsPerArticle);
        }
        rawPool.shutdownNow();
        app.close();
        site.close();
    }

    private static String page(int i) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 12; p++) {
            body.append("<p>").append(PARAGRAPHS[(i + p) % PARAGRAPHS.length]).append(" Report ").append(i).append('.')
                    .append(p).append(".</p>\n");
        }
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks update %1$d | Local Wire</title>
                <meta property="og:title" content="Talks update %1$d">
                <meta property="article:published_time" content="2025-11-%2$02dT%3$02d:00:00Z">
                <link rel="canonical" href="/news/%1$d"></head>
                <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
                <article><h1>Talks update %1$d</h1>%4$s</article>
                <footer><p>Local Wire, all rights reserved.</p></footer></body></html>"""
                .formatted(i, 1 + i % 28, i % 24, body);
    }
}
