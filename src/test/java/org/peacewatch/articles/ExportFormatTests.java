package org.peacewatch.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExportFormatTests {

    @Test
    void choosesByFormatParameterBeforeAcceptHeader() {
        assertThat(ExportFormat.of("csv", "application/json")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.of("ndjson", null)).isEqualTo(ExportFormat.NDJSON);
        assertThat(ExportFormat.of(null, "text/csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.of(null, "application/x-ndjson")).isEqualTo(ExportFormat.NDJSON);
        assertThat(ExportFormat.of(null, "*/*")).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.of(null, null)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.of(null, "not a media type")).isEqualTo(ExportFormat.JSON);
    }

    @Test
    void honoursAcceptQualityValues() {
        assertThat(ExportFormat.of(null, "application/json;q=0.5, text/csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.of(null, "text/csv;q=0.2, application/json")).isEqualTo(ExportFormat.JSON);
    }

    @Test
    void rejectsUnknownFormats() {
        assertThatThrownBy(() -> ExportFormat.of("xml", null)).isInstanceOf(BadParameterException.class);
    }

    @Test
    void quotesCsvFieldsOnlyWhenNeeded() {
        assertThat(ExportFormat.csv("plain")).isEqualTo("plain");
        assertThat(ExportFormat.csv("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(ExportFormat.csv("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ExportFormat.csv(null)).isEmpty();
    }
}
