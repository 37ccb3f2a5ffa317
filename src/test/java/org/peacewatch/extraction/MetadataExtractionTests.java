package org.peacewatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class MetadataExtractionTests {

    private static final String BODY = "<p>" + "Negotiators met again in Geneva on Sunday, officials said. ".repeat(8) + "</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedArticle extract(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://news.example.org/world/2024/05/02/talks-resume");
    }

    /** A page whose URL carries no date, so that rules after the URL in the precedence can show. */
    private ExtractedArticle extractUndated(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://news.example.org/world/talks");
    }

    @Test
    void readsNewsArticleInsideJsonLdGraph() {
        var article = extract("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example News"},
                  {"@type":"NewsArticle","headline":"Talks resume in Geneva","datePublished":"2024-05-03T09:15:00+02:00",
                   "dateModified":"2024-05-03T11:00:00+02:00","author":[{"@type":"Person","name":"Anna Schmidt"},
                   {"@type":"Person","name":"Petro Kovalenko"}],"publisher":{"@type":"Organization","name":"Example News"}}]}
                </script>""", BODY);
        assertThat(article.title()).isEqualTo("Talks resume in Geneva");
        assertThat(article.authors()).containsExactly("Anna Schmidt", "Petro Kovalenko");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-03T07:15:00Z"));
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(article.modifiedAt()).isEqualTo(Instant.parse("2024-05-03T09:00:00Z"));
        assertThat(article.siteName()).isEqualTo("Example News");
    }

    @Test
    void toleratesSloppyJsonLdWithTrailingCommas() {
        var article = extract("""
                <script type="application/ld+json">{"@type":"ReportageNewsArticle","datePublished":"2024-04-01",
                "author":"By Jane Doe and John Roe",}</script>""", BODY);
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(article.authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void fallsBackToOpenGraphAndArticleProperties() {
        var article = extract("""
                <title>Talks resume in Geneva | Example News</title>
                <meta property="og:title" content="Talks resume in Geneva | Example News">
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2024-05-03T06:00:00Z">
                <meta property="og:description" content="Delegations return.">
                <link rel="canonical" href="https://news.example.org/talks">""", BODY);
        assertThat(article.title()).isEqualTo("Talks resume in Geneva");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-03T06:00:00Z"));
        assertThat(article.description()).isEqualTo("Delegations return.");
        assertThat(article.canonicalUrl()).isEqualTo("https://news.example.org/talks");
    }

    @Test
    void readsMetaNamesAndDublinCore() {
        var article = extract("""
                <meta name="author" content="Von Max Mustermann und Erika Musterfrau">
                <meta name="DC.date.issued" content="2024-02-24">""", BODY);
        assertThat(article.authors()).containsExactly("Max Mustermann", "Erika Musterfrau");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2024, 2, 24));
    }

    @Test
    void readsTimeElementWhenNoMetaStatesTheDate() {
        var article = extract("", "<article><h1>Talks</h1><time datetime=\"2024-03-09T18:00:00+01:00\">9 March</time>" + BODY + "</article>");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-03-09T17:00:00Z"));
    }

    @Test
    void readsMicrodata() {
        var article = extract("", """
                <div itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Talks</h1>
                <span itemprop="author" itemscope><span itemprop="name">Olena Shevchenko</span></span>
                <span itemprop="datePublished" content="2023-12-01">1 Dec</span>""" + BODY + "</div>");
        assertThat(article.authors()).containsExactly("Olena Shevchenko");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2023, 12, 1));
    }

    @Test
    void takesTheDateFromTheUrlWhenThePageStatesNone() {
        var article = extract("<title>Talks</title>", BODY);
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    @Test
    void usesTheFeedDateOnlyAsTheLastResort() {
        Instant feedDate = Instant.parse("2024-06-01T10:00:00Z");
        var undated = extractor.extract("<html><body>" + BODY + "</body></html>", "https://example.org/talks", feedDate, null);
        var dated = extractor.extract("<html><head><meta property=\"article:published_time\" content=\"2024-05-30T08:00:00Z\">"
                + "</head><body>" + BODY + "</body></html>", "https://example.org/talks", feedDate, null);
        assertThat(undated.publishedAt()).isEqualTo(feedDate);
        assertThat(dated.publishedAt()).isEqualTo(Instant.parse("2024-05-30T08:00:00Z"));
    }

    @Test
    void prefersTheHeadlineOverAnSeoTitleThatContainsIt() {
        var article = extract("<title>Talks resume in Geneva - latest updates and analysis - Example News</title>",
                "<article><h1>Talks resume in Geneva</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Talks resume in Geneva");
    }

    @Test
    void ignoresASiteNameHeadingLinkedToTheHomePage() {
        var article = extract("<title>Talks resume in Geneva | My Blog</title>",
                "<h1><a href=\"/\">My Blog</a></h1><article><h2>Talks resume in Geneva</h2>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Talks resume in Geneva");
    }

    @Test
    void trustsTheTextOverAWrongRussianLangAttributeOnUkrainianText() {
        String ukrainian = "<p>" + "Переговори про припинення вогню відновилися в Женеві, повідомили українські посадовці. "
                .repeat(6) + "Це важливий крок, який підтримують європейські партнери.</p>";
        var article = extractor.extract("<html lang=\"ru\"><body>" + ukrainian + "</body></html>", null);
        assertThat(article.language()).isEqualTo("uk");
    }

    @Test
    void keepsTheDeclaredLanguageWhenTheTextAgrees() {
        var article = extractor.extract("<html lang=\"en-GB\"><body>" + BODY + "</body></html>", null);
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void dropsThePipeSiteTailWhenTheHeadingDiffers() {
        var article = extract("<title>Test | Site</title>", "<h1>Other</h1>" + BODY);
        assertThat(article.title()).isEqualTo("Test");
    }

    @Test
    void prefersTheVisibleHeadlineOverARewrittenMetaTitle() {
        var article = extract("""
                <title>Geneva talks: what we know | Example News</title>
                <meta property="og:title" content="Geneva talks: what we know">""",
                "<article><h1>Ceasefire talks resume in Geneva after two weeks</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Ceasefire talks resume in Geneva after two weeks");
    }

    @Test
    void dropsAKickerMarkedUpInsideTheHeadline() {
        var article = extract("<title>Talks resume in Geneva</title>", """
                <article><h1><span class="dachzeile">Nach zwei Wochen</span> <span class="headline">Talks resume in Geneva</span></h1>
                """ + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Talks resume in Geneva");
    }

    @Test
    void takesTheHeadlineSegmentOfAnAgencyTitleThatPutsItLast() {
        var article = extract("<title>BfS - Pressemitteilungen - Neue Karte zeigt Radon im Boden</title>", """
                <h1 class="aural">Navigation und Service</h1>
                <article><h1>Neue Karte zeigt Radon im Boden</h1>""" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Neue Karte zeigt Radon im Boden");
    }

    @Test
    void stripsTheSiteNameFromAHiddenHeadingThatRepeatsTheDocumentTitle() {
        var article = extract("""
                <meta property="og:site_name" content="Umweltamt">
                <title>Atomkraft ist nicht nachhaltig | Umweltamt</title>""",
                "<h1 class=\"visuallyhidden\">Atomkraft ist nicht nachhaltig | Umweltamt</h1>" + BODY);
        assertThat(article.title()).isEqualTo("Atomkraft ist nicht nachhaltig");
    }

    @Test
    void usesATitleElementOutsideTheHead() {
        var article = extractor.extract("<html><body><title>Alles Neue macht der Mai | Bibliothek</title>" + BODY
                + "</body></html>", "https://blog.example.org/2014/05/18/mai/");
        assertThat(article.title()).isEqualTo("Alles Neue macht der Mai");
    }

    @Test
    void keepsAHeadingInAHeaderContainerWhenItIsTheWholeMetaTitle() {
        var article = extract("<title>The top 25 analytics companies of 2025 | The Software Report</title>", """
                <header id="masthead" class="site-header"><div><div><h1>The top 25 analytics companies of 2025</h1></div></div></header>
                """ + BODY);
        assertThat(article.title()).isEqualTo("The top 25 analytics companies of 2025");
    }

    @Test
    void decodesEntitiesThatThePageEscapedTwiceInTheHeadline() {
        var article = extract("<title>Twelve data analysis tools for Python, SQL &amp;#x26; AI</title>",
                "<article><h1>Twelve data analysis tools for Python, SQL &amp;#x26; AI</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Twelve data analysis tools for Python, SQL & AI");
    }

    @Test
    void dropsAShortPipeTailFromTheHeadline() {
        var article = extract("<title>Best residential movers in 2025 | Top 19 Companies | Movers</title>",
                "<article><h1>Best residential movers in 2025 | Top 19 Companies</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Best residential movers in 2025");
    }

    @Test
    void keepsAPipeInAHeadlineWhenTheEndIsLongOrTheStartShort() {
        assertThat(MetadataReader.withoutPipeTail("Top cameras of 2025 under $2500 | The best mirrorless cameras on the market"))
                .isEqualTo("Top cameras of 2025 under $2500 | The best mirrorless cameras on the market");
        assertThat(MetadataReader.withoutPipeTail("30.11. | Buch der Woche")).isEqualTo("30.11. | Buch der Woche");
        assertThat(MetadataReader.withoutPipeTail("Talks resume in Geneva | Opinion")).isEqualTo("Talks resume in Geneva");
    }

    @Test
    void trustsAHeadingInATitleBoxWhenItIsTheJsonLdHeadline() {
        var article = extract("""
                <title>Here are the six types of HR outsourcing.</title>
                <meta property="og:title" content="Here are the six types of HR outsourcing.">
                <script type="application/ld+json">{"@type":"BlogPosting","headline":"6 Types of HR Outsourcing You Need to Know About"}</script>""",
                "<div class=\"blog-title-info\"><h1>6 Types of HR Outsourcing You Need to Know About</h1></div>" + BODY);
        assertThat(article.title()).isEqualTo("6 Types of HR Outsourcing You Need to Know About");
    }

    @Test
    void takesTheMetaTitleWhenTheH1IsALedeParagraph() {
        var article = extract("<title>The ten renovations with the best return | RenoFi</title>", """
                <article><h1>Learn which home renovations have the best return on investment. Get expert tips on how to
                understand and calculate the return of a renovation, and learn everything you need to know about the
                potential value of your home renovation project.</h1>""" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("The ten renovations with the best return");
    }

    @Test
    void prefersAnH2AboveTheH1ThatRepeatsTheMetaTitle() {
        var article = extract("<title>What do people love about Rust? | Rust Blog</title>", """
                <section><header><h2>What do people love about Rust?</h2></header>
                <div class="post"><h2>What do people appreciate?</h2><p>Intro.</p>
                <h1>But what they love is the sense of empowerment and versatility</h1>""" + BODY + "</div></section>");
        assertThat(article.title()).isEqualTo("What do people love about Rust?");
    }

    @Test
    void countsRepeatedBoxHeadingsOnceWhenLookingForALoneHeadline() {
        var article = extract("<title>Christmas Gift Guide | Journelles | Jetzt entdecken!</title>", """
                <article><h1>Mein cosy Home Gift Guide bei Westwing Collection</h1>""" + BODY + """
                </article><div class="popup"><h1>Das ist Liebe in deinem Posteingang: Unser Newsletter!</h1></div>
                <div class="popup"><h1>Das ist Liebe in deinem Posteingang: Unser Newsletter!</h1></div>""");
        assertThat(article.title()).isEqualTo("Mein cosy Home Gift Guide bei Westwing Collection");
    }

    @Test
    void trustsAShortHeadingThatIsTheFirstSegmentOfTheDocumentTitle() {
        var article = extract("<title>Ben Wilson Surf - Point of Sail - Segelmacher, Surf und Kite Shop und Reparatur in Kiel</title>",
                "<article><h1>Ben Wilson Surf</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Ben Wilson Surf");
    }

    @Test
    void prefersTheLongerOfTwoHeadingsThatEachMatchAMetaTitle() {
        var article = extract("""
                <title>Aktuelles - Eawag</title>
                <meta property="og:title" content="Auf das erste Elektron kommt es an">""", """
                <h1 class="pagetitle hidden">Aktuelles</h1><article><h1>Auf das erste Elektron kommt es an</h1>""" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Auf das erste Elektron kommt es an");
    }

    @Test
    void dropsALabelInsideTheLinkThatMakesUpTheHeading() {
        assertThat(MetadataReader.headingText(org.jsoup.Jsoup.parseBodyFragment("""
                <h1><a href="/threads/3976/"><span class="label">Patch Notes</span>Patchnotes 4.47.4 - Bugfix Build</a></h1>""")
                .selectFirst("h1"))).isEqualTo("Patchnotes 4.47.4 - Bugfix Build");
    }

    @Test
    void dropsTheSitesDomainWrittenBeforeTheTitleWithoutASeparator() {
        var article = extractor.extract("<html><head><title>davidbau.com Vibe Coding</title></head><body>"
                + "<div id=\"banner\"><h1><a href=\"https://davidbau.com/\">davidbau.com</a></h1></div>" + BODY + "</body></html>",
                "https://davidbau.com/archives/2025/12/16/vibe_coding.html");
        assertThat(article.title()).isEqualTo("Vibe Coding");
    }

    @Test
    void repairsAHeadlineWhoseUtf8WasReadAsLatin1() {
        var article = extract("<title>A DIY Investor\u00e2\u0080\u0099s Guide to Retirement Calculators</title>",
                "<article><h1>A DIY Investor\u00e2\u0080\u0099s Guide to Retirement Calculators</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("A DIY Investor\u2019s Guide to Retirement Calculators");
    }

    @Test
    void writesAHeadlineSetInCapitalsAsTheMetaTitleWritesIt() {
        var article = extract("<title>Talks Resume in Geneva | Example News</title>",
                "<article><h1>TALKS RESUME IN GENEVA</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Talks Resume in Geneva");
    }

    @Test
    void takesTheTitleCaseOfAMetaTitleOverASentenceCaseHeadingOfTheSameWords() {
        var article = extract("<meta property=\"og:title\" content=\"How to Install Solar Panels in 2026\">",
                "<article><h1>How to install solar panels in 2026</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("How to Install Solar Panels in 2026");
    }

    @Test
    void keepsTheHeadingsCaseWhenAMetaTitleWritesItSoOrOnlyInCapitals() {
        var repeated = extract("""
                <meta property="og:title" content="How to Install Solar Panels in 2026">
                <meta name="twitter:title" content="How to install solar panels in 2026">""",
                "<article><h1>How to install solar panels in 2026</h1>" + BODY + "</article>");
        assertThat(repeated.title()).isEqualTo("How to install solar panels in 2026");
        var shouted = extract("<title>TALKS RESUME IN GENEVA</title>", "<article><h1>Talks resume in Geneva</h1>" + BODY + "</article>");
        assertThat(shouted.title()).isEqualTo("Talks resume in Geneva");
    }

    @Test
    void composesATitleWrittenWithCombiningMarks() {
        // U+09DC is excluded from composition: its composed form is U+09A1 U+09BC.
        var article = extract("<title>\u09AC\u09BE\u09DC\u09BF\u09B0 \u09B8\u09BE\u09AE\u09A8\u09C7</title>", BODY);
        assertThat(article.title()).isEqualTo("\u09AC\u09BE\u09A1\u09BC\u09BF\u09B0 \u09B8\u09BE\u09AE\u09A8\u09C7");
    }

    @Test
    void dropsATitleSegmentThatSpellsTheDomainsName() {
        var article = extractor.extract("<html><head><title>Europas Topathleten fit für München 2022 - European Championships"
                + " Munich 2022</title></head><body>" + BODY + "</body></html>", "https://www.munich2022.com/de/topathleten");
        assertThat(article.title()).isEqualTo("Europas Topathleten fit für München 2022");
    }

    @Test
    void takesTheLinkedTitleWithoutTheSourceAndCommentCountBesideIt() {
        var article = extract("<title>Stanford graduates find their degrees no longer guarantee jobs - Slashdot</title>", """
                <article><h1><span class="story-title"><a href="/story/25/12/19/stanford">Stanford graduates find their
                degrees no longer guarantee jobs</a> <span>(latimes.com)</span></span> <span class="bubble">87</span></h1>
                """ + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Stanford graduates find their degrees no longer guarantee jobs");
    }

    @Test
    void ignoresACommentsHeadingThatQuotesTheTitle() {
        var article = extract("<title>Open-sourcing the printer CAD files under a new license - Prusa</title>", "<article>" + BODY
                + "</article><div id=\"comments\"><h2 class=\"comments-title\">15 Replies to “Open-sourcing the printer CAD files"
                + " under a new license”</h2></div>");
        assertThat(article.title()).isEqualTo("Open-sourcing the printer CAD files under a new license");
    }

    @Test
    void keepsAHeadingThatIsAWholeMetaTitleEvenWhenAnotherEndsIt() {
        var article = extract("""
                <title>Real Estate Investing for Beginners Real Estate 101</title>
                <meta property="og:site_name" content="RealtyMogul">
                <script type="application/ld+json">{"@type":"Article","headline":"RealtyMogul.com | Real Estate 101"}</script>""",
                "<article><h1>Real Estate Investing for Beginners Real Estate 101</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Real Estate Investing for Beginners Real Estate 101");
    }

    @Test
    void keepsALeadingYearThatTheJsonLdHeadlineLeavesOut() {
        var article = extract("""
                <title>2025 Software Development Price Guide | FullStack Blog</title>
                <script type="application/ld+json">{"@type":"Article","headline":"Software Development Price Guide &amp; Hourly Rate Comparison"}</script>""",
                "<article><h1>2025 Software Development Price Guide &amp; Hourly Rate Comparison</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("2025 Software Development Price Guide & Hourly Rate Comparison");
    }

    @Test
    void readsAUtcTimestampOnThePublishersLocalDay() {
        var article = extract("""
                <meta property="article:published_time" content="2025-12-19T02:41:41+00:00">""",
                "<article><h1>Talks</h1><time datetime=\"2025-12-18T21:46:01-05:00\">December 18, 2025</time>" + BODY + "</article>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2025, 12, 18));
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-12-19T02:41:41Z"));
    }

    @Test
    void readsAUtcTimestampInTheZoneOfTheCountryDomain() {
        var article = extractor.extract("""
                <html><head><meta property="article:published_time" content="2022-11-06T23:00:00.000Z"></head>
                <body>""" + BODY + "</body></html>", "https://zeitung.example.de/artikel/reisen");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2022, 11, 7));
    }

    @Test
    void keepsALocalTimeThatStatesNoZone() {
        var article = extractor.extract("""
                <html><head><meta property="article:published_time" content="2022-05-10T23:35:55"></head>
                <body>""" + BODY + "</body></html>", "https://diario.example.uy/nota");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2022, 5, 10));
    }

    @Test
    void readsRdfaDatesOnOrdinaryElements() {
        var article = extractUndated("", "<article><h1>Talks</h1><span property=\"schema:dateCreated\" content=\"2022-01-28T12:45:46+01:00\"></span>"
                + BODY + "</article>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2022, 1, 28));
    }

    @Test
    void readsTheDateOfAnyJsonLdObjectWhenNoArticleHasOne() {
        var article = extractUndated("""
                <script type="application/ld+json">{"@type":"HowTo","name":"Tablecloth","datePublished":"2022-01-10T22:06:08Z"}</script>""",
                BODY);
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2022, 1, 10));
    }

    @Test
    void readsADateWrittenInTheByline() {
        var article = extractUndated("", "<article><h1>Talks</h1><div class=\"author\">Author: Bo am 29.12.2010, 13:36 Uhr</div>" + BODY + "</article>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2010, 12, 29));
    }

    @Test
    void readsALabelledPublicationDateInTheFooter() {
        var article = extractor.extract("<html><body><article><h1>Talks</h1>" + BODY + "</article>"
                + "<p>Lesungen: 61<br>Erschienen am: 01.11.2023</p></body></html>", "https://example.org/talks");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2023, 11, 1));
    }

    @Test
    void prefersAVisibleTimeElementOverAGenericDateMeta() {
        var article = extractUndated("<meta name=\"date\" content=\"2020-04-30\">",
                "<article><h1>Talks</h1><time datetime=\"2020-04-29T12:01:00+02:00\">29.04.2020, 12:01 Uhr</time>" + BODY + "</article>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2020, 4, 29));
    }

    @Test
    void ignoresTheTimesOfComments() {
        var article = extractUndated("", "<article><h1>Talks</h1>" + BODY + "<p>Posted on 20.09.2020</p></article>"
                + "<div class=\"comment-box\"><div><time datetime=\"2020-09-23T18:19:06+02:00\">23.09.20</time></div></div>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2020, 9, 20));
    }

    @Test
    void takesTheUpdateDayWhenThePageShowsOnlyThat() {
        var article = extractUndated("""
                <meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
                <meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">""",
                "<article><h1>Talks</h1><div class=\"info\">ca. 8 Min. 12.01.2022</div>" + BODY + "</article>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2022, 1, 12));
    }

    @Test
    void keepsThePublicationDayWhenThePageShowsIt() {
        var article = extractUndated("""
                <meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
                <meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">""",
                "<article><h1>Talks</h1><p>Updated Jan 12, 2022, originally created 29 Nov 2021</p>" + BODY + "</article>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2021, 11, 29));
    }

    @Test
    void keepsThePublicationDayWhenThePageShowsNoDay() {
        var article = extractUndated("""
                <meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
                <meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">""",
                "<article><h1>Talks</h1>" + BODY + "</article>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2021, 11, 29));
    }

    @Test
    void prefersThePublicationFieldWhoseDayThePageShows() {
        var article = extractUndated("""
                <meta property="article:published_time" content="2022-12-15T09:13:00">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks","datePublished":"2021-12-06 14:36"}</script>""",
                "<article><h1>Talks</h1><div class=\"info\">15.12.2022</div>" + BODY + "</article>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2022, 12, 15));
    }

    @Test
    void keepsTheUtcDayThePageShowsInsteadOfTheCountryZone() {
        var article = extractor.extract("""
                <html><body><article><h1>Talks</h1><time datetime="2019-12-26T23:07:45+00:00">26/12/2019</time>"""
                + BODY + "</article></body></html>", "https://www.example.ch/?p=5031");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2019, 12, 26));
    }

    @Test
    void keepsTheLocalMidnightOfAUtcTimeEvenWhenTheUtcDayIsShown() {
        var article = extractor.extract("""
                <html><head><meta property="article:published_time" content="2022-11-06T23:00:00.000Z"></head>
                <body><article><h1>Talks</h1>""" + BODY + "</article><aside>Concert on 06.11.2022</aside></body></html>",
                "https://zeitung.example.de/artikel/reisen");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2022, 11, 7));
    }

    @Test
    void keepsTheDayOfThePagesOwnOffsetOverTheSameInstantInUtc() {
        var article = extractUndated("""
                <meta property="article:published_time" content="2022-05-03T21:25:00-03:00">
                <meta property="article:modified_time" content="2022-05-04T00:25:00Z">""",
                "<article><h1>Talks</h1>" + BODY + "</article><aside>Agenda 04/05/2022</aside>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2022, 5, 3));
    }

    @Test
    void takesTheDatelineUnderTheHeadlineWhenThePageShowsNoneOfTheStatedDays() {
        var article = extractUndated("""
                <script type="application/ld+json">{"@type":"Article","headline":"Talks","datePublished":"2016-08-29T21:54:39.000Z",
                "dateModified":"2020-10-01T13:23:47.000Z"}</script>""",
                "<article><h1>Talks</h1><div class=\"byline\"><span>By Sarah Yang</span> <span>Updated May 06, 2019</span></div>"
                + BODY + "</article>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2019, 5, 6));
    }

    @Test
    void doesNotTakeADateFromTheFirstSentenceForADateline() {
        var article = extractUndated("<meta property=\"article:published_time\" content=\"2016-01-15T10:00:00+01:00\">",
                "<article><h1>Talks</h1><p>We are looking for a new colleague to start on 1 April 2016 or earlier, in Geneva.</p>"
                + BODY + "</article>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2016, 1, 15));
    }

    @Test
    void doesNotTakeTheDateOfAnotherPostInTheSidebarForADateline() {
        var article = extractUndated("<meta property=\"article:published_time\" content=\"2012-06-08T13:27:29Z\">",
                "<article><h1>Talks</h1>" + BODY + "</article><div class=\"widget widget_recent_entries\"><ul><li>"
                + "<a href=\"/other\">Other post</a> <span class=\"post-date\">23. Januar 2020</span></li></ul></div>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2012, 6, 8));
    }

    @Test
    void prefersADateLineNamedAsThePostDateOverAnEarlierEventDate() {
        var article = extractUndated("", "<div class=\"field-seminar-datum\">19.1.23, 10:00-11:30 Uhr</div>"
                + "<article><h1>Talks</h1><div class=\"field--name-node-post-date\">20.12.2022</div>" + BODY + "</article>");
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2022, 12, 20));
    }

    @Test
    void takesTheNameOutOfAVisibleBylineWithDateAndSection() {
        assertThat(MetadataReader.bylineName("Posted on September 21, 2020 by Adi Tzlil")).isEqualTo("Adi Tzlil");
        assertThat(MetadataReader.bylineName("8. Januar 2020 · by Aureliana · in Gefühle")).isEqualTo("Aureliana");
        assertThat(MetadataReader.bylineName("Bo2man am 29.12.2010, 13:36 Uhr")).isEqualTo("Bo2man");
        assertThat(MetadataReader.bylineName("Anna Schmidt")).isEqualTo("Anna Schmidt");
    }

    @Test
    void skipsCommentFormLabelsWhenLookingForAByline() {
        var article = extractUndated("", "<article><h1>Talks</h1>" + BODY + "</article>"
                + "<form><p class=\"comment-form-author\"><label>Name *</label></p></form>");
        assertThat(article.authors()).isEmpty();
    }

    @Test
    void rejectsAWebAddressAsAuthor() {
        var article = extractUndated("<meta name=\"author\" content=\"jungefreiheit.de\">",
                "<article><h1>Talks</h1><div class=\"author\">Boris T. Kaiser</div>" + BODY + "</article>");
        assertThat(article.authors()).containsExactly("Boris T. Kaiser");
    }

    @Test
    void ignoresALoneHeadingOfABoxBesideTheArticle() {
        var article = extract("<title>Talks resume in Geneva | Example News</title>",
                "<article>" + BODY + "</article><aside><h1>Sign up for our daily newsletter today</h1></aside>");
        assertThat(article.title()).isEqualTo("Talks resume in Geneva");
    }

    @Test
    void classifiesClassAndIdValuesAsBylineOrDateLinesInAnyAsciiCase() {
        assertThat(MetadataReader.hintsOf("post-Author-box")).isEqualTo(MetadataReader.BYLINE);
        assertThat(MetadataReader.hintsOf("entry-meta")).isEqualTo(MetadataReader.DATE);
        assertThat(MetadataReader.hintsOf("article-byline")).isEqualTo(MetadataReader.BYLINE | MetadataReader.DATE);
        assertThat(MetadataReader.hintsOf("credit timestamp")).isEqualTo(MetadataReader.BYLINE | MetadataReader.DATE);
        assertThat(MetadataReader.hintsOf("dat autho")).isZero();
        // Only ASCII letters fold: a dotted capital I is no "i".
        assertThat(MetadataReader.hintsOf("\u0130nfo")).isZero();
        assertThat(MetadataReader.hintsOf("")).isZero();
    }

    @Test
    void classifiesClassAndIdValuesAsTheWordRegexesWould() {
        // ASCII-only case folding, as hintsOf promises: no UNICODE_CASE flag.
        Pattern byline = Pattern.compile("byline|author|writer|autor|reporter|contributor|credit", Pattern.CASE_INSENSITIVE);
        Pattern date = Pattern.compile("date|time|publish|posted|datum|created|meta|byline|info", Pattern.CASE_INSENSITIVE);
        String[] pieces = {"au", "AU", "thor", "tor", "by", "Line", "wri", "ter", "re", "porter", "con", "tributor", "cred",
                "it", "da", "te", "tum", "ti", "me", "pub", "lish", "po", "sted", "crea", "ted", "in", "fo", "ME", "ta",
                "-", "_", " ", "x", "9", "@", "[", "\u0130", "\u0131", "\u212a", "e", "a"};
        Random random = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder value = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            String v = value.toString();
            int expected = (byline.matcher(v).find() ? MetadataReader.BYLINE : 0) | (date.matcher(v).find() ? MetadataReader.DATE : 0);
            assertThat(MetadataReader.hintsOf(v)).as(v).isEqualTo(expected);
        }
    }

    @Test
    void readsThePublicationDateThatAScriptKeepsInItsState() {
        var article = extractUndated("<title>Talks resume in Geneva</title>", """
                <script>window.__STATE__ = {"page":{"publisher":"Example","publishedBy":"desk",
                "story":{\\"publishDate\\":\\"2025-05-27T08:00:00Z\\"}}};</script>""" + BODY);
        assertThat(article.publishedDay()).isEqualTo(LocalDate.of(2025, 5, 27));
    }

    @Test
    void findsTheScriptDateWhereTheRegexWould() {
        // Keys quoted, escaped or bare, near misses ("publisher", a bare "ublish"), separators and values.
        String[] pieces = {"\"", "\\\"", ":", " ", "\"datePublished\"", "\\\"publishDate\\\"", "\"published_at\"",
                "publishedAt", "\"pubDate\"", "date_published", "\"first_published_at\"", "\"publicationDate\"",
                "\"publisher\"", "ublish", "sub", "Date", "2024-05-03", "T10:00:00Z", "x", ",", "\u0416"};
        Random random = new Random(11);
        int matches = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder data = new StringBuilder();
            for (int k = random.nextInt(16); k >= 0; k--) {
                data.append(pieces[random.nextInt(pieces.length)]);
            }
            String d = data.toString();
            var m = MetadataReader.SCRIPT_DATE.matcher(d);
            String expected = m.find() ? m.group(1) : null;
            matches += expected == null ? 0 : 1;
            assertThat(MetadataReader.scriptDateValue(d)).as(d).isEqualTo(expected);
        }
        assertThat(matches).as("generated scripts that hold a date").isGreaterThan(1_000);
    }

    @Test
    void removesTrailingSeparatorsAsTheEndAnchoredRegexDid() {
        assertThat(MetadataReader.withoutTrailingSeparators("Talks resume in Geneva | ")).isEqualTo("Talks resume in Geneva");
        assertThat(MetadataReader.withoutTrailingSeparators("Talks - day two :: ")).isEqualTo("Talks - day two");
        assertThat(MetadataReader.withoutTrailingSeparators("Talks")).isEqualTo("Talks");
        // "$" also matches before a final line terminator, which stays.
        assertThat(MetadataReader.withoutTrailingSeparators("Talks - \u0085")).isEqualTo("Talks\u0085");
    }

    @Test
    void countsWordsAsSplittingOnWhiteSpaceRunsDid() {
        assertThat(MetadataReader.splitWordCount("Talks resume  in\tGeneva ")).isEqualTo(4);
        assertThat(MetadataReader.splitWordCount(" Talks")).isEqualTo(2);
        assertThat(MetadataReader.splitWordCount("")).isEqualTo(1);
        assertThat(MetadataReader.splitWordCount("  ")).isZero();
    }

    @Test
    void removesLeadingSeparatorsAsTheStartAnchoredRegexDid() {
        for (String tail : new String[] {" – Talks resume", ":| Talks", "—Talks - day two", "Talks", "", " \t- ", "\u00a0Talks"}) {
            assertThat(MetadataReader.withoutLeadingSeparators(tail)).as(tail).isEqualTo(tail.replaceFirst("^[\\s:|\\-–—]+", ""));
        }
    }

    @Test
    void judgesATextLongOnlyByCharactersItsTextKeeps() {
        var doc = org.jsoup.Jsoup.parseBodyFragment("<div id=long><p>" + "Talks resume. ".repeat(20) + "</p></div>"
                + "<div id=spaces>" + " \u00a0\u00ad".repeat(300) + "<span>5 May 2024</span></div>");
        assertThat(MetadataReader.textLongerThan(doc.getElementById("long"), 200)).isTrue();
        assertThat(MetadataReader.textLongerThan(doc.getElementById("spaces"), 200)).isFalse();
    }

    @Test
    void keepsAPlainAbsoluteHrefAsJsoupWouldResolveIt() {
        String[] hrefs = {"https://news.example.org/world/talks", "http://Example.ORG", "https://example.org?page=2",
                "https://example.org/a?", "https://example.org/a#", "https://user:pw@example.org:8443/a/b?c=d#e",
                "https://example.org/a%20b/", "https://example.org/a/../b", "https://example.org/./b", "HTTPS://example.org/",
                " https://example.org/", "https://example.org/a b", "https://bücher.example/", "https://example.org\\a",
                "//example.org/a", "/world/talks", "talks", "?page=2", "mailto:desk@example.org", ""};
        List<String> all = new ArrayList<>(List.of(hrefs));
        for (char c = '!'; c < 0x7f; c++) {
            all.add("https://example.org/a" + c + "b?c" + c + "d#e" + c);
            all.add("https://example" + c + "org/");
        }
        var softly = new SoftAssertions();
        for (String href : all) {
            var link = org.jsoup.Jsoup.parse("<link rel=canonical>", "https://news.example.org/world/").selectFirst("link");
            link.attr("href", href);
            softly.assertThat(MetadataReader.absoluteHref(link)).as(href).isEqualTo(link.absUrl("href"));
        }
        softly.assertAll();
        assertThat(MetadataReader.isPlainWebAddress("https://example.org/a/../b")).isFalse();
        assertThat(MetadataReader.isPlainWebAddress("https://news.example.org/world/talks")).isTrue();
    }

    @Test
    void splitsTitlesAtSeparatorsAsTheRegexDid() {
        String[] examples = {"Talks resume | Example News", "Talks resume - World - Example", "Talks: day two",
                "Talks resume :: Example", "Talks»Example", "Talks -| Example", " | Talks", "Talks | ", " | ", "|", "",
                "Talks  \t–—  resume", "a-b - c", "a -b", "a- b", "a · b•c", "a \u00a0| b", "a\u2028|\u2028b"};
        // Spaces, every separator character and letters, runs of them in every order.
        String pieces = " \t\n|-–—·•:»«/\\~a\u00a0";
        List<String> texts = new ArrayList<>(List.of(examples));
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(10); length > 0; length--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            texts.add(text.toString());
        }
        List<String> differing = new ArrayList<>();
        int split = 0;
        for (String text : texts) {
            String[] expected = MetadataReader.TITLE_SEPARATOR.split(text);
            if (!java.util.Arrays.equals(MetadataReader.splitAtSeparators(text), expected)
                    || MetadataReader.hasSeparator(text) != MetadataReader.TITLE_SEPARATOR.matcher(text).find()) {
                differing.add(text);
            }
            if (expected.length != 1) {
                split++;
            }
        }
        assertThat(differing).isEmpty();
        // Texts the regex splits are the ones that test the split; make sure there are many.
        assertThat(split).isGreaterThan(50_000);
    }

    @Test
    void findsSidebarAndPublishedLineHintsAsTheRegexesDid() {
        String[] words = {"side", "bar", "widget", "wid", "get", "related", "rel", "ated", "recent", "teaser", "tea",
                "publi", "pub", "date", "post", "-", "ed", "created", "entry", "cr", "eated", "Side", "RELATED", "\u0130", " ", "x"};
        int sidebars = 0;
        int publishedLines = 0;
        java.util.Random random = new java.util.Random(13);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder value = new StringBuilder();
            for (int length = random.nextInt(6); length > 0; length--) {
                value.append(words[random.nextInt(words.length)]);
            }
            String v = value.toString();
            boolean sidebar = MetadataReader.SIDEBAR_HINT.matcher(v.toLowerCase(java.util.Locale.ROOT)).find();
            boolean publishedLine = MetadataReader.PUBLISHED_LINE.matcher(v).find();
            assertThat(MetadataReader.sidebarHint(v)).as(v).isEqualTo(sidebar);
            assertThat(MetadataReader.isPublishedLineHint(v)).as(v).isEqualTo(publishedLine);
            sidebars += sidebar ? 1 : 0;
            publishedLines += publishedLine ? 1 : 0;
        }
        assertThat(sidebars).isGreaterThan(10_000);
        assertThat(publishedLines).isGreaterThan(10_000);
    }

    @Test
    void resolvesLinksWithSchemesJavaCannotOpenAsJsoupDoes() {
        String[] hrefs = {"tel:+49 30 1234", "javascript:void(0)", "whatsapp://send?text=talks", "sms:123", "TEL:1",
                "fb-messenger://share?link=x", "data:text/plain,talks", "mailto:desk@example.org", "MAILTO:desk@example.org",
                "https://news.example.org/", "HTTPS://news.example.org/a", "ftp://files.example.org/a", "jar:file:/a!/b",
                "jar:x", "url:tel:1", "url:https://news.example.org/", "a,b:c", "1tel:2", "tel:1\t2", "tel", "tel:",
                " tel:1", "tel:1 ", "/world/talks", "talks?page=2", "#top", "//cdn.example.org/x", "a+b.c-d:e"};
        var doc = org.jsoup.Jsoup.parse("<a>x</a>", "https://news.example.org/world/talks");
        var link = doc.selectFirst("a");
        for (String href : hrefs) {
            link.attr("href", href);
            assertThat(MetadataReader.absoluteHref(link)).as(href).isEqualTo(link.absUrl("href"));
        }
        assertThat(MetadataReader.hasSchemeWithoutUrlHandler("tel:1")).isTrue();
        assertThat(MetadataReader.hasSchemeWithoutUrlHandler("javascript:void(0)")).isTrue();
        assertThat(MetadataReader.hasSchemeWithoutUrlHandler("mailto:desk@example.org")).isFalse();
        assertThat(MetadataReader.hasSchemeWithoutUrlHandler("jar:x")).isFalse();
        assertThat(MetadataReader.hasSchemeWithoutUrlHandler("/world/talks")).isFalse();
    }

    @Test
    void findsTheLastBylineMarkerWhereTheRegexDid() {
        String[] pieces = {"by", "BY", "bY", "von", "VON", "par", "door", "DOOR", "di", "DI", "d\u0131", "d\u0130", "por",
                " ", " ", "\t", "\n", "\u000B", "\u00b7", "\u00a0", "\u2028", "x", "Anna", "byx", "s"};
        java.util.Random random = new java.util.Random(19);
        int found = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(10); length > 0; length--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            var m = MetadataReader.BYLINE_MARKER.matcher(t);
            int expected = -1;
            while (m.find()) {
                expected = m.end();
            }
            assertThat(MetadataReader.endOfLastBylineMarker(t)).as(t).isEqualTo(expected);
            found += expected >= 0 ? 1 : 0;
        }
        assertThat(found).isGreaterThan(10_000);
    }

    @Test
    void findsSiteHeadingHintsAsTheRegexDid() {
        String[] words = {"masthead", "site", "title", "name", "logo", "branding", "blog", "header", "-", " ", "mast", "head",
                "sit", "lo", "go", "brand", "x"};
        List<String> differing = new ArrayList<>();
        int hints = 0;
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder hint = new StringBuilder();
            for (int length = random.nextInt(6); length > 0; length--) {
                hint.append(words[random.nextInt(words.length)]);
            }
            boolean expected = MetadataReader.SITE_HEADING_HINT.matcher(hint).find();
            if (MetadataReader.isSiteHeadingHint(hint.toString()) != expected) {
                differing.add(hint.toString());
            }
            if (expected) {
                hints++;
            }
        }
        assertThat(differing).isEmpty();
        assertThat(hints).isGreaterThan(20_000);
    }
}
