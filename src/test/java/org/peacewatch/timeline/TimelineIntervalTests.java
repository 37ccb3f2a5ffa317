package org.peacewatch.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.peacewatch.articles.BadParameterException;

class TimelineIntervalTests {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Test
    void startsIsoWeeksOnMonday() {
        Instant sunday = Instant.parse("2025-03-09T23:59:00Z");
        assertThat(TimelineInterval.WEEK.floor(sunday, ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-03-03T00:00:00Z"));
        assertThat(TimelineInterval.WEEK.next(Instant.parse("2025-03-03T00:00:00Z"), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2025-03-10T00:00:00Z"));
    }

    @Test
    void startsMonthsOnTheFirstAtLocalMidnight() {
        assertThat(TimelineInterval.MONTH.floor(Instant.parse("2025-02-28T23:00:00Z"), KYIV))
                .isEqualTo(Instant.parse("2025-02-28T22:00:00Z"));
        assertThat(TimelineInterval.MONTH.next(Instant.parse("2025-01-31T22:00:00Z"), KYIV))
                .isEqualTo(Instant.parse("2025-02-28T22:00:00Z"));
    }

    @Test
    void keepsLocalMidnightAcrossDaylightSavingChanges() {
        Instant dayOfChange = Instant.parse("2025-03-29T22:00:00Z");
        Instant next = TimelineInterval.DAY.next(dayOfChange, KYIV);
        assertThat(next).isEqualTo(Instant.parse("2025-03-30T21:00:00Z"));
        assertThat(Duration.between(dayOfChange, next)).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void cutsHoursInUtcWhateverTheZone() {
        ZoneId india = ZoneId.of("Asia/Kolkata");
        assertThat(TimelineInterval.HOUR.floor(Instant.parse("2025-03-03T10:45:00Z"), india))
                .isEqualTo(Instant.parse("2025-03-03T10:00:00Z"));
    }

    @Test
    void rejectsUnknownIntervalsNamingTheParameter() {
        assertThat(TimelineInterval.parse(" Week ")).isEqualTo(TimelineInterval.WEEK);
        assertThatThrownBy(() -> TimelineInterval.parse("fortnight")).isInstanceOf(BadParameterException.class)
                .satisfies(e -> assertThat(((BadParameterException) e).getBody().getProperties()).containsEntry("parameter", "interval"));
    }
}
