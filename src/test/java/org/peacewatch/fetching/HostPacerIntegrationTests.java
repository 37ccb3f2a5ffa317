package org.peacewatch.fetching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacewatch.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two pacers, as two instances would have (each with its own connection, sharing only the database), reserving
 * slots for one host. Slot times are the database's own, so spacing is asserted exactly, without sleeping.
 */
class HostPacerIntegrationTests extends IntegrationTest {

    private static final Duration INTERVAL = Duration.ofMillis(100);
    private static final Duration LONG_WAIT = Duration.ofMinutes(1);

    @Autowired
    Environment environment;

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void givesTwoInstancesSlotsForOneHostAtLeastTheIntervalApart() throws Exception {
        List<HostPacer> instances = List.of(new HostPacer(jdbc), new HostPacer(otherConnection()));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Instant>>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            HostPacer pacer = instances.get(w % 2);
            workers.add(threads.submit(() -> {
                start.await();
                List<Instant> slots = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    slots.add(pacer.reserve("news.example.org", INTERVAL, LONG_WAIT).orElseThrow().at());
                }
                return slots;
            }));
        }
        start.countDown();
        List<Instant> slots = new ArrayList<>();
        for (Future<List<Instant>> worker : workers) {
            slots.addAll(worker.get());
        }

        Collections.sort(slots);
        assertThat(slots).hasSize(40);
        for (int i = 1; i < slots.size(); i++) {
            assertThat(Duration.between(slots.get(i - 1), slots.get(i))).as("gap before slot %d", i)
                    .isGreaterThanOrEqualTo(INTERVAL);
        }
    }

    @Test
    void waitsForTheSlotTheOtherInstanceLeftFree() {
        HostPacer first = new HostPacer(jdbc);
        HostPacer second = new HostPacer(otherConnection());

        HostPacer.Slot taken = first.reserve("news.example.org", Duration.ofSeconds(30), LONG_WAIT).orElseThrow();
        HostPacer.Slot next = second.reserve("news.example.org", Duration.ofSeconds(30), LONG_WAIT).orElseThrow();

        assertThat(Duration.between(taken.at(), next.at())).isEqualTo(Duration.ofSeconds(30));
        assertThat(next.delay()).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
    }

    @Test
    void treatsHostNamesAlikeWhateverTheirCaseButKeepsWwwApart() {
        HostPacer pacer = new HostPacer(jdbc);
        pacer.reserve("News.Example.ORG", Duration.ofSeconds(30), LONG_WAIT).orElseThrow();

        assertThat(pacer.reserve("news.example.org", Duration.ofSeconds(30), LONG_WAIT).orElseThrow().delay())
                .isGreaterThan(Duration.ofSeconds(25));
        assertThat(pacer.reserve("www.news.example.org", Duration.ofSeconds(30), LONG_WAIT).orElseThrow().delay())
                .isLessThan(Duration.ofSeconds(1));
        assertThat(pacer.reserve("other.example.org", Duration.ofSeconds(30), LONG_WAIT).orElseThrow().delay())
                .isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void answersBusyWithoutTakingASlotWhenTheHostsTurnIsBeyondTheLongestWait() throws InterruptedException {
        HostPacer pacer = new HostPacer(jdbc);
        pacer.reserve("news.example.org", Duration.ofSeconds(20), LONG_WAIT).orElseThrow();
        Instant nextBefore = nextSlot("news.example.org");

        assertThat(pacer.reserve("news.example.org", Duration.ofSeconds(20), Duration.ofSeconds(5))).isEmpty();
        assertThat(pacer.await("news.example.org", Duration.ofSeconds(20), Duration.ofSeconds(5))).isFalse();
        assertThat(nextSlot("news.example.org")).as("a refused reservation leaves the queue as it was")
                .isEqualTo(nextBefore);
        assertThat(pacer.reserve("news.example.org", Duration.ofSeconds(20), Duration.ofSeconds(25))).isPresent();
    }

    @Test
    void leavesTheDatabaseAloneWhenPacingIsOff() throws InterruptedException {
        HostPacer pacer = new HostPacer(jdbc);

        assertThat(pacer.await("news.example.org", Duration.ZERO, LONG_WAIT)).isTrue();
        assertThat(pacer.await("news.example.org", Duration.ZERO, LONG_WAIT)).isTrue();

        assertThat(jdbc.sql("select count(*) from host_pace").query(Long.class).single()).isZero();
    }

    @Test
    void forgetsHostsIdleForAnHour() {
        jdbc.sql("""
                insert into host_pace (host, next_slot) values
                    ('idle.example.org', now() - interval '2 hours'),
                    ('recent.example.org', now() - interval '10 minutes'),
                    ('queued.example.org', now() + interval '5 seconds')""").update();

        assertThat(new HostPacer(jdbc).forgetIdleHosts()).isEqualTo(1);

        assertThat(jdbc.sql("select host from host_pace order by host").query(String.class).list())
                .containsExactly("queued.example.org", "recent.example.org");
    }

    private Instant nextSlot(String host) {
        return jdbc.sql("select next_slot from host_pace where host = :host").param("host", host)
                .query(Timestamp.class).single().toInstant();
    }

    /** A connection of its own, as a second instance would have. */
    private JdbcClient otherConnection() {
        return JdbcClient.create(new DriverManagerDataSource(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", "")));
    }
}
