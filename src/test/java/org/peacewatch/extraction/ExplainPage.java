package org.peacewatch.extraction;

import java.nio.file.Path;

import org.jsoup.Jsoup;

/**
 * Prints how the body extractor sees each text block of one saved page (kept or not, sizes, the boilerplate element
 * that dropped it, the text); a tuning aid for the evaluation set. Argument: a {@code .html.gz} file.
 */
public final class ExplainPage {

    private ExplainPage() {
    }

    public static void main(String[] args) throws Exception {
        String html = ExtractionEvaluation.read(Path.of(args[0]));
        System.out.print(BodyExtractor.explain(Jsoup.parse(html), null));
    }
}
