package id.go.kinerja.platform.worktime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The working time of an agency: working days (Monday to Friday by default), working hours on the local
 * clock (07:30-16:00 WIB by default) and public holidays. Service levels count in it: a step's clock
 * stands still at night, over the weekend and on holidays.
 */
public final class WorkingCalendar {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final LocalTime start;
    private final LocalTime end;
    private final Set<LocalDate> holidays;

    public WorkingCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime start, LocalTime end,
                           Collection<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("A working calendar needs at least one working day");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Working hours must start before they end: " + start + "-" + end);
        }
        this.workingDays = Set.copyOf(workingDays);
        this.start = start;
        this.end = end;
        this.holidays = Set.copyOf(holidays);
    }

    /** Monday to Friday, 07:30-16:00 WIB, no holidays. */
    public static WorkingCalendar standard() {
        return new WorkingCalendar(WIB, MONDAY_TO_FRIDAY, LocalTime.of(7, 30), LocalTime.of(16, 0), Set.of());
    }

    public WorkingCalendar withHolidays(Collection<LocalDate> holidays) {
        return new WorkingCalendar(zone, workingDays, start, end, holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The working time of one working day (8 h 30 min by default). */
    public Duration workingDay() {
        return Duration.between(start, end);
    }

    /** How much working time a standard time allows: its minutes, or its days times a working day. */
    public Duration workingTimeOf(StandardTime standard) {
        return switch (standard.unit()) {
            case MINUTES -> Duration.ofMinutes(standard.amount());
            case WORKING_DAYS -> workingDay().multipliedBy(standard.amount());
        };
    }

    /** The working time between two instants; zero when {@code end} is not after {@code start}. */
    public Duration workingTimeBetween(Instant start, Instant end) {
        Duration total = Duration.ZERO;
        if (!end.isAfter(start)) {
            return total;
        }
        LocalDate last = end.atZone(zone).toLocalDate();
        for (LocalDate day = start.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                Instant from = later(start, opening(day));
                Instant to = earlier(end, closing(day));
                if (from.isBefore(to)) {
                    total = total.plus(Duration.between(from, to));
                }
            }
        }
        return total;
    }

    /**
     * When a step started at {@code start} is due: the first instant at which its working time reaches the
     * standard. A start outside working hours counts from the next opening. So 90 min from Friday 15:30 is
     * Monday 08:30, and 1 day from Friday 15:00 is Monday 15:00 (Tuesday 15:00 if Monday is a holiday).
     * 1 day from Monday 07:30 is Monday 16:00: the whole day, not Tuesday's opening, which is the same
     * working time but later.
     */
    public Instant deadline(Instant start, StandardTime standard) {
        Duration remaining = workingTimeOf(standard);
        for (LocalDate day = start.atZone(zone).toLocalDate(); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant from = later(start, opening(day));
            Instant closes = closing(day);
            if (from.isBefore(closes)) {
                Duration available = Duration.between(from, closes);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    private Instant opening(LocalDate day) {
        return day.atTime(start).atZone(zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        return day.atTime(end).atZone(zone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + " " + workingDays + " " + start + "-" + end + ", " + holidays.size()
                + " holidays]";
    }
}
