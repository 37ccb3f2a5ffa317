package org.peacewatch.articles.ingestion;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rewrites a URL to the one form we store, so the same story reached through differently decorated links is kept
 * once: lower-case scheme and host, no default port, no fragment, no tracking parameters.
 */
final class UrlCanonicaliser {

    // Parameters that only say how a reader arrived, never which page it is.
    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "igshid", "ref_src", "cmpid", "_ga", "ocid", "smid", "at_medium", "at_campaign");

    private UrlCanonicaliser() {
    }

    static String canonicalise(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            if (host == null) {
                return url.trim();
            }
            int port = uri.getPort();
            if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = withoutTracking(uri.getRawQuery());
            return scheme + "://" + host + (port == -1 ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url.trim();
        }
    }

    /** True when both URLs are on the same site (host equal up to a leading "www."). */
    static boolean sameSite(String a, String b) {
        try {
            String hostA = new URI(a).getHost();
            String hostB = new URI(b).getHost();
            return hostA != null && hostB != null && stripWww(hostA).equalsIgnoreCase(stripWww(hostB));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String stripWww(String host) {
        return host.regionMatches(true, 0, "www.", 0, 4) ? host.substring(4) : host;
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
