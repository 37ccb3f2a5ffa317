package org.peacewatch.fetching;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt rules per host (scheme, host and port), fetched once and reused for a while. Parsing and the meaning
 * of missing or failing robots.txt follow crawler-commons: a 4xx allows everything, a 5xx disallows for now.
 */
final class RobotsCache {

    record Rules(BaseRobotRules rules, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Rules> byHost = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final String robotName;
    private final Duration ttl;

    RobotsCache(String userAgent, Duration ttl) {
        // The product token ("PeaceWatch" of "PeaceWatch/0.1 (+...)") is what robots.txt groups name.
        this.robotName = userAgent.split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
        this.ttl = ttl;
    }

    static URI robotsUrl(URI uri) {
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + "/robots.txt");
    }

    /** The rules for the URL's host, fetching robots.txt with {@code fetch} when not cached or expired. */
    BaseRobotRules rulesFor(URI uri, Function<URI, FetchResult> fetch) {
        String key = robotsUrl(uri).toString().toLowerCase(Locale.ROOT);
        Rules cached = byHost.get(key);
        long now = System.nanoTime();
        if (cached != null && cached.expiresAtNanos() - now > 0) {
            return cached.rules();
        }
        // Two threads may fetch the same robots.txt once each at expiry; harmless, and simpler than a per-host lock.
        BaseRobotRules rules = parse(robotsUrl(uri), fetch.apply(robotsUrl(uri)));
        byHost.put(key, new Rules(rules, now + ttl.toNanos()));
        return rules;
    }

    private BaseRobotRules parse(URI robotsUrl, FetchResult result) {
        if (result.isFetched()) {
            return parser.parseContent(robotsUrl.toString(), result.body(), "text/plain", List.of(robotName));
        }
        if (result.status() == FetchStatus.HTTP_ERROR || result.status() == FetchStatus.THROTTLED) {
            return parser.failedFetch(result.httpStatus());
        }
        // Unreachable or refused robots.txt: the page fetch will meet the same problem and record it.
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
    }

    /** The robots.txt Sitemap: lines of the URL's host (a cached read). */
    List<String> sitemaps(URI uri, Function<URI, FetchResult> fetch) {
        return rulesFor(uri, fetch).getSitemaps();
    }
}
