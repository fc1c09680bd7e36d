package id.go.kinerja.archive.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers the way Indonesian government documents print them: 1.234.567,89; 80,00. Written out rather than left to
 * the JVM's locale data, whose separators differ between versions. Dates and periods: the platform's
 * {@link id.go.kinerja.platform.export.IndonesianCalendar}.
 */
public final class IndonesianFormat {

    private IndonesianFormat() {
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
