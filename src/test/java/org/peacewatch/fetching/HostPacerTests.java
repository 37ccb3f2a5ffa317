package org.peacewatch.fetching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class HostPacerTests {

    private final HostPacer pacer = new HostPacer();

    @Test
    void spacesRequestsToOneHostByTheInterval() throws InterruptedException {
        long started = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            pacer.await("news.example.org", Duration.ofMillis(150));
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void doesNotMakeOtherHostsWait() throws InterruptedException {
        pacer.await("a.example.org", Duration.ofSeconds(5));
        long started = System.nanoTime();

        pacer.await("b.example.org", Duration.ofSeconds(5));
        pacer.await("A.EXAMPLE.ORG".toLowerCase(), Duration.ZERO);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }
}
