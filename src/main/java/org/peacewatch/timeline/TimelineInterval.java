package org.peacewatch.timeline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.peacewatch.articles.BadParameterException;

/**
 * A bucket width. Day, week (ISO: Monday to Sunday) and month buckets start at midnight in the requested time zone
 * (UTC by default); hour buckets are UTC hours whatever the zone.
 */
enum TimelineInterval {
    HOUR, DAY, WEEK, MONTH;

    static TimelineInterval parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("interval", "must be one of hour, day, week, month, not '" + value + "'");
        }
    }

    /** The zone buckets are cut in: hours ignore the requested zone. */
    ZoneId effectiveZone(ZoneId requested) {
        return this == HOUR ? ZoneOffset.UTC : requested;
    }

    Instant floor(Instant instant, ZoneId requested) {
        ZonedDateTime t = instant.atZone(effectiveZone(requested));
        ZonedDateTime start = switch (this) {
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
            case DAY -> t.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        };
        // Re-resolve the local midnight in the zone, so a DST change inside the bucket keeps its start right.
        return this == HOUR ? start.toInstant() : start.toLocalDate().atStartOfDay(start.getZone()).toInstant();
    }

    Instant next(Instant bucketStart, ZoneId requested) {
        ZonedDateTime t = bucketStart.atZone(effectiveZone(requested));
        return switch (this) {
            case HOUR -> bucketStart.plus(1, ChronoUnit.HOURS);
            case DAY -> t.toLocalDate().plusDays(1).atStartOfDay(t.getZone()).toInstant();
            case WEEK -> t.toLocalDate().plusWeeks(1).atStartOfDay(t.getZone()).toInstant();
            case MONTH -> t.toLocalDate().plusMonths(1).atStartOfDay(t.getZone()).toInstant();
        };
    }

    /** PostgreSQL date_trunc field; date_trunc('week', ...) starts ISO weeks on Monday too. */
    String sqlUnit() {
        return name().toLowerCase(Locale.ROOT);
    }
}
