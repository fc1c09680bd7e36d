package id.go.kinerja.platform.worktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandardTimeTest {

    @Test
    void minutesAndWorkingDaysAreReadFromTheirShortForm() {
        assertEquals(StandardTime.minutes(5), StandardTime.parse("5m"));
        assertEquals(StandardTime.minutes(90), StandardTime.parse(" 90M "));
        assertEquals(StandardTime.workingDays(1), StandardTime.parse("1d"));
        assertEquals(StandardTime.workingDays(2), StandardTime.parse("2d"));
        assertEquals("120m", StandardTime.parse("120m").toString());
        assertEquals("2d", StandardTime.workingDays(2).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "90", "m", "0m", "-5m", "1.5d", "2 days", "1w", "9999999m"})
    void anythingElseIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> StandardTime.parse(text));
    }
}
