package id.go.kinerja.archive.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Numbers and dates the way Indonesian government documents print them: 1.234.567,89; 80,00;
 * "15 Januari 2025"; times in WIB (Asia/Jakarta). Written out rather than left to the JVM's locale data,
 * whose month names and separators differ between versions.
 */
public final class IndonesianFormat {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private IndonesianFormat() {
    }

    public static String period(int year, int quarter) {
        return "Triwulan " + QUARTERS[quarter - 1] + " Tahun " + year;
    }

    public static String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(JAKARTA);
        return local.getDayOfMonth() + " " + MONTHS[local.getMonthValue() - 1] + " " + local.getYear();
    }

    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(JAKARTA);
        return date(instant) + " pukul " + String.format("%02d.%02d WIB", local.getHour(), local.getMinute());
    }

    /** As the kind prints it, with thousands grouped by "." and "," before the decimals. */
    public static String number(BigDecimal value, Report.Kind kind) {
        return value == null ? "" : group(scaled(value, kind), '.');
    }

    /** Without grouping, for CSV read by a spreadsheet set to Indonesian (where "," is the decimal mark). */
    public static String plainNumber(BigDecimal value, Report.Kind kind) {
        return value == null ? "" : group(scaled(value, kind), null);
    }

    static BigDecimal scaled(BigDecimal value, Report.Kind kind) {
        if (kind == Report.Kind.PERCENT || kind == Report.Kind.MONEY) {
            return value.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String group(BigDecimal value, Character separator) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (separator != null && i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return (value.signum() < 0 ? "-" : "") + out;
    }
}
