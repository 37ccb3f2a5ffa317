package org.peacewatch.articles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the {@code from}/{@code to} query parameters, which accept an ISO date (UTC midnight) or an instant. */
public final class TimeParameters {

    private TimeParameters() {
    }

    /** Returns null for a missing value; a malformed one is a 400 naming the parameter. */
    public static Instant parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(parameter,
                    "must be an ISO date (2025-11-20) or instant (2025-11-20T08:00:00Z), not '" + v + "'");
        }
    }
}
