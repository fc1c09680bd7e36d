package id.go.kinerja.platform.worktime;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard time (waktu baku) of an SOP step: minutes of working time ("5m", "90m") or working days
 * ("1d", "2d"). Both count only working time; see {@link WorkingCalendar#deadline}.
 */
public record StandardTime(long amount, Unit unit) {

    public enum Unit {
        MINUTES("m"),
        WORKING_DAYS("d");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final Pattern TEXT = Pattern.compile("(\\d{1,6})\\s*([md])");

    public StandardTime {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("A standard time is positive, not " + amount);
        }
    }

    public static StandardTime minutes(long minutes) {
        return new StandardTime(minutes, Unit.MINUTES);
    }

    public static StandardTime workingDays(long days) {
        return new StandardTime(days, Unit.WORKING_DAYS);
    }

    /** Reads "5m", "90m", "1d", "2d" (case and surrounding blanks do not matter). */
    public static StandardTime parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a standard time such as 90m or 2d");
        }
        long amount = Long.parseLong(matcher.group(1));
        return matcher.group(2).equals("m") ? minutes(amount) : workingDays(amount);
    }

    @Override
    public String toString() {
        return amount + unit.suffix;
    }
}
