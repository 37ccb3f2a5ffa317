package org.peacewatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyExtractionTests {

    @Test
    void countsAsBlankExactlyTheWhiteSpaceOfJavaAndTheNoBreakSpace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(BodyExtractor.blank(c)).as("U+%04X", (int) c).isEqualTo(c == '\u00a0' || Character.isWhitespace(c));
        }
    }

    @Test
    void findsPhotoCreditsExactlyWhereTheCreditPatternDoes() {
        // The scan replaces the regex on the hot path; random texts built from the pattern's own letters, cases,
        // separators and the characters Unicode folds to them must get the same answer from both.
        String alphabet = "fotphbildmagesFOTPHBIMAGES(©: \t_1éİıſ\u0301x.";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(3) == 0) {
                text.insert(random.nextInt(text.length() + 1), List.of("(foto", "Photos", "(BILD", "image", "(İmage").get(random.nextInt(5)));
            }
            String s = text.toString();
            assertThat(BodyExtractor.hasCredit(s)).as(s).isEqualTo(BodyExtractor.CREDIT.matcher(s).find());
        }
        assertThat(BodyExtractor.hasCredit("Foto: Reuters")).isTrue();
        assertThat(BodyExtractor.hasCredit("Der Hafen (Fotos: dpa)")).isTrue();
        assertThat(BodyExtractor.hasCredit("Die Fotografin (Fotografie) zeigt")).isFalse();
        assertThat(BodyExtractor.hasCredit("© 2024 AP")).isTrue();
    }

    @Test
    void findsCallsToActionExactlyWhereTheirPatternDoes() {
        // The search starts a fixed distance before the first word found; random texts built from the pattern's own
        // phrases, cut short or whole, anywhere in filler, must get the same answer as a search from the start.
        List<String> phrases = List.of("newsletter", "signing up for our", "sign up to the", "sign up now", "subscribe to our",
                "subscribe now", "support us", "follow us", "get the latest", "never miss", "recaptcha", "all rights reserved",
                "would you consider", "letter to the editor", "we want to hear", "references to products", "download our app",
                "abonnier", "im abo", "unterstütze", "folgen sie uns", "folge uns", "registrieren sie sich", "nicht eingeloggt",
                "ohne gewähr", "lust auf mehr", "mitglied werden", "abonnez", "inscrivez-vous", "suivez-nous", "n'engagent que",
                "síguenos", "siguenos", "suscríbete", "iscriviti", "seguici", "siga-nos");
        String filler = "abcdefghilmnoprstuw  ,.'-";
        java.util.Random random = new java.util.Random(11);
        int matches = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(3);
            for (int p = 0; p < pieces; p++) {
                for (int i = random.nextInt(20); i > 0; i--) {
                    text.append(filler.charAt(random.nextInt(filler.length())));
                }
                String phrase = phrases.get(random.nextInt(phrases.size()));
                text.append(random.nextBoolean() ? phrase : phrase.substring(random.nextInt(phrase.length())));
            }
            String s = text.toString();
            boolean expected = BodyExtractor.CALL_TO_ACTION.matcher(s).find();
            matches += expected ? 1 : 0;
            assertThat(BodyExtractor.callToAction(s)).as(s).isEqualTo(expected);
        }
        assertThat(matches).isGreaterThan(10_000);
        assertThat(BodyExtractor.callToAction("letter to the editor")).isTrue();
        assertThat(BodyExtractor.callToAction("the editor said")).isFalse();
    }

    @Test
    void findsHidingStylesExactlyWhereTheirPatternDoes() {
        // The plain search for "none" and "hidden" stands before the regex; random styles built from the pattern's
        // words in any case, with the characters that lower-case to its letters, must get the same answer.
        List<String> pieces = List.of("display", "DISPLAY", "Display", "visibility", "VISIBILITY", "none", "NONE", "NoNe",
                "hidden", "HIDDEN", "hİdden", "dİsplay", "display:none", "Visibility : Hidden", "DISPLAY:\tNONE", ":", " ", "\t", "\n", ";", "block", "width:10px", "İ", "ı", "\u212a");
        java.util.Random random = new java.util.Random(5);
        int hidden = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder style = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                style.append(pieces.get(random.nextInt(pieces.size())));
            }
            String s = style.toString();
            boolean expected = BodyExtractor.HIDDEN_STYLE.matcher(s.toLowerCase(java.util.Locale.ROOT)).find();
            hidden += expected ? 1 : 0;
            assertThat(BodyExtractor.hiddenByStyle(s)).as(s).isEqualTo(expected);
        }
        assertThat(hidden).isGreaterThan(1_000);
        assertThat(BodyExtractor.hiddenByStyle("Display: None")).isTrue();
        assertThat(BodyExtractor.hiddenByStyle("width: 100px")).isFalse();
    }

    private static final String P1 = "Delegations from both countries returned to Geneva on Sunday for a third round of talks, officials said.";
    private static final String P2 = "The agenda covers a ceasefire line, prisoner exchanges and guarantees, according to a draft seen by reporters.";
    private static final String P3 = "Neither side expected a breakthrough before the end of the week, but both said the channel would stay open.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private String text(String body) {
        return extractor.extract("<html><head><title>Talks resume</title></head><body>" + body + "</body></html>",
                "https://example.org/a").text();
    }

    /** The body text of the standard article with {@code html} inserted before its last paragraph. */
    private String textWithBeforeLastParagraph(String html) {
        return text("<article>" + article().replace("<p>" + P3, html + "<p>" + P3) + "</article>");
    }

    private static String article() {
        return "<h1>Talks resume</h1>" + paragraphs();
    }

    private static String paragraphs() {
        return "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    }

    @Test
    void separatesParagraphsWithABlankLineAndLeavesOutTheHeadline() {
        assertThat(text("<article>" + article() + "</article>")).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void keepsHeadingsListsAndQuotesInReadingOrder() {
        String text = text("<article>" + article().replace("<p>" + P3, "<h2>What is on the table</h2><ul><li>a ceasefire line</li>"
                + "<li>prisoner exchanges</li></ul><blockquote>We are ready to talk, said the envoy.</blockquote><p>" + P3) + "</article>");
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\nWhat is on the table\n\na ceasefire line\nprisoner exchanges"
                + "\n\nWe are ready to talk, said the envoy.\n\n" + P3);
    }

    @Test
    void removesNavigation() {
        String text = text("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news and analysis</a></li></ul></nav>"
                + "<div class=\"menu\">Politics Economy Culture Sport</div><article>" + article() + "</article>");
        assertThat(text).doesNotContain("Home", "World news", "Politics Economy");
        assertThat(text).contains(P1, P3);
    }

    @Test
    void removesMostReadBoxes() {
        String text = text("<article>" + article() + "</article><div class=\"most-read\"><h3>Most read</h3>"
                + "<p>Prices for Turkish holidays soar as summer season starts early this year, operators say.</p></div>");
        assertThat(text).doesNotContain("Most read", "Turkish holidays");
    }

    @Test
    void removesCookieBanners() {
        String text = text("<div id=\"cookie-consent\"><p>We use cookies to improve your experience on our website, "
                + "to personalise content and to analyse our traffic. By continuing you accept this.</p></div>"
                + "<article>" + article() + "</article>");
        assertThat(text).doesNotContain("cookies");
    }

    @Test
    void removesNewsletterPromos() {
        String text = text("<article>" + article().replace("<p>" + P3, "<div class=\"newsletter-signup\"><p>Get our morning "
                + "briefing in your inbox every day, free of charge, with the stories that matter.</p></div><p>" + P3) + "</article>");
        assertThat(text).doesNotContain("morning briefing").contains(P3);
    }

    @Test
    void removesShareBars() {
        String text = text("<article><div class=\"share-bar\"><span>Share this article</span><a href=\"#\">Facebook</a>"
                + "<a href=\"#\">X</a></div>" + article() + "<p>Share</p></article>");
        assertThat(text).doesNotContain("Share", "Facebook");
    }

    @Test
    void removesComments() {
        String text = text("<article>" + article() + "</article><section id=\"comments\"><h2>42 comments</h2>"
                + "<article class=\"comment\"><p>This is a long reader comment that disagrees with the whole premise of "
                + "the article and goes on and on about it for quite a while, with many commas, clauses, and opinions.</p>"
                + "</article></section>");
        assertThat(text).doesNotContain("reader comment", "42 comments");
    }

    @Test
    void removesRelatedStoryTeasers() {
        String text = text("<article>" + article() + "<aside class=\"related\"><h3>Related</h3><a href=\"/b\">Ceasefire "
                + "collapses in the east as shelling resumes</a></aside></article><div class=\"related-stories\">"
                + "<p><a href=\"/c\">Envoy visits Kyiv before the next round</a> An envoy arrived, aides said, before talks.</p></div>");
        assertThat(text).doesNotContain("Ceasefire collapses", "Envoy visits", "Related");
    }

    @Test
    void keepsTheWholeArticleAroundALongPhotoGalleryInsideIt() {
        StringBuilder gallery = new StringBuilder("<div class=\"gallery\">");
        for (int n = 1; n <= 40; n++) {
            gallery.append("<figure><header>News in pictures</header><header>").append(n).append(" March 2025</header>")
                    .append("<figcaption>Delegates arrive at the venue on day ").append(n).append(" of the talks in Geneva</figcaption>")
                    .append("<figcaption>PA</figcaption></figure>");
        }
        gallery.append("</div>");
        String text = text("<div class=\"story\"><h1>Talks resume</h1><p>" + P1 + "</p>" + gallery + "<p>" + P2 + "</p><p>" + P3
                + "</p></div>");
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void keepsAShortArticleAndSaysItIsShort() {
        var article = extractor.extract("<html><body><nav><a href=\"/\">Home</a></nav><article><h1>Brief</h1>"
                + "<p>Talks resume on Monday in Geneva, officials said.</p></article></body></html>", null);
        assertThat(article.text()).isEqualTo("Talks resume on Monday in Geneva, officials said.");
        assertThat(article.reason()).startsWith("short text");
    }

    @Test
    void givesEmptyTextWithAReasonForAPageWithoutAnArticle() {
        var article = extractor.extract("<html><body><nav><ul><li><a href=\"/a\">World</a></li><li><a href=\"/b\">Europe</a></li>"
                + "<li><a href=\"/c\">Ukraine</a></li></ul></nav><footer><a href=\"/imprint\">Imprint</a></footer></body></html>", null);
        assertThat(article.text()).isEmpty();
        assertThat(article.reason()).isNotBlank();
    }

    @Test
    void usesJsonLdArticleBodyWhenTheMarkupHoldsLittleText() {
        String body = (P1 + "\n" + P2 + "\n" + P3 + "\n" + P1 + "\n" + P2).replace("\"", "'");
        var article = extractor.extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"articleBody\":\"" + body.replace("\n", "\\n") + "\"}</script></head><body><div id=\"app\">"
                + "<p>Loading the article, please wait a moment.</p></div></body></html>", null);
        assertThat(article.text()).startsWith(P1 + "\n\n" + P2);
    }

    @Test
    void normalisesTheJsonLdArticleBodyAsTheRegexesDid() {
        String pieces = "  \t\u00a0\n\r\f\u000B\u2028ab.";
        java.util.Random random = new java.util.Random(17);
        int changed = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(14); length > 0; length--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String t = text.toString();
            String squeezed = t.replaceAll("[ \\t\\u00a0]+", " ");
            String expected = squeezed.replaceAll("\\s*\\n\\s*", "\n\n");
            assertThat(ArticleExtractor.squeezedSpaces(t)).as(t).isEqualTo(squeezed);
            assertThat(ArticleExtractor.blankLinesAtBreaks(squeezed)).as(squeezed).isEqualTo(expected);
            assertThat(ArticleExtractor.blankLinesAtBreaks(t)).as(t).isEqualTo(t.replaceAll("\\s*\\n\\s*", "\n\n"));
            changed += expected.equals(squeezed) ? 0 : 1;
        }
        assertThat(changed).isGreaterThan(10_000);
    }

    @Test
    void keepsTheLeadInATeaserBoxButDropsStoryCards() {
        String lead = "Both delegations arrived in Geneva late on Saturday, and the mediators said the first session would start at nine.";
        String text = text("<article><h1>Talks resume</h1><div class=\"teaser-text\"><p>" + lead + "</p></div>" + paragraphs()
                + "</article><div class=\"teaser\"><h3><a href=\"/b\">Shelling resumes in the east as the ceasefire collapses</a></h3>"
                + "<p>Residents fled overnight, officials said, as artillery hit the outskirts of the town.</p></div>");
        assertThat(text).startsWith(lead).contains(P3).doesNotContain("Shelling resumes", "Residents fled");
    }

    @Test
    void keepsTheStandfirstInTheArticleHeaderButNotTheByline() {
        String standfirst = "Negotiators will meet for a third round this week, and both sides say they expect no breakthrough yet.";
        String text = text("<article><header class=\"entry-header\"><h1>Talks resume</h1><p class=\"byline\">By Jane Doe</p>"
                + "<p>" + standfirst + "</p><p>12 March 2022</p></header><div class=\"body\">" + paragraphs()
                + "</div></article>");
        assertThat(text).startsWith(standfirst).contains(P1, P3).doesNotContain("Jane Doe", "12 March");
    }

    @Test
    void takesTheStandfirstBetweenTheHeadlineAndTheBodyContainer() {
        String standfirst = "Negotiators will meet for a third round this week, and both sides say they expect no breakthrough yet.";
        String menu = "<ul><li><a href=\"/1\">World news and analysis</a></li><li><a href=\"/2\">Europe news and analysis</a></li>"
                + "<li><a href=\"/3\">Politics news and analysis</a></li><li><a href=\"/4\">Business news and analysis</a></li>"
                + "<li><a href=\"/5\">Culture news and analysis</a></li><li><a href=\"/6\">Science news and analysis</a></li></ul>";
        String text = text(menu + "<div class=\"top\"><h1>Talks resume</h1><p>" + standfirst + "</p><div class=\"pic\">"
                + "<p>Delegates arrive at the venue on Sunday, before the talks. © Reuters / John Smith</p></div></div>"
                + "<div class=\"story\">" + paragraphs() + "</div>");
        assertThat(text).startsWith(standfirst).contains(P1, P3).doesNotContain("Reuters");
    }

    @Test
    void takesAStandfirstSetAsASubheading() {
        String standfirst = "Negotiators will meet for a third round this week, and both sides say they expect no breakthrough yet.";
        String menu = "<ul><li><a href=\"/1\">World news and analysis</a></li><li><a href=\"/2\">Europe news and analysis</a></li>"
                + "<li><a href=\"/3\">Politics news and analysis</a></li><li><a href=\"/4\">Business news and analysis</a></li></ul>";
        String text = text(menu + "<div class=\"top\"><h1>Talks resume</h1><h2>" + standfirst + "</h2><h2>Sunday talks</h2></div>"
                + "<div class=\"story\">" + paragraphs() + "</div>");
        assertThat(text).startsWith(standfirst + "\n\n" + P1).doesNotContain("Sunday talks");
    }

    @Test
    void keepsAStandfirstSubheadingInTheArticleHeader() {
        String standfirst = "Negotiators will meet for a third round this week, and both sides say they expect no breakthrough yet.";
        String text = text("<article><header><hgroup><h1>Talks resume</h1><h2>" + standfirst + "</h2></hgroup><p>By Jane Doe</p>"
                + "</header><div class=\"body\">" + paragraphs() + "</div></article>");
        assertThat(text).startsWith(standfirst + "\n\n" + P1).doesNotContain("Jane Doe");
    }

    @Test
    void keepsPaywalledParagraphsAboveALongCommentThread() {
        StringBuilder comments = new StringBuilder("<section class=\"comments\">");
        for (int i = 0; i < 12; i++) {
            comments.append("<div class=\"comment-content\"><p>I disagree with most of this, and I have said so before, "
                    + "because the talks have failed every time and nobody seems to learn anything from that at all.</p></div>");
        }
        String text = text("<div class=\"post\"><h1>Talks resume</h1><div class=\"entry__content paywall-container\">"
                + paragraphs() + "</div>" + comments + "</section></div>");
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void keepsArticleSectionsWhoseClassNamesOnlyLookLikeNavigation() {
        String section = "<div class=\"content-nav-section\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
        String text = text("<div class=\"nav-links\"><a href=\"/a\">Previous story</a> <a href=\"/b\">Next story</a></div>"
                + "<article><h1>Talks resume</h1>" + section + "</article>");
        assertThat(text).startsWith(P1).contains(P3).doesNotContain("Previous story");
    }

    @Test
    void endsTheTextAtARelatedArticlesLabel() {
        String text = text("<article>" + article() + "<h3>Lesen Sie auch</h3><div><p>Envoy visits Kyiv before the next "
                + "round, aides said, and meets the foreign minister.</p></div></article>");
        assertThat(text).endsWith(P3).doesNotContain("Lesen Sie auch", "Envoy visits");
    }

    @Test
    void dropsSourceCreditAndDateLines() {
        String text = text("<article>" + article().replace("<p>" + P3, "<p>Foto: Reuters / John Smith</p><p>12.03.2022, 10:15</p><p>" + P3)
                + "<p>Quelle: dpa, AFP</p><p>Aktualisiert am 13.03.2022</p></article>");
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void dropsShortAppealsAndBoxLabelsInsideTheText() {
        String text = text("<article>" + article().replace("<p>" + P2, "<p>Zum Newsletter anmelden</p><p>Weiterführende Informationen</p>"
                + "<p>Unterstützen Sie uns, jeder Euro hilft!</p><p>" + P2) + "</article>");
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void dropsReaderAppealsAtTheEndButNotAReportAboutThem() {
        String report = "The ministry's newsletter, sent to 40,000 subscribers, first reported the new date of the talks, aides said.";
        String text = text("<article><h1>Talks resume</h1><p>" + report + "</p>" + paragraphs()
                + "<p>Never miss the latest news: sign up for our newsletter today!</p><p>Folgen Sie uns auf Twitter und Facebook.</p></article>");
        assertThat(text).startsWith(report).endsWith(P3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"editorial-disclosure", "affiliate-text", "news-letter-section", "mini-bio", "c-article-buy-box",
            "third-party-services--placeholder", "privacy-embed-preview"})
    void dropsDisclosureBioPurchaseAndEmbedConsentBoxes(String boxClass) {
        String box = "<div class=\"" + boxClass + "\"><p>Our editors choose every item on their own, and this site may "
                + "earn money when you follow one of the links on this page.</p></div>";
        String text = text("<article>" + article().replace("<p>" + P2, box + "<p>" + P2) + "</article>");
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void dropsMetaLinesThatStartWithADateButKeepsDatedListEntries() {
        String text = text("<article><h1>Talks resume</h1><div class=\"info\">January 13, 2020 at 08:45 AM | categories: Politics"
                + " | View Comments</div><p>24.01.2022 11:38 Kategorie: News</p><p>March 15, 2022 · 3 min read</p>"
                + "<p>October 11, 2023 by Jane Doe</p>" + paragraphs() + "<ul><li>May 5, 2025: Corrected the date of the third round.</li>"
                + "</ul></article>");
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\nMay 5, 2025: Corrected the date of the third round.");
    }

    @Test
    void dropsARelatedPostsListEvenWhenItsExcerptsReadLikeProse() {
        String excerpt = "<li><a href=\"/b\">An older story</a><p>Envoys met in Vienna two years ago, and the talks broke down "
                + "within a week. Both sides blamed each other, aides said, and the mediators went home without a date for the "
                + "next round, which came only after months of quiet contacts between the capitals.</p></li>";
        String body = paragraphs() + paragraphs() + paragraphs() + paragraphs();
        String text = text("<div class=\"content\"><h1>Talks resume</h1>" + body + "<div class=\"related\"><ul class=\"related-posts\">"
                + excerpt + excerpt + excerpt + excerpt + "</ul></div></div>");
        assertThat(text).endsWith(P3).doesNotContain("Vienna");
    }

    @Test
    void keepsTheSegmentsAStreamingRendererParksInHiddenDivs() {
        String text = text("<div class=\"layout\"><h1>Talks resume</h1><div>Loading paragraph...</div></div>"
                + "<div hidden id=\"S:0\"><p>" + P1 + "</p></div><div hidden id=\"S:1\"><p>" + P2 + "</p></div>"
                + "<div hidden id=\"S:2\"><p>" + P3 + "</p></div><div hidden class=\"menu-panel\"><p>Our newsroom covers the "
                + "region every day, and you can reach the desk at any hour with tips.</p></div>");
        assertThat(text).contains(P1, P2, P3).doesNotContain("newsroom");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id=\"text-11\"", "class=\"text-2xl\""})
    void aNumberedTextWidgetDoesNotMakeTheSidebarAroundItPartOfTheArticle(String attribute) {
        String text = text("<div class=\"wrap\"><h1>Talks resume</h1>" + paragraphs() + "<aside class=\"sidebar\"><section "
                + attribute + "><p>Hello! I am Jane, and on this blog I write about diplomacy, travel and the food I find on "
                + "the way.</p></section></aside></div>");
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void dropsACaptionSetAsTheOnlyTextOfAnImageBoxButKeepsParagraphsWithInlineIcons() {
        String opening = "<p><img src=\"/logo.png\">Delegations returned to Geneva on Sunday, officials said.</p>";
        String text = text("<article><h1>Talks resume</h1>" + opening + paragraphs().replace("<p>" + P3,
                "<div class=\"visual\"><a href=\"/big.jpg\"><img src=\"/big.jpg\"></a><div class=\"description\">The delegations "
                        + "at the table in Geneva on Sunday.</div></div><p>" + P3) + "</article>");
        assertThat(text).startsWith("Delegations returned").endsWith(P3).doesNotContain("at the table");
    }

    @Test
    void dropsAParagraphThatIsAnImageWithItsCaptionOnTheNextLine() {
        String text = textWithBeforeLastParagraph("<p><img src=\"/chart.jpg\"><br><em>Figure 4: the "
                + "ceasefire line as drawn in the draft.</em></p>");
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void dropsClosingLinesThatMostlyPointElsewhere() {
        String pointer = "<p>Tip: the <a href=\"/archive\">archive of all talks since 2014</a> lists every round, and the "
                + "<a href=\"/report\">monthly report</a> has the figures.</p>";
        String earlier = "<p>Earlier rounds, as the <a href=\"/timeline\">timeline</a> shows, ended without a joint statement.</p>";
        String text = text("<article><h1>Talks resume</h1>" + earlier + paragraphs() + pointer
                + "<ul><li><a href=\"/a\">Draft agreement</a>, published by the mediators.</li></ul></article>");
        assertThat(text).startsWith("Earlier rounds").doesNotContain("Tip:").endsWith("Draft agreement, published by the mediators.");
    }

    @Test
    void aSmallTextDivDoesNotTurnTheAsideAroundItIntoArticleText() {
        String aside = "<aside class=\"flex-box\"><div class=\"text\"><p>Daily news about the politics, business and "
                + "technology that shape our world, in your inbox every morning.</p></div></aside>";
        String text = textWithBeforeLastParagraph(aside);
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void dropsAShortBlockThatOpensWithAnAdLabel() {
        String text = textWithBeforeLastParagraph("<div class=\"code-block\">ANZEIGE - Heute mal ausgehen? "
                + "Wie wäre es mit einem Tisch im Restaurant am See, frisch renoviert.</div>");
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"card pressOfficer", "press-contact", "media-contact"})
    void dropsPressContactBoxes(String boxClass) {
        String box = "<div class=\"" + boxClass + "\"><p>Press officer Jane Doe</p><p>Tel. 030 1234 567</p></div>";
        String text = textWithBeforeLastParagraph(box);
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"block-views-newest-content", "latest-posts"})
    void dropsNewestAndLatestStoryBoxes(String boxClass) {
        String box = "<div class=\"" + boxClass + "\"><p>After almost two years of work the translation of the licence "
                + "is finished, and the team hands it over for a final review.</p></div>";
        String text = textWithBeforeLastParagraph(box);
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }
}
