package org.peacewatch.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Read access to stored articles for downstream modules. */
@Service
public class ArticleCatalog {

    /**
     * The article this thread's transaction has just inserted, until that transaction completes: the listeners of
     * {@link ArticleStored} (tagging, which runs before the commit) read it from here instead of fetching back from
     * PostgreSQL the row that was written a moment ago.
     */
    private static final ThreadLocal<StoredArticle> JUST_STORED = new ThreadLocal<>();

    private final JdbcClient jdbc;

    ArticleCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredArticle> find(long id) {
        StoredArticle stored = JUST_STORED.get();
        if (stored != null && stored.id() == id) {
            return Optional.of(stored);
        }
        return jdbc.sql("""
                        select id, source_id, url, title, text, language, published_at
                        from article where id = :id""")
                .param("id", id)
                .query(ArticleCatalog::article)
                .optional();
    }

    /**
     * Makes {@link #find} answer with this article, without a query, for the rest of the current transaction (which
     * inserts it); forgotten when the transaction completes, whether it commits or not.
     */
    static void offerInTransaction(StoredArticle article) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        JUST_STORED.set(article);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                JUST_STORED.remove();
            }
        });
    }

    /** Articles in id order after {@code afterId}, for jobs that walk every stored article (re-tagging). */
    public List<StoredArticle> pageAfter(long afterId, int limit) {
        return jdbc.sql("""
                        select id, source_id, url, title, text, language, published_at
                        from article where id > :afterId order by id limit :limit""")
                .param("afterId", afterId)
                .param("limit", limit)
                .query(ArticleCatalog::article)
                .list();
    }

    /** How many articles are stored, to report a job's progress. */
    public long count() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    private static StoredArticle article(ResultSet rs, int row) throws SQLException {
        return new StoredArticle(rs.getLong("id"), rs.getLong("source_id"), rs.getString("url"),
                rs.getString("title"), rs.getString("text"), rs.getString("language"),
                rs.getTimestamp("published_at").toInstant());
    }
}
