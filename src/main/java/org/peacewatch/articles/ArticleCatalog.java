package org.peacewatch.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to stored articles for downstream modules. */
@Service
public class ArticleCatalog {

    private final JdbcClient jdbc;

    ArticleCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredArticle> find(long id) {
        return jdbc.sql("""
                        select id, source_id, url, title, text, language, published_at
                        from article where id = :id""")
                .param("id", id)
                .query(ArticleCatalog::article)
                .optional();
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
