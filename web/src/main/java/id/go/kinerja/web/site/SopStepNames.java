package id.go.kinerja.web.site;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/**
 * The SOP's steps as the agency's SOP document names them (Pengumpulan data kinerja A1-A12, Pengukuran data kinerja
 * B1-B10). The services answer English step names for programs; people read these. Templates: {@code {step.langkah}}.
 */
@TemplateExtension
public final class SopStepNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("A1", "Kepala Dinas memerintahkan Sekretaris untuk melakukan pengumpulan data kinerja"),
            Map.entry("A2", "Sekretaris melakukan rapat dengan Tim untuk memberikan arahan pengumpulan data kinerja"),
            Map.entry("A3", "Tim menyusun rencana kegiatan pelaksanaan pengumpulan data"),
            Map.entry("A4", "Tim mengumpulkan dokumen yang diperlukan untuk pengumpulan data"),
            Map.entry("A5", "Tim memberikan arahan/sosialisasi tata cara pengentrian data kinerja kepada operator"),
            Map.entry("A6", "Staf/operator mengentrikan data kinerja pada aplikasi"),
            Map.entry("A7", "Kepala Bidang mengecek pengisian data kinerja pada aplikasi"),
            Map.entry("A8", "Tim merekap data capaian kinerja pada aplikasi"),
            Map.entry("A9", "Tim melaporkan hasil rekapitulasi data kinerja kepada Sekretaris"),
            Map.entry("A10", "Sekretaris menganalisa laporan hasil pengumpulan data kinerja"),
            Map.entry("A11", "Sekretaris melaporkan hasil pengumpulan data kinerja kepada Kepala Dinas"),
            Map.entry("A12", "Pengarsipan data kinerja"),
            Map.entry("B1", "Kepala Dinas memerintahkan Sekretaris untuk melakukan pengukuran kinerja"),
            Map.entry("B2", "Sekretaris melakukan rapat dengan Tim untuk memberikan arahan pengukuran kinerja"),
            Map.entry("B3", "Tim menyusun rencana kegiatan pengukuran kinerja"),
            Map.entry("B4", "Tim menyiapkan metodologi pengukuran capaian kinerja berdasarkan indikator yang SMART"),
            Map.entry("B5", "Tim melakukan pengukuran capaian kinerja dengan metodologi yang telah ditetapkan"),
            Map.entry("B6", "Tim merekap seluruh hasil pengukuran capaian kinerja"),
            Map.entry("B7", "Tim melaporkan hasil rekapitulasi pengukuran kinerja kepada Sekretaris"),
            Map.entry("B8", "Sekretaris menganalisa hasil rekapitulasi pengukuran kinerja"),
            Map.entry("B9", "Sekretaris melaporkan data pengukuran kinerja kepada Kepala Dinas"),
            Map.entry("B10", "Pengarsipan data pengukuran kinerja"));

    private SopStepNames() {
    }

    /** The step's Indonesian name, or the code itself for a step the SOP does not have. */
    public static String langkah(String step) {
        return step == null ? "" : NAMES.getOrDefault(step, step);
    }
}
