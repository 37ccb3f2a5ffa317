package org.peacewatch.articles.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicaliserTests {

    @Test
    void lowerCasesSchemeAndHostAndDropsDefaultPortAndFragment() {
        assertThat(UrlCanonicaliser.canonicalise("HTTPS://News.Example.COM:443/World/Story?id=7#comments"))
                .isEqualTo("https://news.example.com/World/Story?id=7");
    }

    @Test
    void dropsTrackingParametersButKeepsMeaningfulOnes() {
        assertThat(UrlCanonicaliser.canonicalise("https://example.com/a?utm_source=rss&id=3&fbclid=x&gclid=y&utm_medium=feed"))
                .isEqualTo("https://example.com/a?id=3");
        assertThat(UrlCanonicaliser.canonicalise("https://example.com/a?utm_source=rss")).isEqualTo("https://example.com/a");
    }

    @Test
    void keepsNonDefaultPortsAndAddsRootPath() {
        assertThat(UrlCanonicaliser.canonicalise("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080/");
    }

    @Test
    void treatsWwwAsTheSameSite() {
        assertThat(UrlCanonicaliser.sameSite("https://www.example.com/a", "https://example.com/b")).isTrue();
        assertThat(UrlCanonicaliser.sameSite("https://example.com/a", "https://other.org/a")).isFalse();
    }
}
