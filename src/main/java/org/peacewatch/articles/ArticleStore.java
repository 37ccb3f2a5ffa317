package org.peacewatch.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes articles, exactly once per canonical URL even when instances race, and announces each new one. */
@Component
class ArticleStore {

    record NewArticle(long sourceId, String url, String canonicalUrl, String title, String text, String language,
                      Instant publishedAt, Instant fetchedAt) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ArticleStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Which of these canonical URLs are already stored (as an article's canonical URL or its original link). */
    Set<String> known(Collection<String> urls) {
        if (urls.isEmpty()) {
            return Set.of();
        }
        String[] array = urls.toArray(String[]::new);
        return new HashSet<>(jdbc.sql("""
                        select canonical_url from article where canonical_url = any(:urls)
                        union
                        select url from article where url = any(:urls)""")
                .param("urls", array)
                .query(String.class)
                .list());
    }

    /**
     * Inserts the article unless its canonical URL is already stored. ON CONFLICT makes the check and the insert one
     * atomic step, so two instances storing the same story at once still keep one row.
     */
    @Transactional
    Optional<Long> store(NewArticle article) {
        Optional<Long> id = jdbc.sql("""
                        insert into article (source_id, url, canonical_url, title, text, language, published_at, fetched_at, content_hash)
                        values (:sourceId, :url, :canonicalUrl, :title, :text, :language, :publishedAt, :fetchedAt, :contentHash)
                        on conflict (canonical_url) do nothing
                        returning id""")
                .param("sourceId", article.sourceId())
                .param("url", article.url())
                .param("canonicalUrl", article.canonicalUrl())
                .param("title", article.title())
                .param("text", article.text())
                .param("language", article.language())
                .param("publishedAt", Timestamp.from(article.publishedAt()))
                .param("fetchedAt", Timestamp.from(article.fetchedAt()))
                .param("contentHash", sha256(article.title() + "\n" + article.text()))
                .query(Long.class)
                .optional();
        id.ifPresent(articleId -> events.publishEvent(new ArticleStored(articleId)));
        return id;
    }

    static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
