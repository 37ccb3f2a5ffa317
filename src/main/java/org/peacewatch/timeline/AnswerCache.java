package org.peacewatch.timeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Serialised answers of the analyst read endpoints, reused while the data they were computed from is unchanged.
 * Dashboards repeat the same few requests; recomputing each (about 2 ms of SQL plus 2 ms of mapping and
 * serialising) capped a 2-core machine at a few hundred requests per second, a lookup here costs one trivial query.
 * <p>
 * Validity is the data version of V32: every committed write to articles, tags, actors, topics or sources, by any
 * instance, moves it, so an answer is never served after a change. The version is read before the answer is computed,
 * so an answer filed under it is never older than it (at worst a concurrent write makes it fresher, and the next
 * request, seeing the new version, recomputes). Keys are the request after parsing and validation (concrete window,
 * normalised zone, output format), so equivalent spellings share an entry and bad input never reaches the cache.
 */
@Component
class AnswerCache {

    /** Exports of many series over thousands of buckets are rare and large: serve them, don't keep them. */
    static final int MAX_BODY_BYTES = 1 << 20;

    record Answer(long version, byte[] body, String contentType, String disposition, String etag) {
    }

    private final JdbcClient jdbc;
    private final Map<List<?>, Answer> entries;

    AnswerCache(JdbcClient jdbc, TimelineProperties properties) {
        this.jdbc = jdbc;
        int capacity = properties.cacheSize();
        // Access order: the least recently served answer goes first once the cap is reached.
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<?>, Answer> eldest) {
                return size() > capacity;
            }
        };
    }

    long version() {
        return jdbc.sql("select timeline_data_version()").query(Long.class).single();
    }

    /** The answer filed under {@code key} for exactly this data version, or null. */
    Answer find(List<?> key, long version) {
        Answer answer;
        synchronized (entries) {
            answer = entries.get(key);
        }
        return answer != null && answer.version() == version ? answer : null;
    }

    Answer keep(List<?> key, long version, byte[] body, String contentType, String disposition) {
        // Same form as ShallowEtagHeaderFilter's, so a client's validator survives a cache miss.
        String etag = "\"0" + DigestUtils.md5DigestAsHex(body) + "\"";
        Answer answer = new Answer(version, body, contentType, disposition, etag);
        if (body.length <= MAX_BODY_BYTES) {
            synchronized (entries) {
                entries.put(key, answer);
            }
        }
        return answer;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Writes the answer, or a 304 when the client's If-None-Match already holds it. */
    static void send(Answer answer, HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The ETag is already known; the filter must not buffer and hash the body again.
        ShallowEtagHeaderFilter.disableContentCaching(request);
        if (new ServletWebRequest(request, response).checkNotModified(answer.etag())) {
            return;
        }
        response.setHeader(HttpHeaders.ETAG, answer.etag());
        response.setContentType(answer.contentType());
        if (answer.disposition() != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, answer.disposition());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
