package org.peacewatch.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code extract [--url URL] FILE...}: prints one JSON object per file with what {@link ArticleExtractor} found.
 * FILE is {@code .html}, {@code .html.gz} or {@code -} for standard input. Runs without Spring.
 */
public final class ExtractCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final ArticleExtractor extractor = new ArticleExtractor();

    ExtractCommand(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /** Entry point for the command line; returns the exit code (non-zero only when no file could be read). */
    public static int run(String[] args) {
        return new ExtractCommand(System.in, System.out, System.err).execute(args);
    }

    int execute(String[] args) {
        String url = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--url")) {
                if (i + 1 >= args.length) {
                    return usage();
                }
                url = args[++i];
            } else if (args[i].startsWith("--url=")) {
                url = args[i].substring("--url=".length());
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                return usage();
            } else {
                files.add(args[i]);
            }
        }
        if (files.isEmpty()) {
            return usage();
        }
        int read = 0;
        for (String file : files) {
            ObjectNode line = JSON.createObjectNode();
            line.put("file", file);
            String html;
            try {
                html = read(file);
            } catch (IOException | RuntimeException e) {
                line.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
                out.println(JSON.writeValueAsString(line));
                continue;
            }
            read++;
            ExtractedArticle article = extractor.extract(html, url);
            line.put("url", url);
            line.put("canonicalUrl", article.canonicalUrl());
            line.put("title", article.title());
            var authors = line.putArray("authors");
            article.authors().forEach(authors::add);
            line.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
            line.put("language", article.language());
            line.put("text", article.text());
            if (article.reason() != null) {
                line.put("reason", article.reason());
            }
            out.println(JSON.writeValueAsString(line));
        }
        out.flush();
        return read > 0 ? 0 : 1;
    }

    private String read(String file) throws IOException {
        byte[] bytes;
        if (file.equals("-")) {
            bytes = stdin.readAllBytes();
        } else {
            bytes = Files.readAllBytes(Path.of(file));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private int usage() {
        err.println("usage: java -jar peacewatch.jar extract [--url URL] FILE...   (FILE: .html, .html.gz or - for stdin)");
        return 2;
    }
}
