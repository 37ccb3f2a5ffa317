package org.peacewatch.tagging;

import java.util.Optional;

import org.peacewatch.tagging.matching.Taxonomy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.ErrorResponseException;

/**
 * Validated changes to the taxonomy. Each change bumps the taxonomy version in the same transaction and, unless
 * {@code peacewatch.tagging.retag-on-change} is off, queues a re-tagging job that starts once the change commits.
 */
@Service
public class TaxonomyEditor {

    /** What a change did: the new taxonomy version and the re-tagging job it queued, if any. */
    public record Change(long version, Optional<RetagJobs.Job> job) {
    }

    private final TaxonomyStore store;
    private final RetagJobs jobs;
    private final TaggingProperties properties;

    TaxonomyEditor(TaxonomyStore store, RetagJobs jobs, TaggingProperties properties) {
        this.store = store;
        this.jobs = jobs;
        this.properties = properties;
    }

    @Transactional
    public Change createActor(Taxonomy.Actor actor) {
        validate(actor);
        store.lockVersions();
        if (store.actor(actor.slug()).isPresent()) {
            throw problem(HttpStatus.CONFLICT, "An actor with slug '" + actor.slug() + "' already exists.");
        }
        long version = store.bump("create actor " + actor.slug());
        store.upsert(actor, version);
        return changed(version, "actor " + actor.slug() + " created");
    }

    @Transactional
    public Change replaceActor(Taxonomy.Actor actor) {
        validate(actor);
        store.lockVersions();
        store.actor(actor.slug()).orElseThrow(() -> missing("actor", actor.slug()));
        long version = store.bump("update actor " + actor.slug());
        store.upsert(actor, version);
        return changed(version, "actor " + actor.slug() + " updated");
    }

    @Transactional
    public Change deleteActor(String slug) {
        store.lockVersions();
        if (!store.deleteActor(slug)) {
            throw missing("actor", slug);
        }
        return changed(store.bump("delete actor " + slug), "actor " + slug + " deleted");
    }

    @Transactional
    public Change createTopic(Taxonomy.Topic topic) {
        validate(topic);
        store.lockVersions();
        if (store.topic(topic.slug()).isPresent()) {
            throw problem(HttpStatus.CONFLICT, "A topic with slug '" + topic.slug() + "' already exists.");
        }
        long version = store.bump("create topic " + topic.slug());
        store.upsert(topic, version);
        return changed(version, "topic " + topic.slug() + " created");
    }

    @Transactional
    public Change replaceTopic(Taxonomy.Topic topic) {
        validate(topic);
        store.lockVersions();
        store.topic(topic.slug()).orElseThrow(() -> missing("topic", topic.slug()));
        long version = store.bump("update topic " + topic.slug());
        store.upsert(topic, version);
        return changed(version, "topic " + topic.slug() + " updated");
    }

    @Transactional
    public Change deleteTopic(String slug) {
        store.lockVersions();
        if (!store.deleteTopic(slug)) {
            throw missing("topic", slug);
        }
        return changed(store.bump("delete topic " + slug), "topic " + slug + " deleted");
    }

    private Change changed(long version, String reason) {
        if (!properties.retagOnChange()) {
            return new Change(version, Optional.empty());
        }
        RetagJobs.Job job = jobs.enqueue(reason);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jobs.kick();
            }
        });
        return new Change(version, Optional.of(job));
    }

    private static void validate(Taxonomy.Actor actor) {
        try {
            Taxonomy.validate(actor);
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static void validate(Taxonomy.Topic topic) {
        try {
            Taxonomy.validate(topic);
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    public static ErrorResponseException missing(String kind, String slug) {
        return problem(HttpStatus.NOT_FOUND, "No " + kind + " with slug '" + slug + "'.");
    }

    public static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
