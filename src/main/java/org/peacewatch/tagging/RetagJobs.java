package org.peacewatch.tagging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.peacewatch.articles.ArticleCatalog;
import org.peacewatch.articles.StoredArticle;
import org.peacewatch.tagging.matching.Tagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-tags every stored article with the current taxonomy as a background job. Articles are walked in id order in
 * batches; each batch's new tags and the job's cursor commit together, so a job resumes exactly where it stopped
 * after a restart (another instance takes it over once its heartbeat is older than the lease), and a timeline read
 * during the job sees each article with either its old or its new tags.
 */
@Component
public class RetagJobs {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public record Job(long id, String kind, Status status, String reason, long taxonomyVersion, long total, long processed,
               double progress, Instant createdAt, Instant startedAt, Instant finishedAt, String error) {
    }

    private static final Logger log = LoggerFactory.getLogger(RetagJobs.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ArticleCatalog articles;
    private final TaxonomyStore taxonomy;
    private final TagWriter writer;
    private final TaggingProperties properties;
    private final TaskExecutor executor;
    private final Clock clock;
    private final AtomicBoolean working = new AtomicBoolean();

    RetagJobs(JdbcClient jdbc, TransactionTemplate transactions, ArticleCatalog articles, TaxonomyStore taxonomy,
              TagWriter writer, TaggingProperties properties,
              @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.writer = writer;
        this.properties = properties;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Queues a re-tag (joins the queued one if there is one: it has not started, so it will use the newest
     * taxonomy anyway). Runs in the caller's transaction, if any.
     */
    public Job enqueue(String reason) {
        Optional<Long> queued = jdbc.sql("select id from tagging_job where status = 'QUEUED' order by id limit 1 for update")
                .query(Long.class).optional();
        long id = queued.orElseGet(() -> jdbc.sql("""
                        insert into tagging_job (status, reason, taxonomy_version, created_at)
                        values ('QUEUED', :reason, :version, :now) returning id""")
                .param("reason", reason).param("version", taxonomy.version()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single());
        if (queued.isPresent()) {
            jdbc.sql("update tagging_job set taxonomy_version = :version where id = :id")
                    .param("version", taxonomy.version()).param("id", id).update();
        }
        return find(id).orElseThrow();
    }

    public Optional<Job> find(long id) {
        return jdbc.sql("select * from tagging_job where id = :id").param("id", id).query(RetagJobs::job).optional();
    }

    /** Starts working on open jobs now, in the background, rather than at the next poll. */
    public void kick() {
        executor.execute(this::work);
    }

    @Scheduled(fixedDelayString = "${peacewatch.tagging.job-poll-every:5s}", initialDelayString = "${peacewatch.tagging.job-poll-every:5s}")
    void work() {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        try {
            Optional<Job> job;
            while ((job = claim()).isPresent()) {
                run(job.get());
            }
        } finally {
            working.set(false);
        }
    }

    private Optional<Job> claim() {
        Instant now = clock.instant();
        return transactions.execute(status -> jdbc.sql("""
                        update tagging_job set status = 'RUNNING', started_at = coalesce(started_at, :now), heartbeat_at = :now
                        where id = (select id from tagging_job
                                    where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < :stale)
                                    order by id limit 1 for update skip locked)
                        returning *""")
                .param("now", Timestamp.from(now)).param("stale", Timestamp.from(now.minus(properties.jobLease())))
                .query(RetagJobs::job).optional());
    }

    private void run(Job job) {
        try {
            if (job.total() == 0) {
                jdbc.sql("update tagging_job set total = :total where id = :id")
                        .param("total", articles.count()).param("id", job.id()).update();
            }
            boolean more = true;
            while (more) {
                more = Boolean.TRUE.equals(transactions.execute(status -> batch(job.id())));
            }
        } catch (RuntimeException e) {
            log.error("Re-tagging job {} failed", job.id(), e);
            jdbc.sql("update tagging_job set status = 'FAILED', finished_at = :now, error = :error where id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("error", e.getClass().getSimpleName() + ": " + e.getMessage())
                    .param("id", job.id()).update();
        }
    }

    /** Re-tags one batch after the job's cursor and moves the cursor, in one transaction; false when done. */
    private boolean batch(long jobId) {
        Optional<Long> position = jdbc.sql("select last_article_id from tagging_job where id = :id for update")
                .param("id", jobId).query(Long.class).optional();
        if (position.isEmpty()) {
            return false; // Deleted while running: nothing left to report progress to.
        }
        long cursor = position.get();
        List<StoredArticle> page = articles.pageAfter(cursor, properties.retagBatchSize());
        Instant now = clock.instant();
        if (page.isEmpty()) {
            jdbc.sql("""
                            update tagging_job set status = 'DONE', finished_at = :now, heartbeat_at = :now,
                                total = greatest(total, processed) where id = :id""")
                    .param("now", Timestamp.from(now)).param("id", jobId).update();
            return false;
        }
        Tagger tagger = taxonomy.tagger();
        for (StoredArticle article : page) {
            writer.replace(article.id(), tagger.tag(article.title(), article.text()));
        }
        jdbc.sql("""
                        update tagging_job set last_article_id = :cursor, processed = processed + :n, heartbeat_at = :now,
                            taxonomy_version = :version
                        where id = :id""")
                .param("cursor", page.get(page.size() - 1).id()).param("n", page.size())
                .param("now", Timestamp.from(now)).param("version", tagger.version()).param("id", jobId).update();
        return true;
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        long total = rs.getLong("total");
        long processed = rs.getLong("processed");
        Status status = Status.valueOf(rs.getString("status"));
        double progress = status == Status.DONE ? 1.0 : total == 0 ? 0.0 : Math.min(1.0, processed / (double) total);
        return new Job(rs.getLong("id"), rs.getString("kind"), status, rs.getString("reason"),
                rs.getLong("taxonomy_version"), total, processed, Math.round(progress * 1000) / 1000.0,
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"), rs.getString("error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
