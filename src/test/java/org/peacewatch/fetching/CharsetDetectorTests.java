package org.peacewatch.fetching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetDetectorTests {

    @Test
    void prefersTheByteOrderMarkOverAWrongHeader() {
        byte[] body = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'h', 'i'};

        assertThat(CharsetDetector.detect(body, "text/html; charset=windows-1251")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void usesTheHeaderCharsetBeforeTheMetaTag() {
        byte[] body = "<meta charset=\"utf-8\">".getBytes(StandardCharsets.US_ASCII);

        assertThat(CharsetDetector.detect(body, "text/html; charset=\"KOI8-R\"")).isEqualTo(Charset.forName("KOI8-R"));
    }

    @Test
    void findsTheCharsetInAnHttpEquivMetaOrAnXmlDeclaration() {
        byte[] html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">".getBytes(StandardCharsets.US_ASCII);
        byte[] xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss/>".getBytes(StandardCharsets.US_ASCII);

        assertThat(CharsetDetector.detect(html, "text/html")).isEqualTo(Charset.forName("windows-1251"));
        assertThat(CharsetDetector.detect(xml, null)).isEqualTo(Charset.forName("windows-1251"));
    }

    @Test
    void fallsBackToUtf8AndIgnoresUnknownNames() {
        assertThat(CharsetDetector.detect("<p>x</p>".getBytes(StandardCharsets.US_ASCII), "text/html; charset=bogus-9"))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void parsesRetryAfterAsSecondsOrIgnoresGarbage() {
        assertThat(PageFetcher.retryAfter("30")).hasSeconds(30);
        assertThat(PageFetcher.retryAfter("soon")).isNull();
    }
}
