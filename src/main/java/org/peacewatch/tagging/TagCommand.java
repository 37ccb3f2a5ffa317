package org.peacewatch.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.peacewatch.extraction.ArticleExtractor;
import org.peacewatch.extraction.ExtractedArticle;
import org.peacewatch.tagging.matching.Tagger;
import org.peacewatch.tagging.matching.Tagging;
import org.peacewatch.tagging.matching.Taxonomy;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar peacewatch.jar tag FILE...}: tags text or HTML files with the bundled taxonomy, without Spring or a
 * database, and prints one JSON object per file. A {@code .txt} file's first non-empty line is the title and the rest
 * the body; {@code .html} and {@code .html.gz} files go through article extraction first.
 */
public final class TagCommand {

    private static final Pattern META_CHARSET = Pattern.compile("charset=[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private final Tagger tagger;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final JsonMapper json = JsonMapper.builder().build();

    TagCommand(Tagger tagger) {
        this.tagger = tagger;
    }

    /** Entry point for the command line; returns the process exit code (1 if any file failed, 2 on bad usage). */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: java -jar peacewatch.jar tag FILE... (.txt, .html or .html.gz)");
            return 2;
        }
        TagCommand command = new TagCommand(new Tagger(Taxonomy.bundled()));
        int exit = 0;
        for (String file : args) {
            try {
                out.println(command.tagFile(Path.of(file)));
            } catch (IOException | IllegalArgumentException e) {
                err.println(file + ": " + e.getMessage());
                exit = 1;
            }
        }
        out.flush();
        return exit;
    }

    String tagFile(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String title;
        String text;
        if (name.endsWith(".txt")) {
            String content = Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
            String trimmed = content.stripLeading();
            int newline = trimmed.indexOf('\n');
            title = newline < 0 ? trimmed.strip() : trimmed.substring(0, newline).strip();
            text = newline < 0 ? "" : trimmed.substring(newline + 1).strip();
        } else if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
            byte[] bytes;
            try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(path)) : Files.newInputStream(path)) {
                bytes = in.readAllBytes();
            }
            ExtractedArticle article = extractor.extract(decode(bytes), path.toUri().toString());
            title = article.title() == null ? "" : article.title();
            text = article.text() == null ? "" : article.text();
        } else {
            throw new IllegalArgumentException("unsupported file type (use .txt, .html or .html.gz)");
        }
        Tagging tagging = tagger.tag(title, text);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", path.toString());
        line.put("language", tagging.language());
        line.put("actors", tagging.actors());
        line.put("topics", tagging.topics());
        return json.writeValueAsString(line);
    }

    /** UTF-8 unless the page's first bytes declare another charset that the JVM knows. */
    static String decode(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        if (m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (IllegalArgumentException ignored) {
                // Unknown or malformed name: UTF-8 is the web's default.
            }
        }
        return new String(bytes, charset);
    }
}
