package id.go.kinerja.web.format;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Numbers and times as Indonesians write them: {@code 1.234,5}, {@code 98,75%}, {@code 6 Desember 2026},
 * {@code 6 Des 2026 14.30 WIB}. Templates: {@code {value.angka}}, {@code {value.persen}}, {@code {date.tanggal}},
 * {@code {instant.waktu}}; a service's JSON gives numbers as BigDecimal and times as ISO-8601 text.
 */
@TemplateExtension
public final class IndonesianFormats {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", INDONESIAN);

    private IndonesianFormats() {
    }

    /** A number with Indonesian separators, as many decimals as it has (at most 4). */
    public static String angka(Object number) {
        BigDecimal value = decimal(number);
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(INDONESIAN));
        return format.format(value);
    }

    /** A percentage given in percent (98.75 → "98,75%"). */
    public static String persen(Object number) {
        BigDecimal value = decimal(number);
        return value == null ? "–" : angka(value) + "%";
    }

    /** A quarter as the SOP and the reports write it: 1 → "Triwulan I". */
    public static String triwulan(Object quarter) {
        BigDecimal value = decimal(quarter);
        if (value == null || value.intValue() < 1 || value.intValue() > 4) {
            return "Triwulan " + quarter;
        }
        return "Triwulan " + new String[] {"I", "II", "III", "IV"}[value.intValue() - 1];
    }

    /** A period in running text: "Triwulan I tahun 2026". */
    public static String period(Object year, Object quarter) {
        return triwulan(quarter) + " tahun " + year;
    }

    /** Rupiah, without decimals ("Rp 1.250.000"). */
    public static String rupiah(Object number) {
        BigDecimal value = decimal(number);
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(INDONESIAN));
        return "Rp " + format.format(value);
    }

    /** A date ("2026-12-06" or an instant) as "6 Desember 2026" (the day in WIB). */
    public static String tanggal(Object date) {
        if (date == null) {
            return "–";
        }
        String text = date.toString();
        try {
            if (text.length() == 10) {
                return DATE.format(LocalDate.parse(text));
            }
            return DATE.format(instant(text).atZone(WIB));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** An instant as "6 Des 2026 14.30 WIB". */
    public static String waktu(Object instant) {
        if (instant == null) {
            return "–";
        }
        String text = instant.toString();
        try {
            return DATE_TIME.format(instant(text).atZone(WIB)) + " WIB";
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** Minutes of working time as Indonesians say a duration: "2 jam 30 menit", "45 menit". */
    public static String durasi(Object minutes) {
        BigDecimal value = decimal(minutes);
        if (value == null) {
            return "–";
        }
        long total = value.longValue();
        long hours = total / 60;
        long rest = total % 60;
        if (hours == 0) {
            return rest + " menit";
        }
        return rest == 0 ? hours + " jam" : hours + " jam " + rest + " menit";
    }

    /** A standard time as the services write it ("120m", "2d") as the SOP says it ("120 menit", "2 hari kerja"). */
    public static String waktuBaku(String standardTime) {
        if (standardTime == null || standardTime.isBlank()) {
            return "–";
        }
        if (standardTime.matches("\\d+m")) {
            return standardTime.substring(0, standardTime.length() - 1) + " menit";
        }
        if (standardTime.matches("\\d+d")) {
            return standardTime.substring(0, standardTime.length() - 1) + " hari kerja";
        }
        return standardTime;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    private static BigDecimal decimal(Object number) {
        if (number == null) {
            return null;
        }
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
