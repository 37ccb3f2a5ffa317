package org.peacewatch.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes articles exactly once per story, even when instances race: once per canonical URL and once per exact
 * content, recording every source through which a story was reached. Announces each new article.
 */
@Component
public class ArticleStore {

    /** {@code url} is the canonicalised link the page was claimed and fetched under; see {@code ingestion.PageClaims}. */
    /**
     * An article to store; {@code authors} may be empty, {@code modifiedAt} and {@code extractionNote} (why the text is
     * not one whole article) null.
     */
    public record NewArticle(long sourceId, String url, String canonicalUrl, String title, String text, String language,
                      Instant publishedAt, Instant fetchedAt, List<String> authors, Instant modifiedAt,
                      String extractionNote) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ArticleStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Which of these canonical URLs are already stored (as an article's canonical URL or its original link). */
    public Set<String> known(Collection<String> urls) {
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

    /** Records that this source also lists the already stored stories behind these URLs. */
    public void linkKnown(long sourceId, Collection<String> urls, Instant now) {
        if (urls.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into article_source (article_id, source_id, url, seen_at)
                        select id, :sourceId, url, :now from article
                        where canonical_url = any(:urls) or url = any(:urls)
                        on conflict (article_id, source_id) do nothing""")
                .param("sourceId", sourceId)
                .param("urls", urls.toArray(String[]::new))
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Inserts the article unless the same story is stored: same canonical URL, or (for a page with body text) the
     * same title and text. Either way the source is recorded against the story, and the page's claim (keyed by
     * {@link NewArticle#url()}) is marked done in the same transaction. A transaction-scoped advisory lock on the
     * content hash makes "look up by hash, then insert" atomic across instances; ON CONFLICT does the same for the
     * canonical URL. Listeners of {@link ArticleStored} (tagging) run before this transaction commits, so the
     * article and its tags become visible together.
     * <p>
     * The transaction commits without waiting for its WAL flush ({@code synchronous_commit = off}). Safe here: a
     * commit lost in a crash loses the claim's done flag with the article and its tags (one transaction), so the
     * claim expires after its lease and the page is simply fetched again.
     * What it saves is an fsync per article on the ingestion path.
     *
     * @return the new article's id, or empty when it was a duplicate
     */
    @Transactional("jdbcTransactionManager")
    public Optional<Long> store(NewArticle article) {
        String hash = sha256(article.title() + "\n" + article.text());
        boolean hasBody = !article.text().isBlank();
        // Set first, in the same round trip as the lock: the lock must be its own statement, taken before the
        // statement below looks up the hash, so that statement's snapshot sees whatever the previous holder committed.
        jdbc.sql("""
                        select set_config('synchronous_commit', 'off', true),
                               case when :hasBody then pg_advisory_xact_lock(hashtextextended(:hash, 0)) end""")
                .param("hasBody", hasBody).param("hash", hash).query((rs, row) -> 1).single();
        // PostgreSQL keeps microseconds; truncating here makes the handed-on copy below equal to the stored row.
        Instant publishedAt = article.publishedAt().truncatedTo(ChronoUnit.MICROS);
        // Hash lookup, the article, its first source and the claim's done flag in one round trip. The insert runs
        // only when no article has the same content; the link needs the id the insert returns.
        Inserted outcome = jdbc.sql("""
                        with same_content as (
                            select id from article where :hasBody and content_hash = :contentHash order by id limit 1),
                        inserted as (
                            insert into article (source_id, url, canonical_url, title, text, language, published_at, fetched_at, content_hash,
                                                 authors, modified_at, extraction_note)
                            select :sourceId, :url, :canonicalUrl, :title, :text, :language, :publishedAt, :fetchedAt, :contentHash,
                                   :authors, :modifiedAt, :extractionNote
                            where not exists (select 1 from same_content)
                            on conflict (canonical_url) do nothing
                            returning id),
                        linked as (
                            insert into article_source (article_id, source_id, url, seen_at)
                            select id, :sourceId, :url, :fetchedAt from inserted
                            on conflict (article_id, source_id) do nothing),
                        claim_done as (
                            update page_claim set done = true where url = :url)
                        select (select id from inserted) as inserted_id, (select id from same_content) as same_content_id""")
                .param("hasBody", hasBody)
                .param("sourceId", article.sourceId())
                .param("url", article.url())
                .param("canonicalUrl", article.canonicalUrl())
                .param("title", article.title())
                .param("text", article.text())
                .param("language", article.language())
                .param("publishedAt", Timestamp.from(publishedAt))
                .param("fetchedAt", Timestamp.from(article.fetchedAt()))
                .param("contentHash", hash)
                .param("authors", article.authors().toArray(String[]::new))
                .param("modifiedAt", article.modifiedAt() == null ? null : Timestamp.from(article.modifiedAt()))
                .param("extractionNote", article.extractionNote())
                .query((rs, row) -> new Inserted((Long) rs.getObject("inserted_id"), (Long) rs.getObject("same_content_id")))
                .single();
        if (outcome.id() == null) {
            Optional<Long> existing = outcome.sameContentId() != null ? Optional.of(outcome.sameContentId())
                    : jdbc.sql("select id from article where canonical_url = :url").param("url", article.canonicalUrl())
                            .query(Long.class).optional();
            existing.ifPresent(id -> link(id, article));
            return Optional.empty();
        }
        ArticleCatalog.offerInTransaction(new StoredArticle(outcome.id(), article.sourceId(), article.url(),
                article.title(), article.text(), article.language(), publishedAt));
        events.publishEvent(new ArticleStored(outcome.id()));
        return Optional.of(outcome.id());
    }

    private record Inserted(Long id, Long sameContentId) {
    }

    private void link(long articleId, NewArticle article) {
        jdbc.sql("""
                        insert into article_source (article_id, source_id, url, seen_at)
                        values (:articleId, :sourceId, :url, :seenAt)
                        on conflict (article_id, source_id) do nothing""")
                .param("articleId", articleId)
                .param("sourceId", article.sourceId())
                .param("url", article.url())
                .param("seenAt", Timestamp.from(article.fetchedAt()))
                .update();
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
