package io.latentretouch.assets.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.latentretouch.assets.CaptureDays;

/** Capture days as a librarian types them: years, months and days, ranges with open ends, and what is not a day. */
class CaptureDaysTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {"2024|2024-01-01|2024-12-31", "2024-02|2024-02-01|2024-02-29", "2023-02|2023-02-01|2023-02-28",
        "2024-05-01|2024-05-01|2024-05-01", " 2024-05-01..2024-06-30 |2024-05-01|2024-06-30", "2023..2024-03|2023-01-01|2024-03-31",
        "2024-05..|2024-05-01|", "..2023|  |2023-12-31", "''||"})
    void whatALibrarianTypesNamesTheseDays(String text, String from, String to) {
        assertEquals(Optional.of(new CaptureDays(day(from), day(to))), CaptureDays.parse(text));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"2024-13", "2024-02-30", "24", "May 2024", "2024-06..2024-05", "2024/05/01", "2024-5-1"})
    void whatIsNoDayIsSaidSo(String text) {
        assertEquals(Optional.empty(), CaptureDays.parse(text));
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
