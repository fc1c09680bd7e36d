package id.go.kinerja.web.secretary;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the approval step as the Secretary and the Head read them: the services answer codes (APPROVED,
 * OBJECTIVE, SANGAT_TINGGI) for programs. Templates: {@code {reviu:status(recap.status)}}, {@code {reviu:level(l)}}.
 */
@TemplateExtension(namespace = "reviu")
public final class RecapWords {

    private static final Map<String, String> RECAP_STATUS = Map.of(
            "AWAITING_REVIEW", "Menunggu telaah Sekretaris",
            "RETURNED", "Dikembalikan untuk diperbaiki",
            "APPROVED", "Disetujui, menunggu disposisi Kepala Dinas",
            "DISPOSED", "Didisposisi Kepala Dinas",
            "ARCHIVED", "Diarsipkan");

    private static final Map<String, String> LEVELS = Map.of(
            "GOAL", "Tujuan",
            "OBJECTIVE", "Sasaran",
            "PROGRAM", "Program",
            "ACTIVITY", "Kegiatan",
            "SUB_ACTIVITY", "Sub Kegiatan");

    private static final Map<String, String> RESULT_STATUS = Map.of(
            "OK", "Terukur",
            "INCOMPLETE", "Belum lengkap",
            "NOT_EVALUABLE", "Tidak dapat diukur");

    private static final Map<String, String> DECISIONS = Map.of(
            "ACCEPTED", "Diterima",
            "RETURNED", "Dikembalikan");

    private static final Map<String, String> RETURN_TO = Map.of(
            "COLLECTION", "pengumpulan data (input ulang realisasi)",
            "MEASUREMENT", "pengukuran (perbaikan metodologi)");

    private static final Map<String, String> MEASUREMENT_STATE = Map.of(
            "AWAITING_SOP", "Menunggu langkah SOP B1-B4",
            "AWAITING_METHODOLOGY", "Menunggu metodologi pengukuran",
            "MEASURED", "Terukur, menunggu telaah Sekretaris",
            "RETURNED", "Dikembalikan oleh Sekretaris",
            "APPROVED", "Disetujui Sekretaris");

    private static final Map<String, String> ROUND_STATUS = Map.of(
            "OPEN", "Terbuka untuk pengisian",
            "SUBMITTED", "Rekap diajukan, menunggu telaah",
            "RETURNED", "Dikembalikan untuk diperbaiki",
            "APPROVED", "Disetujui",
            "ARCHIVED", "Diarsipkan");

    private RecapWords() {
    }

    /** A recap's status in approval (AWAITING_REVIEW, …, ARCHIVED). */
    public static String status(Object status) {
        return word(RECAP_STATUS, status);
    }

    /** A plan level (GOAL → Tujuan, …, SUB_ACTIVITY → Sub Kegiatan). */
    public static String level(Object level) {
        return word(LEVELS, level);
    }

    /** A measurement result's status (OK, INCOMPLETE, NOT_EVALUABLE). */
    public static String hasil(Object status) {
        return word(RESULT_STATUS, status);
    }

    /** The Secretary's decision on an item; none yet reads "Belum diputuskan". */
    public static String keputusan(Object decision) {
        return decision == null ? "Belum diputuskan" : word(DECISIONS, decision);
    }

    /** Where a returned item goes back to (COLLECTION, MEASUREMENT). */
    public static String tujuan(Object returnTo) {
        return word(RETURN_TO, returnTo);
    }

    /** A collection round's status (OPEN, …, ARCHIVED). */
    public static String putaran(Object status) {
        return word(ROUND_STATUS, status);
    }

    /** A recap's state in measurement (AWAITING_SOP, …, APPROVED). */
    public static String pengukuran(Object state) {
        return word(MEASUREMENT_STATE, state);
    }

    /**
     * A predicate as people say it: the scale's names are codes ({@code SANGAT_TINGGI} → "Sangat tinggi"); an agency's
     * own scale names read the same way.
     */
    public static String predikat(Object predicate) {
        if (predicate == null || predicate.toString().isBlank()) {
            return "–";
        }
        String words = predicate.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String word(Map<String, String> words, Object code) {
        if (code == null) {
            return "–";
        }
        return words.getOrDefault(code.toString(), code.toString());
    }
}
