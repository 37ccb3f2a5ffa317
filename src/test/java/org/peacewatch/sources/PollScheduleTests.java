package org.peacewatch.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PollScheduleTests {

    private final PollSchedule middleJitter = new PollSchedule(Duration.ofMinutes(5), Duration.ofHours(6),
            Duration.ofHours(12), () -> 0.5);

    @Test
    void pollsMoreOftenWhenASourcePublishesAndLessWhenItIsQuiet() {
        assertThat(middleJitter.afterSuccess(Duration.ofMinutes(30), 4)).isEqualTo(Duration.ofMinutes(15));
        assertThat(middleJitter.afterSuccess(Duration.ofMinutes(30), 0)).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void keepsTheAdaptiveIntervalBetweenMinAndMax() {
        assertThat(middleJitter.afterSuccess(Duration.ofMinutes(6), 10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(middleJitter.afterSuccess(Duration.ofHours(5), 0)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void backsOffExponentiallyUpToTheMaximum() {
        assertThat(middleJitter.afterFailure(Duration.ofMinutes(10), 1, null)).isEqualTo(Duration.ofMinutes(10));
        assertThat(middleJitter.afterFailure(Duration.ofMinutes(10), 3, null)).isEqualTo(Duration.ofMinutes(40));
        assertThat(middleJitter.afterFailure(Duration.ofMinutes(10), 30, null)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void jittersBackoffByAtMostTwentyPercent() {
        var low = new PollSchedule(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofHours(12), () -> 0.0);
        var high = new PollSchedule(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofHours(12), () -> 0.999999);

        assertThat(low.afterFailure(Duration.ofMinutes(10), 1, null)).isEqualTo(Duration.ofMinutes(8));
        assertThat(high.afterFailure(Duration.ofMinutes(10), 1, null)).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void neverRetriesSoonerThanTheServersRetryAfter() {
        assertThat(middleJitter.afterFailure(Duration.ofMinutes(10), 1, Duration.ofHours(2))).isEqualTo(Duration.ofHours(2));
    }
}
