package org.peacewatch.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Value;

/** The generate command loads tagged articles in date order and leaves the rollups equal to the raw tables. */
class ArticleGeneratorIntegrationTests extends IntegrationTest {

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password:}")
    String password;

    private List<String> actorsBefore;
    private List<String> topicsBefore;

    @BeforeEach
    void rememberTaxonomy() {
        actorsBefore = jdbc.sql("select slug from actor").query(String.class).list();
        topicsBefore = jdbc.sql("select slug from topic").query(String.class).list();
    }

    @AfterEach
    void removeSyntheticTaxonomy() {
        // Remove only what the generator added: other tests rely on the bundled taxonomy and its aliases.
        jdbc.sql("truncate source, article cascade").update();
        jdbc.sql("delete from actor where slug <> all(:kept)").param("kept", actorsBefore.toArray(String[]::new)).update();
        jdbc.sql("delete from topic where slug <> all(:kept)").param("kept", topicsBefore.toArray(String[]::new)).update();
    }

    @Test
    void loadsTaggedArticlesWithConsistentRollups() {
        int exit = ArticleGenerator.run(new String[]{"--articles", "2500", "--sources", "6", "--days", "30",
                "--url", url, "--user", user, "--password", password});
        assertThat(exit).isZero();
        assertThat(count("select count(*) from article")).isEqualTo(2500);
        assertThat(count("select count(distinct language) from article")).isEqualTo(3);
        long tags = count("select (select count(*) from article_actor) + (select count(*) from article_topic)");
        assertThat(tags).isBetween(4L * 2500, 6L * 2500);
        assertThat(count("""
                select count(*) from (select id, published_at, lag(published_at) over (order by id) as previous from article) o
                where previous > published_at""")).isZero();
        assertThat(count("select sum(articles) from timeline_count where actor_id = 0 and topic_id = 0")).isEqualTo(2500);
        assertThat(count("""
                select count(*) from (
                    select aa.actor_id, pw_utc_day(a.published_at) as day, count(*) as n
                    from article_actor aa join article a on a.id = aa.article_id group by 1, 2
                ) raw full join (select actor_id, day, articles from timeline_count where actor_id <> 0 and topic_id = 0) r
                  using (actor_id, day)
                where raw.n is distinct from r.articles""")).isZero();
        assertThat(count("select count(*) from article where search_vector is null")).isZero();
        assertThat(ArticleGenerator.run(new String[]{"--articles", "0"})).isEqualTo(2);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

}
