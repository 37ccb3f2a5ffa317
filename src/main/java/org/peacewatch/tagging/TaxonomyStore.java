package org.peacewatch.tagging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peacewatch.tagging.matching.Tagger;
import org.peacewatch.tagging.matching.Taxonomy;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;

/**
 * The taxonomy in PostgreSQL: seeded once from the bundled file, then changed only through {@link TaxonomyEditor},
 * each change bumping the version in {@code taxonomy_change}. Gives the matcher for the current version, rebuilt
 * when another change (from this or another instance) is seen.
 */
@Component
public class TaxonomyStore {

    private static final TypeReference<Map<String, List<String>>> TERMS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Taxonomy.Rule>> RULES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;
    /** The matcher built last; rebuilt when a caller sees a newer version. */
    private volatile Tagger tagger;

    TaxonomyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void seedBundledTaxonomy() {
        lockVersions();
        if (version() > 0) {
            return;
        }
        Taxonomy bundled = Taxonomy.bundled();
        long version = bump("load bundled " + Taxonomy.RESOURCE);
        bundled.actors().forEach(actor -> upsert(actor, version));
        bundled.topics().forEach(topic -> upsert(topic, version));
    }

    /** The current taxonomy version (0 before seeding). */
    long version() {
        return jdbc.sql("select coalesce(max(version), 0) from taxonomy_change").query(Long.class).single();
    }

    /** The matcher for the current taxonomy version, asking PostgreSQL which version that is. */
    public Tagger tagger() {
        return tagger(version());
    }

    /** The matcher for this version, which the caller has just read; built only when it is not the last one built. */
    synchronized Tagger tagger(long version) {
        if (tagger == null || tagger.version() != version) {
            tagger = new Tagger(load(version));
        }
        return tagger;
    }

    /**
     * The matcher built last, without a query: for callers that check the version it was built for against the
     * current one in a statement they run anyway (see {@link ArticleTagging#on}).
     */
    Tagger lastTagger() {
        Tagger last = tagger;
        return last != null ? last : tagger();
    }

    Taxonomy load(long version) {
        List<Taxonomy.Actor> actors = jdbc.sql("select slug, name, kind, description, aliases, exclude from actor order by slug")
                .query(TaxonomyStore::actor).list();
        List<Taxonomy.Topic> topics = jdbc.sql("select slug, name, description, keywords, rules, exclude, threshold from topic order by slug")
                .query(TaxonomyStore::topic).list();
        return new Taxonomy(version, actors, topics);
    }

    public Optional<Taxonomy.Actor> actor(String slug) {
        return jdbc.sql("select slug, name, kind, description, aliases, exclude from actor where slug = :slug")
                .param("slug", slug).query(TaxonomyStore::actor).optional();
    }

    public Optional<Taxonomy.Topic> topic(String slug) {
        return jdbc.sql("select slug, name, description, keywords, rules, exclude, threshold from topic where slug = :slug")
                .param("slug", slug).query(TaxonomyStore::topic).optional();
    }

    /** Serialises concurrent changes so that versions are gapless and each change gets its own. */
    void lockVersions() {
        jdbc.sql("lock table taxonomy_change in share row exclusive mode").update();
    }

    long bump(String change) {
        long next = version() + 1;
        jdbc.sql("insert into taxonomy_change (version, changed_at, change) values (:version, :at, :change)")
                .param("version", next).param("at", Timestamp.from(clock.instant())).param("change", change).update();
        return next;
    }

    void upsert(Taxonomy.Actor actor, long version) {
        jdbc.sql("""
                        insert into actor (slug, name, kind, description, aliases, exclude, version, updated_at)
                        values (:slug, :name, :kind, :description, cast(:aliases as jsonb), cast(:exclude as jsonb), :version, :at)
                        on conflict (slug) do update set name = excluded.name, kind = excluded.kind,
                            description = excluded.description, aliases = excluded.aliases, exclude = excluded.exclude,
                            version = excluded.version, updated_at = excluded.updated_at""")
                .param("slug", actor.slug()).param("name", actor.name()).param("kind", actor.kind())
                .param("description", actor.description())
                .param("aliases", Taxonomy.JSON.writeValueAsString(actor.aliases()))
                .param("exclude", Taxonomy.JSON.writeValueAsString(actor.exclude()))
                .param("version", version).param("at", Timestamp.from(clock.instant()))
                .update();
    }

    void upsert(Taxonomy.Topic topic, long version) {
        jdbc.sql("""
                        insert into topic (slug, name, description, keywords, rules, exclude, threshold, version, updated_at)
                        values (:slug, :name, :description, cast(:keywords as jsonb), cast(:rules as jsonb),
                                cast(:exclude as jsonb), :threshold, :version, :at)
                        on conflict (slug) do update set name = excluded.name, description = excluded.description,
                            keywords = excluded.keywords, rules = excluded.rules, exclude = excluded.exclude,
                            threshold = excluded.threshold, version = excluded.version, updated_at = excluded.updated_at""")
                .param("slug", topic.slug()).param("name", topic.name()).param("description", topic.description())
                .param("keywords", Taxonomy.JSON.writeValueAsString(topic.keywords()))
                .param("rules", Taxonomy.JSON.writeValueAsString(topic.rules()))
                .param("exclude", Taxonomy.JSON.writeValueAsString(topic.exclude()))
                .param("threshold", topic.threshold())
                .param("version", version).param("at", Timestamp.from(clock.instant()))
                .update();
    }

    boolean deleteActor(String slug) {
        return jdbc.sql("delete from actor where slug = :slug").param("slug", slug).update() > 0;
    }

    boolean deleteTopic(String slug) {
        return jdbc.sql("delete from topic where slug = :slug").param("slug", slug).update() > 0;
    }

    private static Taxonomy.Actor actor(ResultSet rs, int row) throws SQLException {
        return new Taxonomy.Actor(rs.getString("slug"), rs.getString("name"), rs.getString("kind"),
                rs.getString("description"), Taxonomy.JSON.readValue(rs.getString("aliases"), TERMS),
                Taxonomy.JSON.readValue(rs.getString("exclude"), STRINGS));
    }

    private static Taxonomy.Topic topic(ResultSet rs, int row) throws SQLException {
        double threshold = rs.getDouble("threshold");
        return new Taxonomy.Topic(rs.getString("slug"), rs.getString("name"), rs.getString("description"),
                Taxonomy.JSON.readValue(rs.getString("keywords"), TERMS), Taxonomy.JSON.readValue(rs.getString("rules"), RULES),
                Taxonomy.JSON.readValue(rs.getString("exclude"), STRINGS), rs.wasNull() ? null : threshold);
    }
}
