package org.peacewatch.fetching;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces requests to one host at least an interval apart, across all threads of this instance: each caller takes
 * the next free slot for the host and sleeps until it.
 */
final class HostPacer {

    private final ConcurrentHashMap<String, Long> nextFreeNanos = new ConcurrentHashMap<>();

    /** Waits for this host's next slot; a zero interval never waits. */
    void await(String host, Duration interval) throws InterruptedException {
        if (interval.isZero() || interval.isNegative() || host == null) {
            return;
        }
        long gap = interval.toNanos();
        long now = System.nanoTime();
        long slot = nextFreeNanos.compute(host.toLowerCase(Locale.ROOT),
                (h, next) -> next == null || next - now < 0 ? now + gap : next + gap) - gap;
        long wait = slot - now;
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
