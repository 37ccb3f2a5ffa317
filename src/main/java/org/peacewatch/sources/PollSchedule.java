package org.peacewatch.sources;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to poll next. Adaptive after a success (Miniflux-style): a poll that found new items halves the interval,
 * an empty one stretches it by half, within [min, max]. Exponential after failures, with jitter so sources that
 * failed together do not retry together, and never sooner than a server's Retry-After.
 */
final class PollSchedule {

    private final Duration min;
    private final Duration max;
    private final Duration maxBackoff;
    private final DoubleSupplier random;

    PollSchedule(Duration min, Duration max, Duration maxBackoff, DoubleSupplier random) {
        this.min = min;
        this.max = max;
        this.maxBackoff = maxBackoff;
        this.random = random;
    }

    Duration afterSuccess(Duration current, int newItems) {
        long seconds = newItems > 0 ? current.toSeconds() / 2 : current.toSeconds() * 3 / 2;
        return clamp(Duration.ofSeconds(seconds), min, max);
    }

    /** The wait after the {@code failures}-th consecutive failure, ±20 % jitter, at least {@code retryAfter}. */
    Duration afterFailure(Duration current, int failures, Duration retryAfter) {
        int exponent = Math.min(Math.max(failures - 1, 0), 20);
        double base = Math.min((double) current.toSeconds() * (1L << exponent), maxBackoff.toSeconds());
        double jittered = base * (0.8 + 0.4 * random.getAsDouble());
        Duration wait = Duration.ofSeconds(Math.max(1, Math.round(jittered)));
        return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }

    private static Duration clamp(Duration d, Duration low, Duration high) {
        return d.compareTo(low) < 0 ? low : d.compareTo(high) > 0 ? high : d;
    }
}
