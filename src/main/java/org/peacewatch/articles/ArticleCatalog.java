package org.peacewatch.articles;

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
                .query((rs, n) -> new StoredArticle(rs.getLong("id"), rs.getLong("source_id"), rs.getString("url"),
                        rs.getString("title"), rs.getString("text"), rs.getString("language"),
                        rs.getTimestamp("published_at").toInstant()))
                .optional();
    }
}
