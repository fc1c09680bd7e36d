package id.go.kinerja.web.team;

import id.go.kinerja.web.format.IndonesianFormats;
import id.go.kinerja.web.site.SopStepNames;
import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/**
 * The services' status codes as the team reads them, for the Tim SAKIP pages: {@code {step.status.statusLangkah}},
 * {@code {item.state.keadaanEntri}}, {@code {round.status.statusPutaran}}, {@code {recap.state.keadaanPengukuran}},
 * {@code {m.polarity.istilah}}. An unknown code reads as itself.
 */
@TemplateExtension
public final class TeamWords {

    private static final Map<String, String> STEP_STATUS = Map.of(
            "NOT_STARTED", "Belum mulai",
            "RUNNING", "Berjalan",
            "OVERDUE", "Melewati waktu baku",
            "DONE_ON_TIME", "Selesai tepat waktu",
            "DONE_LATE", "Selesai terlambat");

    private static final Map<String, String> ENTRY_STATE = Map.of(
            "NOT_ENTERED", "belum diisi",
            "PROPOSED", "usulan integrasi, menunggu konfirmasi operator",
            "ENTERED", "diisi, menunggu verifikasi Kepala Bidang",
            "SENT_BACK", "dikembalikan Kepala Bidang ke operator",
            "VERIFIED", "terverifikasi",
            "RETURNED", "dikembalikan Sekretaris, menunggu input ulang",
            "LOCKED", "terkunci");

    private static final Map<String, String> ROUND_STATUS = Map.of(
            "OPEN", "Terbuka",
            "SUBMITTED", "Rekap diajukan",
            "RETURNED", "Rekap dikembalikan",
            "APPROVED", "Disetujui",
            "ARCHIVED", "Diarsipkan");

    private static final Map<String, String> MEASUREMENT_STATE = Map.of(
            "MEASURED", "Terukur, dikirim ke Sekretaris",
            "AWAITING_METHODOLOGY", "Tertahan: metodologi belum lengkap",
            "RETURNED", "Dikembalikan Sekretaris",
            "AWAITING_SOP", "Menunggu langkah B1-B4",
            "APPROVED", "Disetujui");

    private static final Map<String, String> TERMS = Map.ofEntries(
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
            Map.entry("PLAN_DRAFT", "Rancangan rencana dikonfirmasi"),
            Map.entry("COLLECTION", "Pengumpulan (input ulang)"),
            Map.entry("MEASUREMENT", "Pengukuran (metodologi)"),
            Map.entry("polarity", "Polaritas"),
            Map.entry("valueType", "Jenis nilai"),
            Map.entry("frequency", "Periode"),
            Map.entry("periodAggregation", "Agregasi"),
            Map.entry("SAVED", "Disimpan"),
            Map.entry("UNCHANGED", "Tidak berubah"),
            Map.entry("REJECTED", "Ditolak"));

    private TeamWords() {
    }

    public static String statusLangkah(Object status) {
        return word(STEP_STATUS, status);
    }

    public static String keadaanEntri(Object state) {
        return word(ENTRY_STATE, state);
    }

    public static String statusPutaran(Object status) {
        return word(ROUND_STATUS, status);
    }

    public static String keadaanPengukuran(Object state) {
        return word(MEASUREMENT_STATE, state);
    }

    /** Methodology terms (polarity, value type, ...), field names of a plan difference, return targets. */
    public static String istilah(Object term) {
        return word(TERMS, term);
    }

    public static String jenisDokumen(Object kind) {
        return word(StepOutputForms.DOCUMENT_KINDS, kind);
    }

    public static String statusDokumen(Object status) {
        return word(StepOutputForms.DOCUMENT_STATUSES, status);
    }

    /** The step's name in the SOP document (A3 → "Tim menyusun rencana ..."). */
    public static String namaLangkah(Object step) {
        return step == null ? "" : SopStepNames.langkah(step.toString());
    }

    /** A standard time ("120m", "1d") as the SOP says it. */
    public static String baku(Object standardTime) {
        return standardTime == null ? "–" : IndonesianFormats.waktuBaku(standardTime.toString());
    }

    private static String word(Map<String, String> words, Object code) {
        return code == null ? "" : words.getOrDefault(code.toString(), code.toString());
    }
}
