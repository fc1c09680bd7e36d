package id.go.kinerja.platform.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Dates and periods the way Indonesian government documents print them: "15 Januari 2025", "15 Januari 2025 pukul
 * 10.30 WIB", "Triwulan I Tahun 2025"; times in WIB (Asia/Jakarta). Written out rather than left to the JVM's locale
 * data, whose month names differ between versions. One place for every report and worksheet a service writes.
 */
public final class IndonesianCalendar {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private IndonesianCalendar() {
    }

    /** "Triwulan I Tahun 2025". */
    public static String period(int year, int quarter) {
        return "Triwulan " + QUARTERS[quarter - 1] + " Tahun " + year;
    }

    /** "15 Januari 2025" (the day in WIB); empty for none. */
    public static String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(WIB);
        return local.getDayOfMonth() + " " + MONTHS[local.getMonthValue() - 1] + " " + local.getYear();
    }

    /** "15 Januari 2025 pukul 10.30 WIB"; empty for none. */
    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(WIB);
        return date(instant) + " pukul " + String.format("%02d.%02d WIB", local.getHour(), local.getMinute());
    }
}
