package org.peacewatch.fetching;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spaces requests to one host at least an interval apart, across every instance that shares the database: each
 * caller reserves the host's next free slot and sleeps until it.
 * <p>
 * The slots live in PostgreSQL ({@code host_pace}) because pacing kept in memory holds only within one JVM: two
 * instances would each send a request a second and hit the site twice as often as configured. One upsert both reads
 * and moves the host's next free slot, so concurrent reservations from any number of instances are ordered by the
 * row lock, and all times come from the database clock, so instances whose clocks disagree cannot crowd a host.
 * The upsert is its own short transaction (fetches run outside transactions), so the row is locked only for it.
 * <p>
 * A slot is only reserved if it begins within the caller's longest wait ({@code peacewatch.fetch.max-pace-wait},
 * or less when the fetch's deadline is nearer). A host with a long queue (many workers, a long crawl-delay) answers
 * "busy" at once instead of parking the worker for minutes and handing it a slot it might time out before using: a
 * reserved slot that goes unused is a request the host would have allowed.
 */
@Component
class HostPacer {

    /** A reserved slot: when it begins (database time) and how long the caller still had to wait for it then. */
    record Slot(Instant at, Duration delay) {
    }

    private final JdbcClient jdbc;

    HostPacer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for this host's next slot; returns false without waiting, and without taking a slot, when that slot is
     * more than {@code maxWait} away. A zero interval returns at once and never touches the database.
     */
    boolean await(String host, Duration interval, Duration maxWait) throws InterruptedException {
        if (interval.isZero() || interval.isNegative() || host == null) {
            return true;
        }
        Optional<Slot> slot = reserve(host, interval, maxWait);
        if (slot.isEmpty()) {
            return false;
        }
        long wait = slot.get().delay().toNanos();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        return true;
    }

    /** Reserves the host's next slot if it begins within {@code maxWait}; the next one then begins an interval later. */
    Optional<Slot> reserve(String host, Duration interval, Duration maxWait) {
        long gap = interval.toNanos() / 1_000;
        // clock_timestamp(), not now(): the statement may wait on the host's row lock, and now() would be stale.
        return jdbc.sql("""
                        insert into host_pace as p (host, next_slot)
                        values (:host, clock_timestamp() + :gap * interval '1 microsecond')
                        on conflict (host) do update
                            set next_slot = greatest(p.next_slot, clock_timestamp()) + :gap * interval '1 microsecond'
                            where p.next_slot <= clock_timestamp() + :maxWait * interval '1 microsecond'
                        returning p.next_slot - :gap * interval '1 microsecond' as slot,
                                  (extract(epoch from p.next_slot - clock_timestamp()) * 1000000)::bigint - :gap as wait_micros""")
                .param("host", key(host))
                .param("gap", gap)
                .param("maxWait", Math.max(0, maxWait.toNanos() / 1_000))
                .query((rs, row) -> new Slot(rs.getTimestamp("slot").toInstant(),
                        Duration.ofNanos(Math.max(0, rs.getLong("wait_micros")) * 1_000)))
                .optional();
    }

    /**
     * Drops hosts not requested for an hour, so the table holds the hosts in use rather than every host ever fetched.
     * Safe at any moment: a host without a row is free now, just as one whose next slot has passed.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    int forgetIdleHosts() {
        return jdbc.sql("delete from host_pace where next_slot < clock_timestamp() - interval '1 hour'").update();
    }

    /** One key per host name, whatever its case; www.example.org and example.org stay two hosts, as in the URL. */
    static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }
}
