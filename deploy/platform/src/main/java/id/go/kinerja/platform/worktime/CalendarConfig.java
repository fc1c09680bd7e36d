package id.go.kinerja.platform.worktime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * The working calendar service levels count in, e.g.
 * {@code kinerja.calendar.holidays=2025-01-01,2025-03-31,2025-04-01}.
 */
@ConfigMapping(prefix = "kinerja.calendar")
public interface CalendarConfig {

    /** The clock working hours are read on: WIB; a regency in WITA or WIT sets Asia/Makassar or Asia/Jayapura. */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();

    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    Set<DayOfWeek> workingDays();

    /** When the working day starts (jam masuk). */
    @WithDefault("07:30")
    LocalTime start();

    /** When the working day ends (jam pulang). */
    @WithDefault("16:00")
    LocalTime end();

    /** Public holidays and collective leave (libur nasional, cuti bersama), as dates. */
    Optional<Set<LocalDate>> holidays();
}
