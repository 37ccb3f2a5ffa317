package org.peacewatch.timeline;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Actor and topic names for labelling series and matrix rows. */
@Component
class Taxonomies {

    record Entry(long id, String slug, String name) {
    }

    private final JdbcClient jdbc;

    Taxonomies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The given actors in the order given, or every actor by slug when none is given. */
    List<Entry> actors(long[] ids) {
        return ids.length == 0
                ? jdbc.sql("select id, slug, name from actor order by slug").query(Entry.class).list()
                : jdbc.sql("select id, slug, name from actor where id = any(:ids) order by array_position(:ids, id)")
                        .param("ids", ids).query(Entry.class).list();
    }

    List<Entry> topics(long[] ids) {
        return ids.length == 0
                ? jdbc.sql("select id, slug, name from topic order by slug").query(Entry.class).list()
                : jdbc.sql("select id, slug, name from topic where id = any(:ids) order by array_position(:ids, id)")
                        .param("ids", ids).query(Entry.class).list();
    }
}
