package id.go.kinerja.platform.worktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The properties an agency writes become the calendar it expects. */
class CalendarConfigTest {

    private static WorkingCalendar calendarOf(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(CalendarConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return new WorkingCalendarProducer().workingCalendar(config.getConfigMapping(CalendarConfig.class));
    }

    @Test
    void withoutPropertiesItIsMondayToFridayFromHalfPastSevenToFourInJakarta() {
        WorkingCalendar calendar = calendarOf(Map.of());

        assertEquals(WorkingCalendar.WIB, calendar.zone());
        assertEquals(510, calendar.workingDay().toMinutes());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 5, 12)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 5, 10)));
    }

    @Test
    void holidaysHoursAndDaysComeFromTheProperties() {
        WorkingCalendar calendar = calendarOf(Map.of(
                "kinerja.calendar.holidays", "2025-05-12,2025-05-13",
                "kinerja.calendar.start", "08:00",
                "kinerja.calendar.end", "15:00",
                "kinerja.calendar.working-days", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY"));

        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 5, 12)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 5, 13)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 5, 10)));
        assertEquals(LocalDateTime.parse("2025-05-14T09:00").atZone(WorkingCalendar.WIB).toInstant(),
                calendar.deadline(LocalDateTime.parse("2025-05-10T14:00").atZone(WorkingCalendar.WIB).toInstant(),
                        StandardTime.minutes(120)));
    }
}
