package org.peacewatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Random;

import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SkimmedPageTests {

    private static final String BODY =
            "<p>" + "Negotiators met again in Geneva on Sunday, officials said. ".repeat(8) + "</p>";
    private static final String LD = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume in Geneva",
            "datePublished":"2025-03-14T09:00:00Z"}</script>""";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void handsTheParserThePageWithoutScriptAndStyleTextAndKeepsTheScriptText() throws IOException {
        String html = "<head><SCRIPT src=a.js></SCRIPT><style>p{color:red}</style><script>var x = 1 < 2;</script>"
                + "</head><body><p>Text</p><script type=module>go()</script ></body>";
        SkimmedPage page = SkimmedPage.of(html);
        assertThat(read(page.reader())).isEqualTo("<head><SCRIPT src=a.js></SCRIPT><style></style><script></script>"
                + "</head><body><p>Text</p><script type=module></script ></body>");
        assertThat(page.scriptCount()).isEqualTo(3);
        assertThat(page.styleCount()).isEqualTo(1);
        assertThat(page.scriptText(0)).isEmpty();
        assertThat(page.scriptText(1)).isEqualTo("var x = 1 < 2;");
        assertThat(page.scriptText(2)).isEqualTo("go()");
        assertThat(page.scriptLength(1)).isEqualTo(14);
        assertThat(page.scriptText(3)).isEmpty();
    }

    @Test
    void endsScriptTextOnlyAtItsOwnEndTag() throws IOException {
        String html = "<script>if (a </b) document.write('</scripts>'); x = '</script-like>';</script><p>after</p>";
        SkimmedPage page = SkimmedPage.of(html);
        assertThat(page.scriptText(0)).isEqualTo("if (a </b) document.write('</scripts>'); x = '</script-like>';");
        assertThat(read(page.reader())).isEqualTo("<script></script><p>after</p>");
    }

    @Test
    void passesOverCommentsAndQuotedGreaterThanSigns() throws IOException {
        String html = "<!-- <script>not a script</script> --><!--><p>a</p><!---><script data-x=\"a>b\" data-y='>'>"
                + "code</script><scripts>text</scripts><styled>text</styled>";
        SkimmedPage page = SkimmedPage.of(html);
        assertThat(page.scriptCount()).isEqualTo(1);
        assertThat(page.scriptText(0)).isEqualTo("code");
        assertThat(read(page.reader())).isEqualTo("<!-- <script>not a script</script> --><!--><p>a</p><!--->"
                + "<script data-x=\"a>b\" data-y='>'></script><scripts>text</scripts><styled>text</styled>");
    }

    @Test
    void skipsTheContentOfImagesThatHoldNoTextOrHtml() throws IOException {
        String icon = "<svg viewBox=\"0 0 9 9\"><g>\n <path d=\"M1 1h7\"/><svg><circle r=\"2\"/></svg></g></svg>";
        String html = "<p>a" + icon + "</p><svg/><p>b</p><SVG class=x>\n<use href=\"#i\"></use>\n</SVG>";
        SkimmedPage page = SkimmedPage.of(html);
        assertThat(read(page.reader())).isEqualTo("<p>a<svg viewBox=\"0 0 9 9\"></svg></p><svg/><p>b</p>"
                + "<SVG class=x></SVG>");
        assertThat(page.svgCount()).isEqualTo(3);
    }

    @Test
    void keepsTheContentOfImagesWithTextInThem() throws IOException {
        // Text in an image joins the text of the elements around it: a byline's avatar initials, an icon's title, and
        // a style's rules, which are text in an image.
        for (String image : new String[] {"<svg><title>Share</title><path d=\"M0 0\"/></svg>",
                "<svg><style>.a{fill:red}</style><path/></svg>",
                "<svg><text x=\"1\">CM</text></svg>", "<svg><g>1 < 2</g></svg>", "<svg><![CDATA[a]]></svg>"}) {
            String html = "<p>By" + image + " Ann</p><script>x()</script>";
            assertThat(read(SkimmedPage.of(html).reader())).as(image)
                    .isEqualTo("<p>By" + image + " Ann</p><script></script>");
            assertThat(parserAgreesWithSkim(html)).as(image).isTrue();
        }
    }

    @Test
    void goesOnAsHtmlWhereAnHtmlTagClosesAnImage() throws IOException {
        SkimmedPage page = SkimmedPage.of("<svg><path/><div><style>p{}</style>Text</div></svg><svg><g/></svg>");
        assertThat(read(page.reader())).isEqualTo("<svg><path/><div><style></style>Text</div></svg><svg></svg>");
        assertThat(page.svgCount()).isEqualTo(2);
    }

    @Test
    void declinesPagesWithImagesItCannotReadAsTheParserDoes() {
        // HTML inside a foreignObject has its own rules, and a script in an image is raw text: the parser is left to it.
        for (String image : new String[] {"<svg><script>go()</script></svg>",
                "<svg><foreignObject><p>Text</p></foreignObject></svg>",
                "<svg><font color=red>a</font></svg>"}) {
            assertThat(SkimmedPage.of("<p>By" + image + " Ann</p>")).as(image).isNull();
        }
        assertThat(SkimmedPage.of("<p>By Ann</p><svg><path/>")).isNull();
    }

    @Test
    void declinesPagesWhereItCouldEndAScriptElsewhereThanTheTokenizer() {
        assertThat(SkimmedPage.of("<p>a</p><script>var open = true;")).isNull();
        assertThat(SkimmedPage.of("<p>a</p><script src=\"x.js")).isNull();
        assertThat(SkimmedPage.of("<style>p{}")).isNull();
        // Inside "<!--", a "<script" makes the first "</script>" close the inner script only.
        assertThat(SkimmedPage.of("<script><!-- document.write('<script>x()</script>'); --></script><p>a</p>")).isNull();
        assertThat(SkimmedPage.of("<script><!-- old browsers --></script><p>a</p>")).isNotNull();
    }

    @Test
    void readsAPageTheSkimMisreadsAsThoughItHadNotSkimmed() {
        // A script tag written inside a title or an attribute value is text to the parser, not a script: the parser then
        // finds fewer scripts than the skim, and the extractor parses the page whole instead.
        String inTitle = "<title>Why <script> tags matter | Example</title>" + LD + "<body>" + BODY;
        String inTitleEscaped = "<title>Why &lt;script> tags matter | Example</title>" + LD + "<body>" + BODY;
        assertThat(parserAgreesWithSkim(inTitle)).isFalse();
        assertThat(parserAgreesWithSkim(inTitleEscaped)).isTrue();
        assertThat(extractor.extract(inTitle, "https://news.example.org/a"))
                .isEqualTo(extractor.extract(inTitleEscaped, "https://news.example.org/a"))
                .extracting(ExtractedArticle::publishedDay).isEqualTo(LocalDate.of(2025, 3, 14));

        String inAttribute = LD + "<body><div data-embed=\"<script src=x></script>\">" + BODY + "</div>";
        String inAttributeEscaped = LD + "<body><div data-embed=\"&lt;script src=x>&lt;/script>\">" + BODY + "</div>";
        assertThat(parserAgreesWithSkim(inAttribute)).isFalse();
        assertThat(extractor.extract(inAttribute, "https://news.example.org/a"))
                .isEqualTo(extractor.extract(inAttributeEscaped, "https://news.example.org/a"));
    }

    @Test
    void readsJsonLdAndScriptStateFromTheSkimmedText() {
        var article = extractor.extract("<head>" + LD + "<style>.x{}</style></head><body>" + BODY + "</body>",
                "https://news.example.org/a");
        assertThat(article.title()).isEqualTo("Talks resume in Geneva");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2025, 3, 14));

        var undated = extractor.extract("<head><title>Talks</title><script src=a.js></script>"
                + "<script>window.state = {\"story\":{\"publishDate\":\"2025-05-27T08:00:00Z\"}};</script></head><body>"
                + BODY + "</body>", "https://news.example.org/a");
        assertThat(undated.publishedDay()).isEqualTo(LocalDate.of(2025, 5, 27));
    }

    @Test
    void extractsFromEveryMixOfTrickyMarkupWhatAWholeParseGives() {
        // Random pages built from the markup where the skim could go wrong: its own cases, the places where the parser
        // does not open raw text (titles, textareas, attributes, selects), escaped scripts, images of every kind, and
        // pieces left open. Skimmed or not, each page must give the same extraction.
        String[] ordinary = {"<p>Negotiators met in Geneva on Sunday, officials said, and talks went on late.</p>",
                "<h1>Talks resume in Geneva</h1>", "<span class=byline>By Ann Smith</span>",
                "<script>var a = 1 < 2; var b = '</scr' + 'ipt>';</script>", "<SCRIPT src=x.js></SCRIPT>",
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-03-14\"}</script>",
                "<script>window.s = {\"publishDate\":\"2024-02-01\"};</script>", "<style>p { color: red }</style>",
                "<style media=\"a>b\">q{}</style>", "<svg viewBox=\"0 0 9 9\"><path d=\"M0 0h9\"/></svg>",
                "<svg><title>Share</title><path/></svg>", "<svg><style>.a{fill:red}</style><g/></svg>",
                "<svg><g><div>Broken out</div></g></svg>", "<svg><text>AN</text></svg>", "<svg><svg><g/></svg></svg>",
                "<svg/>", "<svg><path/></p>", "<!-- <script>c()</script> -->", "<!---->", "<!-->",
                "<table><style>t{}</style><tr><td>Cell</td></tr></table>", "<script><!-- old --></script>",
                "<noscript><style>n{}</style></noscript>", "<template><script>t()</script><p>Later</p></template>",
                "<p>1 < 2 and <b>bold</b></p>", "</svg>", "<div class=\"content\">", "</div>", "<article>", "</article>"};
        String[] tricky = {"<svg><script>s()</script></svg>", "<svg><foreignObject><p>Inside</p></foreignObject></svg>",
                "<!-- a --!> <script>d()</script> -->", "<title>Why <script> tags matter</title>",
                "<textarea><style>x</style><script>y</script></textarea>", "<div data-x=\"<script>\">In a box</div>",
                "<div data-y='<style>'>Styled</div>", "<select><style>q</style></select>",
                "<iframe><script>i()</script></iframe>",
                "<xmp><script>z()</script></xmp>", "<script><!-- <script>a()</script> --></script>", "<svg>", "<script>",
                "<style>", "<!--"};
        Random random = new Random(14);
        int skimmedPages = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder html = new StringBuilder("<html><head>");
            for (int k = 3 + random.nextInt(25); k > 0; k--) {
                String[] from = random.nextInt(20) == 0 ? tricky : ordinary;
                html.append(from[random.nextInt(from.length)]);
                if (k == 3) {
                    html.append("</head><body>");
                }
            }
            String page = html.toString();
            SkimmedPage skimmed = SkimmedPage.of(page);
            if (skimmed != null && parserAgreesWithSkim(page)) {
                skimmedPages++;
            }
            assertThat(extractor.extract(page, "https://news.example.org/a"))
                    .as(page).isEqualTo(extractor.extractParsedWhole(page, "https://news.example.org/a", null, null));
        }
        // Most pages must take the skim, or this compares the whole parse with itself.
        assertThat(skimmedPages).isGreaterThan(1_000);
    }

    private static boolean parserAgreesWithSkim(String html) {
        SkimmedPage page = SkimmedPage.of(html);
        var scan = new MetadataReader.ElementScan(page);
        BodyExtractor.cut(Parser.htmlParser().parseInput(page.reader(), ""), scan);
        return scan.agreesWithSkim();
    }

    private static String read(Reader reader) throws IOException {
        // Small reads, so that parts of the page are handed over across the skipped text.
        StringWriter out = new StringWriter();
        char[] buffer = new char[5];
        for (int n = reader.read(buffer, 0, 5); n >= 0; n = reader.read(buffer, 0, 5)) {
            out.write(buffer, 0, n);
        }
        return out.toString();
    }
}
