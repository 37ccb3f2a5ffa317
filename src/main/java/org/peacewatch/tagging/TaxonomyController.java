package org.peacewatch.tagging;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class TaxonomyController {

    record ActorView(String slug, String name, String kind, String description) {
    }

    record TopicView(String slug, String name, String description) {
    }

    private final JdbcClient jdbc;

    TaxonomyController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/actors")
    List<ActorView> actors() {
        return jdbc.sql("select slug, name, kind, description from actor order by slug").query(ActorView.class).list();
    }

    @GetMapping("/topics")
    List<TopicView> topics() {
        return jdbc.sql("select slug, name, description from topic order by slug").query(TopicView.class).list();
    }
}
