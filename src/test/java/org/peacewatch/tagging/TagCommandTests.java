package org.peacewatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TagCommandTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return TagCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String[] lines() {
        return out.toString(StandardCharsets.UTF_8).strip().split("\n");
    }

    @Test
    void tagsATextFileWithFirstLineAsTitle() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "\n\nПутін відкинув мирний план\nКремль заявив, що Москва не бачила документа. Зеленський відповів.\n");
        assertThat(run(file.toString())).isZero();
        JsonNode line = JsonMapper.builder().build().readTree(lines()[0]);
        assertThat(line.get("file").asString()).isEqualTo(file.toString());
        assertThat(line.get("language").asString()).isEqualTo("uk");
        JsonNode putin = null;
        for (JsonNode actor : line.get("actors")) {
            putin = actor.get("slug").asString().equals("putin") ? actor : putin;
        }
        assertThat(putin.get("name").asString()).isEqualTo("Vladimir Putin");
        assertThat(putin.get("mentions").asInt()).isEqualTo(1);
        assertThat(putin.get("evidence").get("field").asString()).isEqualTo("title");
        assertThat(line.get("actors").toString()).contains("\"russia\"", "\"zelenskyy\"");
        assertThat(line.get("topics").get(0).get("slug").asString()).isEqualTo("peace-plan");
    }

    @Test
    void extractsHtmlAndGzippedHtmlBeforeTagging() throws IOException {
        String html = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Envoys meet | Wire</title></head>
                <body><nav><p>Most read: Turkey prices soar</p></nav>
                <article><h1>Envoys meet in Geneva</h1><p>Witkoff and Umerov discussed a ceasefire and security guarantees.</p></article>
                </body></html>""";
        Path plain = Files.writeString(dir.resolve("page.html"), html);
        Path gz = dir.resolve("page.html.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(html.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run(plain.toString(), gz.toString())).isZero();
        String[] lines = lines();
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode node = JsonMapper.builder().build().readTree(line);
            assertThat(node.get("language").asString()).isEqualTo("en");
            assertThat(node.get("actors").toString()).contains("\"witkoff\"", "\"umerov\"");
            assertThat(node.get("topics").toString()).contains("\"ceasefire\"", "\"security-guarantees\"");
        }
    }

    @Test
    void reportsUnreadableAndUnsupportedFilesAndCarriesOn() throws IOException {
        Path good = Files.writeString(dir.resolve("ok.txt"), "Trump\nTrump spoke.");
        assertThat(run(dir.resolve("missing.txt").toString(), dir.resolve("x.pdf").toString(), good.toString())).isEqualTo(1);
        assertThat(lines()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt", "unsupported file type");
    }

    @Test
    void withoutFilesPrintsUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }
}
