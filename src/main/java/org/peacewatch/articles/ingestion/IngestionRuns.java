package org.peacewatch.articles.ingestion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Records each poll of a source as an ingestion run with its counts, and reads them back for operators. */
@Component
public class IngestionRuns {

    /** One run as the API shows it. */
    public record Run(long id, long sourceId, Instant startedAt, Instant finishedAt, int discovered, int fetched, int stored,
               int duplicates, int failed, int noArticle, Map<String, Integer> byStatus, String error) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    IngestionRuns(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    long start(long sourceId) {
        return jdbc.sql("insert into ingestion_run (source_id, started_at) values (:sourceId, :now) returning id")
                .param("sourceId", sourceId)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    void finish(long runId, IngestionReport report) {
        jdbc.sql("""
                        update ingestion_run set finished_at = :now, discovered = :discovered, fetched = :fetched,
                               stored = :stored, duplicates = :duplicates, failed = :failed, no_article = :noArticle,
                               by_status = cast(:byStatus as jsonb), error = :error
                        where id = :id""")
                .param("now", Timestamp.from(clock.instant()))
                .param("discovered", report.discovered())
                .param("fetched", report.fetched())
                .param("stored", report.stored())
                .param("duplicates", report.duplicates())
                .param("failed", report.failed())
                .param("noArticle", report.noArticle())
                .param("byStatus", json.writeValueAsString(report.byStatus()))
                .param("error", report.error())
                .param("id", runId)
                .update();
    }

    /** Newest first; {@code before} is the keyset cursor (the last id of the previous page), null for the first. */
    public List<Run> list(Long sourceId, Long before, int limit) {
        return jdbc.sql("""
                        select id, source_id, started_at, finished_at, discovered, fetched, stored, duplicates, failed,
                               no_article, by_status::text as by_status, error
                        from ingestion_run
                        where (cast(:sourceId as bigint) is null or source_id = :sourceId)
                          and (cast(:before as bigint) is null or id < :before)
                        order by id desc
                        limit :limit""")
                .param("sourceId", sourceId)
                .param("before", before)
                .param("limit", limit)
                .query((rs, n) -> new Run(rs.getLong("id"), rs.getLong("source_id"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        rs.getInt("discovered"), rs.getInt("fetched"), rs.getInt("stored"), rs.getInt("duplicates"),
                        rs.getInt("failed"), rs.getInt("no_article"), json.readValue(rs.getString("by_status"),
                                new TypeReference<LinkedHashMap<String, Integer>>() { }),
                        rs.getString("error")))
                .list();
    }
}
