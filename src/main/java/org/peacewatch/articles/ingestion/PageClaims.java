package org.peacewatch.articles.ingestion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reserves article pages in PostgreSQL so that, across any number of instances, one page is fetched by one of
 * them: the instance whose insert wins fetches, the others skip. A failed fetch releases its claim (a later poll
 * may retry); a claim left by a crashed instance is taken over once older than the lease.
 */
@Component
class PageClaims {

    private final JdbcClient jdbc;
    private final Clock clock;

    PageClaims(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean claim(String url, long sourceId, Duration lease) {
        Instant now = clock.instant();
        // A won claim commits without waiting for its WAL flush (synchronous_commit off for this statement's own
        // transaction). Safe: PostgreSQL replays WAL in order, so a claim lost in a crash takes everything written
        // after it with it (no article or tag can outlive it), and the page is claimed and fetched again.
        return jdbc.sql("""
                        with claimed as (
                            insert into page_claim (url, source_id, claimed_at) values (:url, :sourceId, :now)
                            on conflict (url) do update set source_id = excluded.source_id, claimed_at = excluded.claimed_at
                            where page_claim.claimed_at < :staleBefore and not page_claim.done
                            returning url)
                        select url, set_config('synchronous_commit', 'off', true) from claimed""")
                .param("url", url)
                .param("sourceId", sourceId)
                .param("now", Timestamp.from(now))
                .param("staleBefore", Timestamp.from(now.minus(lease)))
                .query((rs, row) -> rs.getString("url"))
                .optional()
                .isPresent();
    }

    void done(String url) {
        jdbc.sql("update page_claim set done = true where url = :url").param("url", url).update();
    }

    void release(String url) {
        jdbc.sql("delete from page_claim where url = :url and not done").param("url", url).update();
    }
}
