package org.peacewatch.extraction;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every field {@link ArticleExtractor} returns for every page of the development set, one page per line, so
 * that a change meant only to make extraction faster can be shown to leave its output unchanged: run it before and
 * after and {@code diff} the two files.
 * Run: {@code java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)"
 * org.peacewatch.extraction.ExtractionSnapshot target/before.txt}.
 */
public final class ExtractionSnapshot {

    private ExtractionSnapshot() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("../shared/benchmarks/extraction-dev");
        JsonNode truth = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("ground-truth.json")));
        ArticleExtractor extractor = new ArticleExtractor();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            for (var entry : truth.properties()) {
                String html = ExtractionEvaluation.read(dir.resolve("html").resolve(entry.getKey() + ".html.gz"));
                ExtractedArticle a = extractor.extract(html, entry.getValue().get("url").asString());
                out.println(entry.getKey() + "\t" + a.toString().replace("\n", "\\n"));
            }
        }
    }
}
