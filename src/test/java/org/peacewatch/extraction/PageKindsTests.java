package org.peacewatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages that are not one whole article: what the text and its reason say, so nothing downstream tags garbage. */
class PageKindsTests {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String card(int n) {
        return "<article class=\"story\"><h2><a href=\"/story-" + n + "\">Envoys meet for round " + n + " of the talks</a></h2>"
                + "<p>Delegations met again on day " + n + ", officials said, and agreed to keep the channel open for now.</p>"
                + "<a href=\"/story-" + n + "\">Read more</a></article>";
    }

    @Test
    void givesNoArticleTextForASectionPageOfStoryCards() {
        StringBuilder cards = new StringBuilder();
        for (int n = 1; n <= 8; n++) {
            cards.append(card(n));
        }
        var page = extractor.extract("<html><head><title>Ukraine | Example News</title></head><body><main><h1>Ukraine</h1>"
                + cards + "</main></body></html>", "https://example.org/world/ukraine/");
        assertThat(page.text().length()).isLessThan(300);
        assertThat(page.reason()).isNotBlank();
    }

    @Test
    void keepsTheItemsOfAnArticleThatDeclaresItselfOneEvenWhenItsHeadingsLinkOut() {
        StringBuilder cards = new StringBuilder();
        for (int n = 1; n <= 8; n++) {
            cards.append(card(n));
        }
        var page = extractor.extract("<html><head><meta property=\"og:type\" content=\"article\"></head><body><main>"
                + "<h1>Eight rounds of talks</h1>" + cards + "</main></body></html>", "https://example.org/eight-rounds");
        assertThat(page.text()).contains("day 1,", "day 8,");
    }

    @Test
    void keepsAnAccordionOfQuestionsWhoseHeadingsLinkWithinThePage() {
        StringBuilder items = new StringBuilder();
        for (int n = 1; n <= 6; n++) {
            items.append("<div class=\"item\"><h3><a href=\"#q").append(n).append("\">What happens in round ").append(n)
                    .append("?</a></h3><p>The delegations meet in Geneva on day ").append(n)
                    .append(", officials said, and report back to their capitals.</p></div>");
        }
        var page = extractor.extract("<html><body><main><h1>Questions about the talks</h1>" + items + "</main></body></html>",
                "https://example.org/faq");
        assertThat(page.text()).contains("day 1,", "day 6,");
    }

    @Test
    void keepsTheUpdatesOfALiveBlogAndSaysItIsOne() {
        String entries = "";
        for (int n = 1; n <= 5; n++) {
            entries += "<div class=\"update\"><time datetime=\"2025-03-0" + n + "T10:00:00Z\">10:0" + n + "</time>"
                    + "<p>Update " + n + ": the delegations resumed their session in Geneva after a short break, aides said.</p></div>";
        }
        var page = extractor.extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"LiveBlogPosting\","
                + "\"headline\":\"Peace talks live\",\"coverageStartTime\":\"2025-03-01T09:00:00Z\"}</script></head><body>"
                + "<article><h1>Peace talks live</h1>" + entries + "</article></body></html>", "https://example.org/live");
        assertThat(page.text()).contains("Update 1:", "Update 5:");
        assertThat(page.reason()).contains("live blog");
    }

    @Test
    void saysWhenTheArticleIsBehindAPaywall() {
        var page = extractor.extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"What the draft says\",\"isAccessibleForFree\":false}</script></head><body><article>"
                + "<h1>What the draft says</h1><p>The draft runs to twelve pages and covers a ceasefire line, officials said.</p>"
                + "<div class=\"paywall\"><p>Subscribe to read the full article.</p><a href=\"/subscribe\">Subscribe</a></div>"
                + "</article></body></html>", "https://example.org/draft");
        assertThat(page.text()).isEqualTo("The draft runs to twelve pages and covers a ceasefire line, officials said.");
        assertThat(page.reason()).startsWith("paywalled");
    }

    @Test
    void takesTheLanguageFromContentLanguageWhenThePageDeclaresNone() {
        var page = extractor.extract("<html><body><article><h1>Talks</h1><p>Genf, 3. März.</p></article></body></html>",
                "https://example.org/a", null, "de-CH");
        assertThat(page.language()).isEqualTo("de");
    }
}
