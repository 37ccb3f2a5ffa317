package org.peacewatch.timeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.peacewatch.articles.BadParameterException;

/** A bucket width. Buckets start on UTC boundaries. */
enum TimelineInterval {
    DAY;

    static TimelineInterval parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("interval", "must be one of day, not '" + value + "'");
        }
    }

    Instant floor(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
    }

    Instant next(Instant bucketStart) {
        return bucketStart.plus(1, ChronoUnit.DAYS);
    }

    String sqlUnit() {
        return name().toLowerCase(Locale.ROOT);
    }
}
