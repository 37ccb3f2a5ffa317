package org.peacewatch.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code generate} command: loads N synthetic but realistic articles (three languages, Zipf-distributed actors,
 * topics and words, weekly rhythm and news spikes over several years) with about five tags each straight into
 * PostgreSQL through COPY, then rebuilds the rollups once. For benchmarks only: it runs with triggers off
 * (session_replication_role = replica), so never point it at a database an application is writing to.
 */
public final class ArticleGenerator {

    record Options(String url, String user, String password, int articles, int sources, int days, long seed) {
    }

    record Tag(long id, String slug, String name) {
    }

    private static final String[] EN = ("talks negotiations government officials said statement meeting president "
            + "minister delegation proposal agreement draft plan security guarantees ceasefire frontline troops border "
            + "sanctions energy grain port exports Kyiv Moscow Washington Brussels summit envoy week Monday Tuesday "
            + "Wednesday Thursday Friday weekend round progress deadlock demands concessions territory occupied regions "
            + "referendum elections reconstruction aid package billion funding military drones missiles strikes "
            + "infrastructure power outages winter prisoners exchange humanitarian corridor observers monitoring "
            + "mission United Nations allies partners European leaders conference Geneva Istanbul Riyadh Doha Vatican "
            + "mediators framework memorandum points clause text signed rejected welcomed criticised warned urged "
            + "according sources familiar matter spokesperson briefing reporters interview television late early "
            + "expected likely hopes doubts pressure deal lasting just peace end war").split(" ");

    private static final String[] UK = ("переговори уряд заява зустріч президент міністр делегація пропозиція угода "
            + "план гарантії безпеки припинення вогню фронт війська кордон санкції енергетика зерно порт Київ Москва "
            + "Вашингтон Брюссель саміт посланець тиждень прогрес вимоги поступки територія окуповані регіони вибори "
            + "відбудова допомога фінансування дрони ракети удари інфраструктура обміну полоненими гуманітарний "
            + "коридор місія союзники партнери лідери конференція меморандум пункти підписали відхилили попередили "
            + "джерела речник брифінг журналісти тиск мир війна завершення").split(" ");

    private static final String[] RU = ("переговоры правительство заявление встреча президент министр делегация "
            + "предложение соглашение план гарантии безопасности прекращение огня фронт войска граница санкции "
            + "энергетика зерно порт Киев Москва Вашингтон Брюссель саммит посланник неделя прогресс требования "
            + "уступки территория регионы выборы восстановление помощь финансирование дроны ракеты удары "
            + "инфраструктура обмен пленными гуманитарный коридор миссия союзники партнеры лидеры конференция "
            + "меморандум пункты подписали отклонили предупредили источники представитель брифинг журналисты "
            + "давление мир война завершение").split(" ");

    /** Actors and topics a production taxonomy holds beyond the skeleton's few, so tag selectivity is realistic. */
    static final String[][] EXTRA_ACTORS = {
            {"lavrov", "Sergey Lavrov", "PERSON"}, {"peskov", "Dmitry Peskov", "PERSON"}, {"dmitriev", "Kirill Dmitriev", "PERSON"},
            {"ushakov", "Yuri Ushakov", "PERSON"}, {"yermak", "Andriy Yermak", "PERSON"}, {"umerov", "Rustem Umerov", "PERSON"},
            {"sybiha", "Andrii Sybiha", "PERSON"}, {"rubio", "Marco Rubio", "PERSON"}, {"vance", "JD Vance", "PERSON"},
            {"kellogg", "Keith Kellogg", "PERSON"}, {"kushner", "Jared Kushner", "PERSON"}, {"driscoll", "Dan Driscoll", "PERSON"},
            {"macron", "Emmanuel Macron", "PERSON"}, {"starmer", "Keir Starmer", "PERSON"}, {"merz", "Friedrich Merz", "PERSON"},
            {"meloni", "Giorgia Meloni", "PERSON"}, {"tusk", "Donald Tusk", "PERSON"}, {"stubb", "Alexander Stubb", "PERSON"},
            {"erdogan", "Recep Tayyip Erdogan", "PERSON"}, {"orban", "Viktor Orban", "PERSON"}, {"rutte", "Mark Rutte", "PERSON"},
            {"von-der-leyen", "Ursula von der Leyen", "PERSON"}, {"kallas", "Kaja Kallas", "PERSON"}, {"xi-jinping", "Xi Jinping", "PERSON"},
            {"guterres", "Antonio Guterres", "PERSON"}, {"pope-leo", "Pope Leo XIV", "PERSON"}, {"china", "China", "STATE"},
            {"turkey", "Turkey", "STATE"}, {"united-kingdom", "United Kingdom", "STATE"}, {"france", "France", "STATE"},
            {"germany", "Germany", "STATE"}, {"poland", "Poland", "STATE"}, {"saudi-arabia", "Saudi Arabia", "STATE"},
            {"qatar", "Qatar", "STATE"}, {"belarus", "Belarus", "STATE"}, {"united-nations", "United Nations", "ORGANISATION"},
            {"iaea", "IAEA", "ORGANISATION"}, {"icrc", "ICRC", "ORGANISATION"}, {"osce", "OSCE", "ORGANISATION"},
            {"coalition-of-the-willing", "Coalition of the willing", "GROUP"}};

    static final String[][] EXTRA_TOPICS = {
            {"elections", "Elections"}, {"nuclear-plant", "Zaporizhzhia nuclear plant"}, {"black-sea", "Black Sea navigation"},
            {"reconstruction", "Reconstruction"}, {"frozen-assets", "Frozen Russian assets"}, {"nato-membership", "NATO membership"},
            {"eu-accession", "EU accession"}, {"humanitarian", "Humanitarian corridors"}, {"energy-truce", "Energy strikes truce"},
            {"children", "Return of deported children"}, {"accountability", "War crimes accountability"},
            {"minerals-deal", "Minerals deal"}, {"peacekeepers", "Peacekeeping force"}, {"army-size", "Size of Ukraine's army"}};

    private ArticleGenerator() {
    }

    /** Entry point of {@code java -jar peacewatch.jar generate --articles N [...]}; returns the exit code. */
    public static int run(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: generate [--articles 1000000] [--sources 60] [--days 1095] [--seed 42] "
                    + "[--url jdbc:postgresql://127.0.0.1:5432/pw_bench] [--user postgres] [--password '']");
            return 2;
        }
        try {
            new Loader(options).load();
            return 0;
        } catch (SQLException | IOException e) {
            System.err.println("generate failed: " + e.getMessage());
            return 1;
        }
    }

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
        String env = System.getenv("SPRING_DATASOURCE_URL");
        var options = new Options(
                values.getOrDefault("url", env != null ? env : "jdbc:postgresql://localhost:5432/peacewatch"),
                values.getOrDefault("user", System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres")),
                values.getOrDefault("password", System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "")),
                Integer.parseInt(values.getOrDefault("articles", "1000000")),
                Integer.parseInt(values.getOrDefault("sources", "60")),
                Integer.parseInt(values.getOrDefault("days", "1095")),
                Long.parseLong(values.getOrDefault("seed", "42")));
        if (options.articles() < 1 || options.sources() < 1 || options.days() < 1) {
            throw new IllegalArgumentException("--articles, --sources and --days must be positive");
        }
        return options;
    }

    private static final class Loader {

        private final Options options;
        private final SplittableRandom random;

        Loader(Options options) {
            this.options = options;
            this.random = new SplittableRandom(options.seed());
        }

        void load() throws SQLException, IOException {
            long started = System.nanoTime();
            Flyway.configure().dataSource(options.url(), options.user(), options.password())
                    .locations("classpath:db/migration").load().migrate();
            try (Connection db = DriverManager.getConnection(options.url(), options.user(), options.password())) {
                db.setAutoCommit(false);
                taxonomy(db);
                List<Tag> actors = tags(db, "actor");
                List<Tag> topics = tags(db, "topic");
                long[][] sources = sources(db);
                db.commit();
                try (Statement s = db.createStatement()) {
                    // Bulk load without row triggers or FK checks; the rollups are rebuilt once at the end.
                    s.execute("set session_replication_role = replica");
                }
                long base;
                try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from article")) {
                    rs.next();
                    base = rs.getLong(1);
                }
                List<String> indexes = dropSecondaryIndexes(db);
                copy(db, base, sources, actors, topics);
                System.out.printf("copied %,d articles in %.1f s; rebuilding %d indexes%n", options.articles(), seconds(started), indexes.size());
                try (Statement s = db.createStatement()) {
                    s.execute("set maintenance_work_mem = '512MB'");
                    for (String index : indexes) {
                        s.execute(index);
                    }
                }
                db.commit();
                try (Statement s = db.createStatement()) {
                    s.execute("select setval(pg_get_serial_sequence('article', 'id'), " + (base + options.articles()) + ")");
                    s.execute("set session_replication_role = origin");
                    System.out.printf("indexed in %.1f s; rebuilding rollups%n", seconds(started));
                    s.execute("select timeline_rollup_rebuild()");
                }
                db.commit();
                db.setAutoCommit(true);
                try (Statement s = db.createStatement()) {
                    s.execute("vacuum analyze article, article_actor, article_topic, timeline_count, source_day_count");
                }
                System.out.printf("generated %,d articles in %.1f s%n", options.articles(), seconds(started));
            }
        }

        /**
         * Drops the non-unique indexes of the tables we load (building them once afterwards is several times faster
         * than updating them row by row) and returns their definitions, read from the catalog so that indexes other
         * migrations add are kept too.
         */
        private static List<String> dropSecondaryIndexes(Connection db) throws SQLException {
            List<String> definitions = new ArrayList<>();
            List<String> names = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                    select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                    from pg_index i
                    where i.indrelid in ('article'::regclass, 'article_actor'::regclass, 'article_topic'::regclass)
                      and not i.indisunique and not i.indisprimary""")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
            try (Statement s = db.createStatement()) {
                for (String name : names) {
                    s.execute("drop index " + name);
                }
            }
            db.commit();
            return definitions;
        }

        private static double seconds(long started) {
            return (System.nanoTime() - started) / 1e9;
        }

        /** The bundled taxonomy when the tables are empty (no app has started here yet), plus the extra entries. */
        private void taxonomy(Connection db) throws SQLException, IOException {
            try (InputStream in = ArticleGenerator.class.getResourceAsStream("/tagging/taxonomy.json")) {
                if (in != null) {
                    JsonNode root = JsonMapper.builder().build().readTree(in);
                    for (JsonNode actor : root.path("actors")) {
                        insertActor(db, actor.path("slug").asString(), actor.path("name").asString(), actor.path("kind").asString("GROUP"));
                    }
                    for (JsonNode topic : root.path("topics")) {
                        insertTopic(db, topic.path("slug").asString(), topic.path("name").asString());
                    }
                }
            }
            for (String[] actor : EXTRA_ACTORS) {
                insertActor(db, actor[0], actor[1], actor[2]);
            }
            for (String[] topic : EXTRA_TOPICS) {
                insertTopic(db, topic[0], topic[1]);
            }
        }

        private static void insertActor(Connection db, String slug, String name, String kind) throws SQLException {
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into actor (slug, name, kind) values (?, ?, ?) on conflict (slug) do nothing")) {
                insert.setString(1, slug);
                insert.setString(2, name);
                insert.setString(3, kind);
                insert.executeUpdate();
            }
        }

        private static void insertTopic(Connection db, String slug, String name) throws SQLException {
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into topic (slug, name) values (?, ?) on conflict (slug) do nothing")) {
                insert.setString(1, slug);
                insert.setString(2, name);
                insert.executeUpdate();
            }
        }

        private static List<Tag> tags(Connection db, String table) throws SQLException {
            List<Tag> tags = new ArrayList<>();
            // Fixed table names from this class only.
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("select id, slug, name from " + table + " order by id")) {
                while (rs.next()) {
                    tags.add(new Tag(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return tags;
        }

        /** Synthetic sources: half English, a quarter each Ukrainian and Russian. Returns {id, language index}. */
        private long[][] sources(Connection db) throws SQLException {
            long[][] sources = new long[options.sources()][];
            String[] languages = {"en", "uk", "ru"};
            try (PreparedStatement upsert = db.prepareStatement("""
                    insert into source (name, kind, url, language, enabled) values (?, 'FEED', ?, ?, false)
                    on conflict (url) do update set name = excluded.name returning id""")) {
                for (int i = 0; i < sources.length; i++) {
                    int language = i % 4 == 0 ? 1 : i % 4 == 1 ? 2 : 0;
                    upsert.setString(1, "Synthetic source " + (i + 1));
                    upsert.setString(2, "https://synthetic-" + (i + 1) + ".example/rss");
                    upsert.setString(3, languages[language]);
                    try (ResultSet rs = upsert.executeQuery()) {
                        rs.next();
                        sources[i] = new long[]{rs.getLong(1), language};
                    }
                }
            }
            return sources;
        }

        private void copy(Connection db, long base, long[][] sources, List<Tag> actors, List<Tag> topics) throws SQLException {
            var copyApi = db.unwrap(PGConnection.class).getCopyAPI();
            double[] dayWeights = dayWeights();
            double[] sourceWeights = zipf(sources.length, 0.8);
            double[] actorWeights = zipf(actors.size(), 1.0);
            double[] topicWeights = zipf(topics.size(), 0.9);
            double[] enWeights = zipf(EN.length, 1.0);
            double[] ukWeights = zipf(UK.length, 1.0);
            double[] ruWeights = zipf(RU.length, 1.0);
            LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).minusDays(options.days() - 1L);
            // Ingestion stores articles roughly as they are published, so the heap is in date order; loading them
            // in date order too keeps range scans on published_at as local as they are in production.
            long[] published = new long[options.articles()];
            long firstSecond = firstDay.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            for (int i = 0; i < published.length; i++) {
                published[i] = firstSecond + pick(dayWeights) * 86_400L + random.nextInt(86_400);
            }
            java.util.Arrays.sort(published);
            int batch = 20_000;
            for (int start = 0; start < options.articles(); start += batch) {
                int end = Math.min(options.articles(), start + batch);
                StringBuilder articles = new StringBuilder(batch * 600);
                StringBuilder actorRows = new StringBuilder(batch * 120);
                StringBuilder topicRows = new StringBuilder(batch * 120);
                for (int i = start; i < end; i++) {
                    long id = base + i + 1;
                    long[] source = sources[pick(sourceWeights)];
                    int language = (int) source[1];
                    Instant publishedAt = Instant.ofEpochSecond(published[i]);
                    List<Tag> articleActors = distinct(actors, actorWeights, 1 + random.nextInt(4));
                    List<Tag> articleTopics = distinct(topics, topicWeights, 1 + random.nextInt(4));
                    String[] words = language == 0 ? EN : language == 1 ? UK : RU;
                    double[] weights = language == 0 ? enWeights : language == 1 ? ukWeights : ruWeights;
                    String title = articleActors.get(0).name() + " " + sentence(words, weights, 5 + random.nextInt(5))
                            + " " + articleTopics.get(0).name().toLowerCase(java.util.Locale.ROOT);
                    StringBuilder text = new StringBuilder();
                    for (Tag tag : articleActors) {
                        text.append(sentence(words, weights, 6 + random.nextInt(8))).append(' ').append(tag.name()).append(". ");
                    }
                    for (Tag tag : articleTopics) {
                        text.append(tag.name()).append(' ').append(sentence(words, weights, 6 + random.nextInt(8))).append(". ");
                    }
                    String url = "https://synthetic-" + source[0] + ".example/news/" + id;
                    articles.append(id).append('\t').append(source[0]).append('\t').append(url).append('\t').append(url)
                            .append('\t').append(title).append('\t').append(text).append('\t')
                            .append(language == 0 ? "en" : language == 1 ? "uk" : "ru").append('\t').append(publishedAt)
                            .append('\t').append(publishedAt.plusSeconds(300 + random.nextInt(3600))).append('\t')
                            .append(Long.toHexString(random.nextLong())).append('\n');
                    for (Tag tag : articleActors) {
                        tagRow(actorRows, id, tag);
                    }
                    for (Tag tag : articleTopics) {
                        tagRow(topicRows, id, tag);
                    }
                }
                copyIn(copyApi, "copy article (id, source_id, url, canonical_url, title, text, language, published_at, fetched_at, content_hash) from stdin", articles);
                copyIn(copyApi, "copy article_actor (article_id, actor_id, mentions, score, evidence) from stdin", actorRows);
                copyIn(copyApi, "copy article_topic (article_id, topic_id, mentions, score, evidence) from stdin", topicRows);
                db.commit();
                if ((end / batch) % 10 == 0) {
                    System.out.printf("  %,d articles%n", end);
                }
            }
        }

        private void tagRow(StringBuilder rows, long articleId, Tag tag) {
            int mentions = 1 + random.nextInt(6);
            double score = Math.round((0.2 + 0.8 * random.nextDouble()) * 1000) / 1000.0;
            rows.append(articleId).append('\t').append(tag.id()).append('\t').append(mentions).append('\t').append(score)
                    .append('\t').append("… ").append(tag.name()).append(" …").append('\n');
        }

        private static void copyIn(org.postgresql.copy.CopyManager copyApi, String sql, StringBuilder rows) throws SQLException {
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            CopyIn copy = copyApi.copyIn(sql);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        }

        /** More coverage lately, less at weekends, and a few news spikes (a summit, a leaked plan). */
        private double[] dayWeights() {
            LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(options.days() - 1L);
            double[] weights = new double[options.days()];
            double sum = 0;
            for (int d = 0; d < weights.length; d++) {
                int dow = first.plusDays(d).getDayOfWeek().getValue();
                double w = (0.5 + (double) d / weights.length) * (dow >= 6 ? 0.6 : 1.0);
                if (random.nextInt(60) == 0) {
                    w *= 3 + random.nextInt(4);
                }
                sum += w;
                weights[d] = sum;
            }
            return normalise(weights, sum);
        }

        private static double[] zipf(int n, double s) {
            double[] weights = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                weights[i] = sum;
            }
            return normalise(weights, sum);
        }

        private static double[] normalise(double[] cumulative, double sum) {
            for (int i = 0; i < cumulative.length; i++) {
                cumulative[i] /= sum;
            }
            return cumulative;
        }

        private int pick(double[] cumulative) {
            int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
        }

        private List<Tag> distinct(List<Tag> all, double[] weights, int count) {
            List<Tag> chosen = new ArrayList<>(count);
            for (int attempt = 0; chosen.size() < Math.min(count, all.size()) && attempt < count * 10; attempt++) {
                Tag tag = all.get(pick(weights));
                if (!chosen.contains(tag)) {
                    chosen.add(tag);
                }
            }
            return chosen;
        }

        private String sentence(String[] words, double[] weights, int length) {
            StringBuilder sentence = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    sentence.append(' ');
                }
                sentence.append(words[pick(weights)]);
            }
            return sentence.toString();
        }
    }
}
