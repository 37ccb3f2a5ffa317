package org.peacewatch.tagging;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the actor and topic tables in step with the bundled taxonomy, and gives the matcher built from it. */
@Component
class TaxonomyStore {

    private final JdbcClient jdbc;
    private final Taxonomy taxonomy = Taxonomy.bundled();
    private final Tagger tagger = new Tagger(taxonomy);

    TaxonomyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Tagger tagger() {
        return tagger;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    void syncBundledTaxonomy() {
        for (Taxonomy.Actor actor : taxonomy.actors()) {
            jdbc.sql("""
                            insert into actor (slug, name, kind, description) values (:slug, :name, :kind, :description)
                            on conflict (slug) do update set name = excluded.name, kind = excluded.kind, description = excluded.description""")
                    .param("slug", actor.slug()).param("name", actor.name()).param("kind", actor.kind())
                    .param("description", actor.description())
                    .update();
        }
        for (Taxonomy.Topic topic : taxonomy.topics()) {
            jdbc.sql("""
                            insert into topic (slug, name, description) values (:slug, :name, :description)
                            on conflict (slug) do update set name = excluded.name, description = excluded.description""")
                    .param("slug", topic.slug()).param("name", topic.name()).param("description", topic.description())
                    .update();
        }
    }
}
