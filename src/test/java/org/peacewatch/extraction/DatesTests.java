package org.peacewatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class DatesTests {

    @Test
    void keepsTheOffsetWrittenOnThePage() {
        assertThat(Dates.parse("2024-05-03T00:30:00+0200")).isEqualTo(OffsetDateTime.parse("2024-05-03T00:30:00+02:00"));
        assertThat(Dates.parse("2024-5-5 22:17:36").toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 5));
    }

    @Test
    void readsDatesWrittenInWords() {
        assertThat(Dates.textualDay("Published March 17, 2024 at 9:00")).isEqualTo(LocalDate.of(2024, 3, 17));
        assertThat(Dates.textualDay("Stand: 16. Oktober 2019")).isEqualTo(LocalDate.of(2019, 10, 16));
        assertThat(Dates.textualDay("Datum: 03.11.2021")).isEqualTo(LocalDate.of(2021, 11, 3));
        assertThat(Dates.textualDay("24 лютого 2022")).isEqualTo(LocalDate.of(2022, 2, 24));
    }

    @Test
    void findsEveryDayWrittenInAText() {
        assertThat(Dates.writtenDays("Updated Mar 12, 2020 @ 10:42 am · first 15.10.2019 · 2018-02-20 · 1. Januar 2023 · 03/04/2021"))
                .containsExactlyInAnyOrder(LocalDate.of(2020, 3, 12), LocalDate.of(2019, 10, 15), LocalDate.of(2018, 2, 20),
                        LocalDate.of(2023, 1, 1), LocalDate.of(2021, 4, 3), LocalDate.of(2021, 3, 4));
        assertThat(Dates.writtenDays("no dates, only 12:30 and 2020")).isEmpty();
        assertThat(Dates.writtenDays("ByKathryn GiuffridaMar 5, 2025 | 6 comments")).containsExactly(LocalDate.of(2025, 3, 5));
    }

    @Test
    void stopsReadingTheYearsDaysAtTheWantedDay() {
        String text = "Posted 5 March 2024. Earlier: 1 February 2024, 12.01.2024. Next: 2025-01-01";
        assertThat(Dates.writtenDaysOf(text, 2024)).containsExactlyInAnyOrder(LocalDate.of(2024, 3, 5),
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 12));
        assertThat(Dates.writtenDaysOf(text, 2024, LocalDate.of(2024, 3, 5))).containsExactly(LocalDate.of(2024, 3, 5));
        // A day the text does not write: the search runs to the end and the set is whole.
        assertThat(Dates.writtenDaysOf(text, 2024, LocalDate.of(2024, 6, 1))).containsExactlyInAnyOrder(
                LocalDate.of(2024, 3, 5), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 12));
    }

    @Test
    void readsDatesInUrlPaths() {
        assertThat(Dates.fromUrl("https://example.org/2024/03/17/talks")).isEqualTo(LocalDate.of(2024, 3, 17));
        assertThat(Dates.fromUrl("https://example.org/news/20240317-talks")).isEqualTo(LocalDate.of(2024, 3, 17));
        assertThat(Dates.fromUrl("https://example.org/news/talks-123456")).isNull();
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(Dates.parse("2024-13-45")).isNull();
        assertThat(Dates.parse("no date here")).isNull();
    }

    @Test
    void tellsAStatedUtcTimeFromALocalTimeWithoutZone() {
        assertThat(Dates.statedOffset("2022-05-04T03:37:37+00:00")).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(Dates.statedOffset("Wed, 04 May 2022 02:41:00 GMT")).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(Dates.statedOffset("2022-05-03T23:37:37-04:00")).isEqualTo(java.time.ZoneOffset.ofHours(-4));
        assertThat(Dates.statedOffset("2022-05-10T23:35:55")).isNull();
        assertThat(Dates.statedOffset("2022-05-10")).isNull();
    }

    @Test
    void findsADayAfterAPublicationLabel() {
        assertThat(Dates.labelledDay("Posted on the 15/12/2025 at 19:00 by Guillaume")).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(Dates.labelledDay("Aktualisiert am 17.01.2021. Erschienen am: 01.11.2023")).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(Dates.labelledDay("No label 01.11.2023")).isNull();
    }

    @Test
    void readsEveryWayOfWritingTheDayAndMonthBeforeTheYear() {
        // Each format is searched only when the text around a four-digit run has its shape: these are the edge shapes.
        assertThat(Dates.textualDay("el 5 de marzo de 2024")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(Dates.textualDay("on the 5th March, 2024")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(Dates.textualDay("Sept. 9th,\t2024")).isEqualTo(LocalDate.of(2024, 9, 9));
        assertThat(Dates.textualDay("1er mai 2024")).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(Dates.textualDay("3. 11. 2021")).isEqualTo(LocalDate.of(2021, 11, 3));
        assertThat(Dates.textualDay("\uD835\uDC00\uD835\uDC00 Mar 5, 2024")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(Dates.dayIn("  2024-03-05  ")).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void findsNoDayAroundAYearWrittenAlone() {
        assertThat(Dates.textualDay("in 2024, 12 more talks")).isNull();
        assertThat(Dates.textualDay("123 March 2024")).isNull();
        assertThat(Dates.textualDay("March 123, 2024")).isNull();
        assertThat(Dates.dayIn("the 5 year plan of 20245")).isNull();
        assertThat(Dates.writtenDays("in 2024 and 2025, 17 of them")).isEmpty();
    }

    @Test
    void readsShortDottedDatesWithTwoDigitYears() {
        assertThat(Dates.textualDay("Von: Björn Jahner | 31.10.23")).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(Dates.textualDay("Version 1.2.3.4")).isNull();
        assertThat(Dates.textualDay("31.10.23, Stand 20. Dezember 2022")).isEqualTo(LocalDate.of(2022, 12, 20));
    }
}
