package org.peacewatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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

class ExtractCommandTests {

    private static final String PAGE = """
            <html lang="en"><head><title>Talks resume | Wire</title>
            <meta property="og:title" content="Talks resume"><meta property="article:published_time" content="2024-05-03T06:00:00Z">
            <meta name="author" content="By Jane Doe"></head><body><article><h1>Talks resume</h1>
            <p>Delegations returned to Geneva on Sunday for a third round of talks, officials said on Monday.</p></article></body></html>""";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return new ExtractCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream())).execute(args);
    }

    private String[] lines() {
        return out.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void printsOneJsonObjectPerFileIncludingGzippedAndStdin() throws IOException {
        Path html = Files.writeString(dir.resolve("a.html"), PAGE);
        Path gz = dir.resolve("b.html.gz");
        try (var zip = new GZIPOutputStream(Files.newOutputStream(gz))) {
            zip.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        int exit = run(PAGE, "--url", "https://wire.example/talks", html.toString(), gz.toString(), "-");
        assertThat(exit).isZero();
        assertThat(lines()).hasSize(3);
        JsonNode first = JsonMapper.builder().build().readTree(lines()[0]);
        assertThat(first.get("file").asString()).isEqualTo(html.toString());
        assertThat(first.get("url").asString()).isEqualTo("https://wire.example/talks");
        assertThat(first.get("title").asString()).isEqualTo("Talks resume");
        assertThat(first.get("authors").get(0).asString()).isEqualTo("Jane Doe");
        assertThat(first.get("publishedAt").asString()).isEqualTo("2024-05-03T06:00:00Z");
        assertThat(first.get("language").asString()).isEqualTo("en");
        assertThat(first.get("text").asString()).startsWith("Delegations returned to Geneva");
        assertThat(lines()[1]).isEqualTo(lines()[0].replace(html.toString(), gz.toString()));
    }

    @Test
    void reportsAnUnreadableFileOnItsLineAndStillSucceedsWhenAnotherWasRead() throws IOException {
        Path html = Files.writeString(dir.resolve("a.html"), PAGE);
        int exit = run("", dir.resolve("missing.html").toString(), html.toString());
        assertThat(exit).isZero();
        JsonNode first = JsonMapper.builder().build().readTree(lines()[0]);
        assertThat(first.get("error").asString()).isNotBlank();
        assertThat(first.has("text")).isFalse();
    }

    @Test
    void failsWhenNoFileCouldBeRead() {
        assertThat(run("", dir.resolve("missing.html").toString())).isNotZero();
        assertThat(run("")).isNotZero();
    }
}
