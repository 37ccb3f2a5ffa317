package org.peacewatch.tagging.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.peacewatch.tagging.TaxonomyEditor;
import org.peacewatch.tagging.TaxonomyStore;
import org.peacewatch.tagging.matching.Taxonomy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin CRUD for single actors and topics (the lists live elsewhere). Writes answer with the new taxonomy version
 * in {@code X-Taxonomy-Version} and the re-tagging job they started in {@code X-Retag-Job}.
 */
@RestController
@RequestMapping("/api/v1")
class TaxonomyAdminController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    record ActorRequest(String slug, @NotBlank @Size(max = 200) String name, @NotBlank String kind,
                        @Size(max = 2000) String description, Map<String, List<String>> aliases, List<String> exclude) {

        Taxonomy.Actor toActor(String slug) {
            return new Taxonomy.Actor(slug, name, kind, description, aliases, exclude);
        }
    }

    record ActorPatch(@Size(min = 1, max = 200) String name, String kind, @Size(max = 2000) String description,
                      Map<String, List<String>> aliases, List<String> exclude) {
    }

    record TopicRequest(String slug, @NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
                        Map<String, List<String>> keywords, List<Taxonomy.Rule> rules, List<String> exclude,
                        Double threshold) {

        Taxonomy.Topic toTopic(String slug) {
            return new Taxonomy.Topic(slug, name, description, keywords, rules, exclude, threshold);
        }
    }

    record TopicPatch(@Size(min = 1, max = 200) String name, @Size(max = 2000) String description,
                      Map<String, List<String>> keywords, List<Taxonomy.Rule> rules, List<String> exclude,
                      Double threshold) {
    }

    private final TaxonomyStore store;
    private final TaxonomyEditor editor;

    TaxonomyAdminController(TaxonomyStore store, TaxonomyEditor editor) {
        this.store = store;
        this.editor = editor;
    }

    @GetMapping("/actors/{slug}")
    Taxonomy.Actor actor(@PathVariable String slug) {
        return store.actor(slug).orElseThrow(() -> TaxonomyEditor.missing("actor", slug));
    }

    @PostMapping("/actors")
    ResponseEntity<Taxonomy.Actor> createActor(@Valid @RequestBody ActorRequest request) {
        if (request.slug() == null) {
            throw TaxonomyEditor.problem(HttpStatus.BAD_REQUEST, "slug is required.");
        }
        Taxonomy.Actor actor = request.toActor(request.slug());
        var change = editor.createActor(actor);
        return written(ResponseEntity.created(URI.create("/api/v1/actors/" + actor.slug())), change, actor);
    }

    @PutMapping("/actors/{slug}")
    ResponseEntity<Taxonomy.Actor> replaceActor(@PathVariable String slug, @Valid @RequestBody ActorRequest request) {
        sameSlug(slug, request.slug());
        Taxonomy.Actor actor = request.toActor(slug);
        return written(ResponseEntity.ok(), editor.replaceActor(actor), actor);
    }

    @PatchMapping(path = "/actors/{slug}", consumes = {"application/json", MERGE_PATCH})
    ResponseEntity<Taxonomy.Actor> patchActor(@PathVariable String slug, @Valid @RequestBody ActorPatch patch) {
        Taxonomy.Actor old = actor(slug);
        Taxonomy.Actor actor = new Taxonomy.Actor(slug, or(patch.name(), old.name()), or(patch.kind(), old.kind()),
                or(patch.description(), old.description()), or(patch.aliases(), old.aliases()),
                or(patch.exclude(), old.exclude()));
        return written(ResponseEntity.ok(), editor.replaceActor(actor), actor);
    }

    @DeleteMapping("/actors/{slug}")
    ResponseEntity<Void> deleteActor(@PathVariable String slug) {
        return written(ResponseEntity.noContent(), editor.deleteActor(slug), null);
    }

    @GetMapping("/topics/{slug}")
    Taxonomy.Topic topic(@PathVariable String slug) {
        return store.topic(slug).orElseThrow(() -> TaxonomyEditor.missing("topic", slug));
    }

    @PostMapping("/topics")
    ResponseEntity<Taxonomy.Topic> createTopic(@Valid @RequestBody TopicRequest request) {
        if (request.slug() == null) {
            throw TaxonomyEditor.problem(HttpStatus.BAD_REQUEST, "slug is required.");
        }
        Taxonomy.Topic topic = request.toTopic(request.slug());
        var change = editor.createTopic(topic);
        return written(ResponseEntity.created(URI.create("/api/v1/topics/" + topic.slug())), change, topic);
    }

    @PutMapping("/topics/{slug}")
    ResponseEntity<Taxonomy.Topic> replaceTopic(@PathVariable String slug, @Valid @RequestBody TopicRequest request) {
        sameSlug(slug, request.slug());
        Taxonomy.Topic topic = request.toTopic(slug);
        return written(ResponseEntity.ok(), editor.replaceTopic(topic), topic);
    }

    @PatchMapping(path = "/topics/{slug}", consumes = {"application/json", MERGE_PATCH})
    ResponseEntity<Taxonomy.Topic> patchTopic(@PathVariable String slug, @Valid @RequestBody TopicPatch patch) {
        Taxonomy.Topic old = topic(slug);
        Taxonomy.Topic topic = new Taxonomy.Topic(slug, or(patch.name(), old.name()), or(patch.description(), old.description()),
                or(patch.keywords(), old.keywords()), or(patch.rules(), old.rules()), or(patch.exclude(), old.exclude()),
                or(patch.threshold(), old.threshold()));
        return written(ResponseEntity.ok(), editor.replaceTopic(topic), topic);
    }

    @DeleteMapping("/topics/{slug}")
    ResponseEntity<Void> deleteTopic(@PathVariable String slug) {
        return written(ResponseEntity.noContent(), editor.deleteTopic(slug), null);
    }

    private static <T> ResponseEntity<T> written(ResponseEntity.HeadersBuilder<?> response, TaxonomyEditor.Change change, T body) {
        response.header("X-Taxonomy-Version", Long.toString(change.version()));
        change.job().ifPresent(job -> response.header("X-Retag-Job", "/api/v1/jobs/" + job.id()));
        if (body == null) {
            return response.build();
        }
        return ((ResponseEntity.BodyBuilder) response).body(body);
    }

    private static void sameSlug(String path, String body) {
        if (body != null && !body.equals(path)) {
            throw TaxonomyEditor.problem(HttpStatus.BAD_REQUEST, "slug in the body ('" + body + "') differs from the path ('" + path + "'); slugs are stable.");
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
