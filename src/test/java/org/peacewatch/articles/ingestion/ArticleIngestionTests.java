package org.peacewatch.articles.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class ArticleIngestionTests {

    @Test
    void readsOgUrlFromThePageHeadResolvedAgainstThePage() {
        String html = "<html><head><meta property=\"og:url\" content=\"/news/talks?id=1&amp;x=2\"></head><body></body></html>";

        assertThat(ArticleIngestion.ogUrl(html, URI.create("https://example.org/amp/news/talks")))
                .isEqualTo("https://example.org/news/talks?id=1&x=2");
    }

    @Test
    void findsNoOgUrlWhenThePageHasNone() {
        assertThat(ArticleIngestion.ogUrl("<html><head><title>t</title></head></html>", URI.create("https://example.org/")))
                .isNull();
    }
}
