package id.go.kinerja.platform.worktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-time arithmetic on the default calendar: Monday to Friday, 07:30-16:00 WIB. */
class WorkingCalendarTest {

    /** Hari Raya Waisak 2025, a Monday. */
    private static final LocalDate WAISAK = LocalDate.of(2025, 5, 12);

    private final WorkingCalendar calendar = WorkingCalendar.standard();

    /** A wall-clock time in Jakarta, e.g. "2025-05-09T15:00" (a Friday). */
    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.WIB).toInstant();
    }

    @Test
    void oneDayStartedFridayAfternoonIsDueMondayAtTheSameTime() {
        assertEquals(wib("2025-05-12T15:00"), calendar.deadline(wib("2025-05-09T15:00"), StandardTime.parse("1d")));
    }

    @Test
    void aHolidayMondayPushesTheDeadlineToTuesday() {
        WorkingCalendar withWaisak = calendar.withHolidays(Set.of(WAISAK));

        assertEquals(wib("2025-05-13T15:00"), withWaisak.deadline(wib("2025-05-09T15:00"), StandardTime.parse("1d")));
        assertEquals(wib("2025-05-13T08:30"), withWaisak.deadline(wib("2025-05-09T15:30"), StandardTime.parse("90m")));
    }

    @Test
    void twoDaysOfDataEntryCountOnlyWorkingDays() {
        // A6: operators get two working days; started Thursday 10:00 they have until Monday 10:00
        assertEquals(wib("2025-05-12T10:00"), calendar.deadline(wib("2025-05-08T10:00"), StandardTime.parse("2d")));
        assertEquals(wib("2025-05-13T10:00"),
                calendar.withHolidays(Set.of(WAISAK)).deadline(wib("2025-05-08T10:00"), StandardTime.parse("2d")));
    }

    @Test
    void oneDayStartedAtTheOpeningIsDueAtTheClosingOfThatDay() {
        assertEquals(wib("2025-05-13T16:00"), calendar.deadline(wib("2025-05-13T07:30"), StandardTime.workingDays(1)));
    }

    @Test
    void minutesThatDoNotFitInTheDayContinueAtTheNextOpening() {
        // 30 minutes on Tuesday, 90 on Wednesday
        assertEquals(wib("2025-05-14T09:00"), calendar.deadline(wib("2025-05-13T15:30"), StandardTime.minutes(120)));
        // exactly up to the closing stays on the same day
        assertEquals(wib("2025-05-13T16:00"), calendar.deadline(wib("2025-05-13T15:30"), StandardTime.minutes(30)));
        // Friday's last half hour, then Monday
        assertEquals(wib("2025-05-12T08:30"), calendar.deadline(wib("2025-05-09T15:30"), StandardTime.minutes(90)));
    }

    @Test
    void aStepStartedOutsideWorkingHoursCountsFromTheNextOpening() {
        assertEquals(wib("2025-05-13T07:35"), calendar.deadline(wib("2025-05-13T06:10"), StandardTime.minutes(5)));
        assertEquals(wib("2025-05-14T09:30"), calendar.deadline(wib("2025-05-13T17:45"), StandardTime.minutes(120)));
        assertEquals(wib("2025-05-12T07:35"), calendar.deadline(wib("2025-05-10T10:00"), StandardTime.minutes(5)));
        assertEquals(wib("2025-05-12T16:00"), calendar.deadline(wib("2025-05-11T21:00"), StandardTime.workingDays(1)));
    }

    @ParameterizedTest(name = "{0} from Friday 14:00 WIB is due {1}")
    @CsvSource({
            "5m,   2025-05-09T14:05", // A1 / B1 the Head's memo
            "30m,  2025-05-09T14:30", // A8, A9, A11 recap, report, disposition
            "60m,  2025-05-09T15:00", // A2 / B2 the Secretary's meeting
            "90m,  2025-05-09T15:30", // A10 / B8 the Secretary's analysis
            "120m, 2025-05-09T16:00", // A3, A5, A7, B3, B4, B6: exactly up to the closing
            "1d,   2025-05-12T14:00", // A4, B5
            "2d,   2025-05-13T14:00"}) // A6 data entry
    void theSopStandardTimes(String standard, String due) {
        Instant start = wib("2025-05-09T14:00");
        Instant deadline = calendar.deadline(start, StandardTime.parse(standard));

        assertEquals(wib(due), deadline);
        assertEquals(calendar.workingTimeOf(StandardTime.parse(standard)), calendar.workingTimeBetween(start, deadline));
    }

    @Test
    void workingTimeBetweenSkipsNightsWeekendsAndHolidays() {
        Instant fridayAfternoon = wib("2025-05-09T15:00");
        Instant tuesdayMorning = wib("2025-05-13T08:00");

        // Friday 1 h + Monday 8 h 30 + Tuesday 30 min
        assertEquals(Duration.ofMinutes(60 + 510 + 30), calendar.workingTimeBetween(fridayAfternoon, tuesdayMorning));
        assertEquals(Duration.ofMinutes(60 + 30),
                calendar.withHolidays(Set.of(WAISAK)).workingTimeBetween(fridayAfternoon, tuesdayMorning));
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(wib("2025-05-10T08:00"), wib("2025-05-11T20:00")));
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(wib("2025-05-13T16:00"), wib("2025-05-14T07:30")));
        assertEquals(Duration.ofMinutes(25), calendar.workingTimeBetween(wib("2025-05-13T06:00"), wib("2025-05-13T07:55")));
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(tuesdayMorning, fridayAfternoon));
    }

    @Test
    void aWholeWorkingWeekIsFiveWorkingDays() {
        assertEquals(calendar.workingDay().multipliedBy(5),
                calendar.workingTimeBetween(wib("2025-05-10T00:00"), wib("2025-05-17T00:00")));
        assertEquals(Duration.ofMinutes(510), calendar.workingDay());
    }

    @Test
    void anotherZoneAndOtherHoursAreReadOnTheirOwnClock() {
        // a regency in WITA with a Saturday half of its week
        WorkingCalendar makassar = new WorkingCalendar(ZoneId.of("Asia/Makassar"),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                        DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(14, 0), List.of());
        Instant fridayNoonWita = LocalDateTime.parse("2025-05-09T12:00").atZone(ZoneId.of("Asia/Makassar")).toInstant();

        assertEquals(LocalDateTime.parse("2025-05-10T12:00").atZone(ZoneId.of("Asia/Makassar")).toInstant(),
                makassar.deadline(fridayNoonWita, StandardTime.workingDays(1)));
    }

    @Test
    void holidaysAndWeekendsAreNoWorkingDays() {
        WorkingCalendar withWaisak = calendar.withHolidays(Set.of(WAISAK));

        assertFalse(withWaisak.isWorkingDay(WAISAK));
        assertFalse(withWaisak.isWorkingDay(LocalDate.of(2025, 5, 10)));
        assertTrue(withWaisak.isWorkingDay(LocalDate.of(2025, 5, 13)));
    }

    @Test
    void aCalendarWithoutWorkingTimeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(WorkingCalendar.WIB, Set.of(),
                LocalTime.of(7, 30), LocalTime.of(16, 0), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(WorkingCalendar.WIB,
                WorkingCalendar.MONDAY_TO_FRIDAY, LocalTime.of(16, 0), LocalTime.of(7, 30), List.of()));
    }
}
