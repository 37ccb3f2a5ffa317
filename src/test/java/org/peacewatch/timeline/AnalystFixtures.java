package org.peacewatch.timeline;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes sources, articles and tags straight into the tables, as ingestion and tagging would. */
final class AnalystFixtures {

    private final JdbcClient jdbc;
    private int articles;

    AnalystFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long source(String name, String language) {
        return jdbc.sql("insert into source (name, kind, url, language) values (:name, 'FEED', :url, :language) returning id")
                .param("name", name).param("url", "https://" + name.replace(' ', '-').toLowerCase() + ".example/rss")
                .param("language", language).query(Long.class).single();
    }

    long article(long sourceId, String language, String publishedAt, String title, String text) {
        String url = "https://news.example/" + (++articles) + "-" + System.nanoTime();
        return jdbc.sql("""
                        insert into article (source_id, url, canonical_url, title, text, language, published_at, fetched_at, content_hash)
                        values (:source, :url, :url, :title, :text, :language, :published, :published, 'h') returning id""")
                .param("source", sourceId).param("url", url).param("title", title).param("text", text)
                .param("language", language).param("published", Timestamp.from(Instant.parse(publishedAt)))
                .query(Long.class).single();
    }

    AnalystFixtures actor(long articleId, String slug, double score) {
        jdbc.sql("""
                        insert into article_actor (article_id, actor_id, mentions, score, evidence)
                        select :article, id, 1, :score, 'evidence' from actor where slug = :slug""")
                .param("article", articleId).param("slug", slug).param("score", score).update();
        return this;
    }

    AnalystFixtures topic(long articleId, String slug, double score) {
        jdbc.sql("""
                        insert into article_topic (article_id, topic_id, mentions, score, evidence)
                        select :article, id, 1, :score, 'evidence' from topic where slug = :slug""")
                .param("article", articleId).param("slug", slug).param("score", score).update();
        return this;
    }
}
