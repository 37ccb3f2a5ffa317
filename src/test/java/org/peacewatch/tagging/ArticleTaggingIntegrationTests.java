package org.peacewatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.peacewatch.articles.ArticleStored;
import org.peacewatch.support.IntegrationTest;
import org.peacewatch.support.RollupCounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new article is tagged in the transaction that stores it, with a cached matcher whose version is checked by the
 * statement that writes the tags: a taxonomy change made by another instance is still applied to the next article.
 */
class ArticleTaggingIntegrationTests extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    @Qualifier("jdbcTransactionManager")
    PlatformTransactionManager transactionManager;

    @Autowired
    TaxonomyStore taxonomy;

    @Test
    void tagsANewArticleWithTheTaxonomyAnotherInstanceChangedMeanwhile() {
        long before = taxonomy.tagger().version();
        // Another instance adds an actor; this instance's matcher, built above, does not know it.
        jdbc.sql("insert into taxonomy_change (version, changed_at, change) values (:v, now(), 'create actor test-mediator')")
                .param("v", before + 1).update();
        jdbc.sql("""
                        insert into actor (slug, name, kind, aliases, version)
                        values ('test-mediator', 'Quentin Zorblat', 'PERSON', '{"en": ["Zorblat"]}', :v)""")
                .param("v", before + 1).update();
        try {
            long id = storeAndAnnounce("Zorblat in Moscow", "Quentin Zorblat met Vladimir Putin in Moscow to discuss a ceasefire.");

            assertThat(jdbc.sql("""
                            select a.slug || ' ' || aa.taxonomy_version from article_actor aa join actor a on a.id = aa.actor_id
                            where aa.article_id = :id order by a.slug""").param("id", id).query(String.class).list())
                    .contains("putin " + (before + 1), "test-mediator " + (before + 1))
                    .allMatch(tag -> tag.endsWith(" " + (before + 1)));
            assertThat(jdbc.sql("select distinct taxonomy_version from article_topic where article_id = :id")
                    .param("id", id).query(Long.class).list()).containsOnly(before + 1);
            assertThat(RollupCounts.fromRollups(jdbc)).isEqualTo(RollupCounts.fromRawTables(jdbc));
        } finally {
            // Undone as another change, as that instance would: versions only ever grow, and matchers are cached by version.
            jdbc.sql("delete from actor where slug = 'test-mediator'").update();
            jdbc.sql("insert into taxonomy_change (version, changed_at, change) values (:v, now(), 'delete actor test-mediator')")
                    .param("v", before + 2).update();
        }
    }

    @Test
    void storesAnArticleThatNamesNoActorWithoutTags() {
        long id = storeAndAnnounce("Weather", "Mild and dry across the region, with light winds from the west.");

        assertThat(jdbc.sql("select count(*) from article where id = :id").param("id", id).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from article_actor where article_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(RollupCounts.fromRollups(jdbc)).isEqualTo(RollupCounts.fromRawTables(jdbc));
    }

    @Test
    void leavesNoTagsWhenTheStoringTransactionRollsBack() {
        long source = source();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            events.publishEvent(new ArticleStored(insertArticle(source, "Putin speaks", "Vladimir Putin spoke of a ceasefire.")));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from article_actor").query(Long.class).single()).isZero();
        assertThat(RollupCounts.fromRollups(jdbc)).isEqualTo(RollupCounts.fromRawTables(jdbc));
    }

    private long storeAndAnnounce(String title, String text) {
        long source = source();
        return new TransactionTemplate(transactionManager).execute(status -> {
            long id = insertArticle(source, title, text);
            events.publishEvent(new ArticleStored(id));
            return id;
        });
    }

    private long source() {
        return jdbc.sql("insert into source (name, kind, url, language) values ('Wire', 'FEED', 'https://wire.example/rss', 'en') returning id")
                .query(Long.class).single();
    }

    private long insertArticle(long source, String title, String text) {
        Timestamp published = Timestamp.from(Instant.parse("2025-11-03T10:00:00Z"));
        return jdbc.sql("""
                        insert into article (source_id, url, canonical_url, title, text, language, published_at, fetched_at, content_hash)
                        values (:source, 'https://wire.example/1', 'https://wire.example/1', :title, :text, 'en', :published, :published, 'h1')
                        returning id""")
                .param("source", source).param("title", title).param("text", text).param("published", published)
                .query(Long.class).single();
    }
}
