package org.peacewatch.fetching;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of a fetched body: a byte-order mark wins (it cannot lie about the bytes), then the
 * Content-Type header, then an HTML meta tag or XML declaration near the start, else UTF-8.
 */
final class CharsetDetector {

    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]+)[\"']", Pattern.CASE_INSENSITIVE);

    private CharsetDetector() {
    }

    static Charset detect(byte[] body, String contentType) {
        return fromBom(body)
                .or(() -> fromContentType(contentType == null ? "" : contentType))
                .or(() -> fromMarkup(body))
                .orElse(StandardCharsets.UTF_8);
    }

    static Optional<Charset> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    static Optional<Charset> fromContentType(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return named(p.substring(8).replace("\"", "").replace("'", "").trim());
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> fromMarkup(byte[] body) {
        // Declarations are ASCII in every charset we meet, so ISO-8859-1 reads them without decoding errors.
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return named(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? named(meta.group(1)) : Optional.empty();
    }

    private static Optional<Charset> named(String name) {
        try {
            String n = name.toLowerCase(Locale.ROOT);
            // Browsers read pages labelled latin-1 as windows-1252; so do we (curly quotes survive).
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) {
                return Optional.of(Charset.forName("windows-1252"));
            }
            return Optional.of(Charset.forName(name));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
