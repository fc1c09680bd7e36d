package id.go.kinerja.web.site;

import io.quarkus.qute.TemplateExtension;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where the services' codes become the words a person reads: the services answer codes for programs
 * (OVERDUE, VERIFIED, AWAITING_REVIEW, SUB_ACTIVITY, ...), every page shows these words for them, so that a status
 * reads the same on every page. Templates: {@code {kata:statusLangkah(step.status)}}, {@code {kata:keadaanEntri(card.state)}}.
 * A code the web does not know yet reads as itself; a missing one as "–".
 */
@TemplateExtension(namespace = "kata")
public final class Vocabulary {

    private static final String NONE = "–";

    /** A step of the SOP against its standard time (the procedure's StepStatus). */
    private static final Map<String, String> STEP_STATUS = Map.of(
            "NOT_STARTED", "Belum dimulai",
            "RUNNING", "Berjalan",
            "OVERDUE", "Terlambat",
            "DONE_ON_TIME", "Selesai tepat waktu",
            "DONE_LATE", "Selesai terlambat");

    /** An entry of a collection round. */
    private static final Map<String, String> ENTRY_STATE = Map.of(
            "NOT_ENTERED", "Belum diisi",
            "PROPOSED", "Usulan sistem, menunggu konfirmasi operator",
            "ENTERED", "Menunggu verifikasi Kepala Bidang",
            "SENT_BACK", "Dikembalikan Kepala Bidang",
            "VERIFIED", "Terverifikasi",
            "RETURNED", "Dikembalikan Sekretaris",
            "LOCKED", "Terkunci");

    /** What happened to an entry, in its history. */
    private static final Map<String, String> ENTRY_ACTION = Map.of(
            "PROPOSED", "Diusulkan sistem",
            "ENTERED", "Diisi",
            "CONFIRMED", "Dikonfirmasi",
            "VERIFIED", "Diverifikasi",
            "SENT_BACK", "Dikembalikan ke operator",
            "RETURNED", "Dikembalikan Sekretaris ke pengumpulan",
            "RETURNED_TO_MEASUREMENT", "Dikembalikan Sekretaris ke pengukuran",
            "LOCKED", "Dikunci");

    /** A collection round (collection's RoundStatus; its recap's status follows it). */
    private static final Map<String, String> ROUND_STATUS = Map.of(
            "OPEN", "Terbuka untuk pengisian",
            "SUBMITTED", "Rekap diajukan",
            "RETURNED", "Rekap dikembalikan",
            "APPROVED", "Disetujui",
            "ARCHIVED", "Diarsipkan");

    /** A recap in approval, the Secretary's review and the Head's disposition. */
    private static final Map<String, String> RECAP_STATUS = Map.of(
            "AWAITING_REVIEW", "Menunggu telaah Sekretaris",
            "RETURNED", "Dikembalikan untuk diperbaiki",
            "APPROVED", "Disetujui, menunggu disposisi Kepala Dinas",
            "DISPOSED", "Didisposisi Kepala Dinas",
            "ARCHIVED", "Diarsipkan");

    /** A recap in measurement. */
    private static final Map<String, String> MEASUREMENT_STATE = Map.of(
            "AWAITING_SOP", "Menunggu langkah B1-B4",
            "AWAITING_METHODOLOGY", "Menunggu metodologi pengukuran",
            "MEASURED", "Terukur, menunggu telaah Sekretaris",
            "RETURNED", "Dikembalikan Sekretaris",
            "APPROVED", "Disetujui");

    /** A measurement result of an indicator, a plan node or a level. */
    private static final Map<String, String> RESULT_STATUS = Map.of(
            "OK", "Terukur",
            "INCOMPLETE", "Belum lengkap",
            "NOT_EVALUABLE", "Tidak dapat diukur");

    /** The Secretary's decision on one item of a recap. */
    private static final Map<String, String> DECISION = Map.of(
            "ACCEPTED", "Diterima",
            "RETURNED", "Dikembalikan");

    /** How one of the Secretary's reviews of a revision ended. */
    private static final Map<String, String> REVIEW_OUTCOME = Map.of(
            "APPROVED", "Disetujui",
            "RETURNED", "Dikembalikan");

    /** Where a returned item goes back to. */
    private static final Map<String, String> RETURN_TO = Map.of(
            "COLLECTION", "pengumpulan data",
            "MEASUREMENT", "pengukuran");

    /** The levels of the agency's plan, top down. */
    private static final Map<String, String> PLAN_LEVEL = Map.of(
            "GOAL", "Tujuan",
            "OBJECTIVE", "Sasaran",
            "PROGRAM", "Program",
            "ACTIVITY", "Kegiatan",
            "SUB_ACTIVITY", "Sub Kegiatan");

    /** The documents the team gathers in A4, in the order of the SOP. */
    private static final Map<String, String> DOCUMENT_KIND = linked(
            "PK", "Perjanjian Kinerja (PK)",
            "IKU", "Indikator Kinerja Utama (IKU)",
            "DPA", "Dokumen Pelaksanaan Anggaran (DPA)",
            "ACTIVITY_EVIDENCE", "Bukti kegiatan",
            "SURVEY_RESULTS", "Hasil survei",
            "EVALUATION_REPORTS", "Laporan evaluasi",
            "SAKIP_ASSESSMENT", "Penilaian SAKIP (Menpan RB)",
            "DATA_COLLECTION_FORM", "Draf form pengumpulan data");

    /** Whether a document of A4 is at hand. */
    private static final Map<String, String> DOCUMENT_STATUS = linked(
            "AVAILABLE", "Ada",
            "INCOMPLETE", "Belum lengkap",
            "NOT_AVAILABLE", "Tidak ada");

    /** What a worksheet import did with one row. */
    private static final Map<String, String> ROW_OUTCOME = Map.of(
            "CREATED", "Diisi",
            "UPDATED", "Diubah",
            "UNCHANGED", "Tidak berubah",
            "REJECTED", "Ditolak");

    /**
     * The methodology's terms: its fields, their values, an indicator's methodology status and where a version came
     * from (the codes do not overlap).
     */
    private static final Map<String, String> METHODOLOGY_TERM = Map.ofEntries(
            Map.entry("polarity", "Polaritas"),
            Map.entry("valueType", "Jenis nilai"),
            Map.entry("frequency", "Periode"),
            Map.entry("periodAggregation", "Agregasi"),
            Map.entry("POSITIVE", "Positif (makin tinggi makin baik)"),
            Map.entry("NEGATIVE", "Negatif (makin rendah makin baik)"),
            Map.entry("NUMBER", "Angka"),
            Map.entry("PERCENT", "Persen"),
            Map.entry("PREDICATE", "Predikat (nilai huruf)"),
            Map.entry("QUARTERLY", "Triwulanan"),
            Map.entry("ANNUAL", "Tahunan"),
            Map.entry("SUM", "Jumlah"),
            Map.entry("LAST", "Nilai terakhir"),
            Map.entry("AVERAGE", "Rata-rata"),
            Map.entry("DIFFERENCE", "Selisih: (2T − R) / T"),
            Map.entry("RATIO", "Rasio: T / R"),
            Map.entry("DEFINED", "Ditetapkan"),
            Map.entry("MISSING", "Belum ada"),
            Map.entry("DRAFT", "Rancangan dari rencana"),
            Map.entry("TEAM", "Tim SAKIP"),
            Map.entry("PLAN_HINTS", "Petunjuk rencana"),
            Map.entry("PLAN_DRAFT", "Rancangan rencana dikonfirmasi"));

    private Vocabulary() {
    }

    public static String statusLangkah(Object status) {
        return word(STEP_STATUS, status);
    }

    /** How a step's status is marked (the badge's class): late steps stand out, finished ones are green. */
    public static String tandaLangkah(Object status) {
        return switch (status == null ? "" : status.toString()) {
            case "OVERDUE", "DONE_LATE" -> "late";
            case "DONE_ON_TIME" -> "ok";
            case "RUNNING" -> "warn";
            default -> "";
        };
    }

    public static String keadaanEntri(Object state) {
        return word(ENTRY_STATE, state);
    }

    public static String riwayatEntri(Object action) {
        return word(ENTRY_ACTION, action);
    }

    public static String statusPutaran(Object status) {
        return word(ROUND_STATUS, status);
    }

    /** A recap's status in approval. */
    public static String statusRekap(Object status) {
        return word(RECAP_STATUS, status);
    }

    /** A recap's state in measurement. */
    public static String keadaanPengukuran(Object state) {
        return word(MEASUREMENT_STATE, state);
    }

    public static String statusHasil(Object status) {
        return word(RESULT_STATUS, status);
    }

    /** The Secretary's decision on an item; none yet reads "Belum diputuskan". */
    public static String keputusan(Object decision) {
        return decision == null ? "Belum diputuskan" : word(DECISION, decision);
    }

    public static String hasilTelaah(Object outcome) {
        return word(REVIEW_OUTCOME, outcome);
    }

    public static String tujuan(Object returnTo) {
        return word(RETURN_TO, returnTo);
    }

    public static String level(Object level) {
        return word(PLAN_LEVEL, level);
    }

    public static String jenisDokumen(Object kind) {
        return word(DOCUMENT_KIND, kind);
    }

    public static String statusDokumen(Object status) {
        return word(DOCUMENT_STATUS, status);
    }

    public static String hasilBaris(Object outcome) {
        return word(ROW_OUTCOME, outcome);
    }

    public static String istilah(Object term) {
        return word(METHODOLOGY_TERM, term);
    }

    /**
     * A predicate as people say it: the scale's names are codes ({@code SANGAT_TINGGI} → "Sangat tinggi"); an agency's
     * own scale names read the same way.
     */
    public static String predikat(Object predicate) {
        if (predicate == null || predicate.toString().isBlank()) {
            return NONE;
        }
        String words = predicate.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The documents of A4 with their words, in the order of the SOP (for the checklist's form). */
    public static Map<String, String> documentKinds() {
        return DOCUMENT_KIND;
    }

    public static Map<String, String> documentStatuses() {
        return DOCUMENT_STATUS;
    }

    private static String word(Map<String, String> words, Object code) {
        return code == null ? NONE : words.getOrDefault(code.toString(), code.toString());
    }

    private static Map<String, String> linked(String... codesAndWords) {
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWords.length; i += 2) {
            words.put(codesAndWords[i], codesAndWords[i + 1]);
        }
        return Collections.unmodifiableMap(words);
    }
}
