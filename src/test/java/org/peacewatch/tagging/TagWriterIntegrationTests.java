package org.peacewatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacewatch.articles.StoredArticle;
import org.peacewatch.support.IntegrationTest;
import org.peacewatch.support.RollupCounts;
import org.peacewatch.tagging.matching.Tagging;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tags are written one statement per table; the rollup triggers still count each actor, topic and (actor, topic)
 * pair exactly once, when an article is first tagged and when it is re-tagged with other tags.
 */
class TagWriterIntegrationTests extends IntegrationTest {

    private static final String MANY = """
            Volodymyr Zelenskyy met Steve Witkoff in Berlin to discuss security guarantees and a ceasefire.
            The Kremlin said Vladimir Putin would study the peace plan. Donald Trump spoke of negotiations.
            European Union ministers debated new sanctions against Russia; NATO warned about territory in Donbas.""";
    private static final String FEW = "Vladimir Putin rejected a ceasefire, the Kremlin said.";

    @Autowired
    ArticleTagging tagging;

    @Test
    void writesEveryTagWithItsEvidenceAndKeepsRollupsExactAcrossRetags() {
        long source = jdbc.sql("insert into source (name, kind, url, language) values ('Wire', 'FEED', 'https://wire.example/rss', 'en') returning id")
                .query(Long.class).single();
        StoredArticle first = article(source, 1, "Talks in Berlin", MANY);
        StoredArticle second = article(source, 2, "Kremlin answers", FEW);

        tagging.tag(first);
        tagging.tag(second);
        Tagging expected = tagging(first);
        assertThat(expected.actors().size()).isGreaterThan(2);
        assertThat(expected.topics().size()).isGreaterThan(1);
        assertThat(jdbc.sql("""
                        select a.slug || ' ' || aa.mentions || ' ' || aa.evidence_field || ' ' || aa.evidence_start || ' ' || aa.evidence_end
                        from article_actor aa join actor a on a.id = aa.actor_id where aa.article_id = :id order by a.slug""")
                .param("id", first.id()).query(String.class).list())
                .isEqualTo(expected.actors().stream().map(t -> t.slug() + " " + t.mentions() + " " + t.evidence().field()
                        + " " + t.evidence().start() + " " + t.evidence().end()).sorted().toList());
        assertThat(jdbc.sql("select count(*) from article_topic where article_id = :id").param("id", first.id())
                .query(Long.class).single()).isEqualTo(expected.topics().size());
        assertRollupsMatchRawCounts();

        tagging.tag(new StoredArticle(first.id(), source, first.url(), first.title(), FEW, "en", first.publishedAt()));
        tagging.tag(new StoredArticle(second.id(), source, second.url(), second.title(), MANY, "en", second.publishedAt()));
        assertRollupsMatchRawCounts();
    }

    @Autowired
    TaxonomyStore taxonomy;

    private Tagging tagging(StoredArticle article) {
        return taxonomy.tagger().tag(article.title(), article.text());
    }

    private StoredArticle article(long source, int n, String title, String text) {
        Instant published = Instant.parse("2025-11-0%dT10:00:00Z".formatted(n));
        long id = jdbc.sql("""
                        insert into article (source_id, url, canonical_url, title, text, language, published_at, fetched_at, content_hash)
                        values (:source, :url, :url, :title, :text, 'en', :published, :published, :hash) returning id""")
                .param("source", source).param("url", "https://wire.example/" + n).param("title", title)
                .param("text", text).param("published", java.sql.Timestamp.from(published)).param("hash", "h" + n)
                .query(Long.class).single();
        return new StoredArticle(id, source, "https://wire.example/" + n, title, text, "en", published);
    }

    private void assertRollupsMatchRawCounts() {
        List<String> raw = RollupCounts.fromRawTables(jdbc);
        assertThat(raw).hasSizeGreaterThan(4);
        assertThat(RollupCounts.fromRollups(jdbc)).isEqualTo(raw);
    }
}
