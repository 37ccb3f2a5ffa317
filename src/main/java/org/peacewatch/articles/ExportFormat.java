package org.peacewatch.articles;

import java.util.Locale;

import org.springframework.http.MediaType;

/**
 * How a read endpoint answers: JSON (the default), or a streamed CSV or NDJSON export chosen by {@code format=} or,
 * failing that, by the {@code Accept} header.
 */
public enum ExportFormat {
    JSON(MediaType.APPLICATION_JSON_VALUE),
    CSV("text/csv;charset=UTF-8"),
    NDJSON("application/x-ndjson");

    public static final String CSV_TYPE = "text/csv";
    public static final String NDJSON_TYPE = "application/x-ndjson";

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public boolean streamed() {
        return this != JSON;
    }

    public static ExportFormat of(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                case "ndjson", "jsonl" -> NDJSON;
                default -> throw new BadParameterException("format", "must be one of json, csv, ndjson, not '" + format + "'");
            };
        }
        if (accept != null) {
            java.util.List<MediaType> types;
            try {
                types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
            } catch (org.springframework.http.InvalidMediaTypeException e) {
                return JSON;
            }
            types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            for (MediaType type : types) {
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                    return JSON;
                }
                if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                    return CSV;
                }
                if (type.getSubtype().equals("x-ndjson") || type.getSubtype().equals("ndjson")) {
                    return NDJSON;
                }
            }
        }
        return JSON;
    }

    /** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break. */
    public static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
