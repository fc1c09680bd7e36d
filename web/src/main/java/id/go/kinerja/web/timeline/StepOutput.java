package id.go.kinerja.web.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;
import id.go.kinerja.web.site.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * A step's output (the SOP's "Output" column) in a few Indonesian lines: the memo's number, the minutes, the work
 * plan, the checklist, the briefing, what the services recorded (entries, revision, decision, disposition, archive).
 * The services answer the output as the step recorded it; a field this page does not know is left out.
 */
final class StepOutput {

    private StepOutput() {
    }

    static List<String> summary(JsonNode output) {
        List<String> lines = new ArrayList<>();
        if (output == null || !output.isObject()) {
            return lines;
        }
        if (output.hasNonNull("number")) {
            lines.add("Nota Dinas " + output.path("number").asText()
                    + (output.hasNonNull("date") ? " tanggal " + IndonesianFormats.tanggal(output.path("date").asText()) : ""));
        } else if (output.has("attendees")) {
            lines.add("Rapat " + IndonesianFormats.tanggal(output.path("date").asText()) + ", "
                    + output.path("attendees").size() + " peserta");
        }
        if (output.hasNonNull("summary")) {
            lines.add(output.path("summary").asText());
        }
        if (output.has("activities")) {
            lines.add("Rencana kegiatan: " + output.path("activities").size() + " kegiatan");
        }
        if (output.has("documents")) {
            long available = 0;
            for (JsonNode document : output.path("documents")) {
                available += "AVAILABLE".equals(document.path("status").asText()) ? 1 : 0;
            }
            lines.add("Daftar dokumen: " + available + " dari " + output.path("documents").size() + " tersedia");
        }
        if (output.has("divisions")) {
            lines.add("Sosialisasi " + IndonesianFormats.tanggal(output.path("date").asText()) + " kepada "
                    + output.path("divisions").size() + " bidang");
        }
        if (output.has("entries")) {
            lines.add(output.path("entries").asText() + " entri diinput");
        }
        if (output.has("verified")) {
            lines.add(output.path("verified").asText() + " entri diverifikasi");
        }
        if (output.has("indicatorsWithMethodology")) {
            lines.add("Metodologi ditetapkan untuk " + output.path("indicatorsWithMethodology").asText() + " indikator");
        }
        if (output.hasNonNull("decision")) {
            lines.add(decision(output));
        } else if (output.has("revision")) {
            lines.add(revision(output));
        }
        if (output.hasNonNull("note")) {
            lines.add("Catatan: " + output.path("note").asText());
        }
        if (output.hasNonNull("disposition")) {
            lines.add("Disposisi: " + output.path("disposition").asText());
        }
        if (output.hasNonNull("archiveId")) {
            lines.add("Diarsipkan dan disegel; hash isi " + abbreviated(output.path("contentHash").asText()));
        }
        if (output.hasNonNull("notNeeded")) {
            lines.add("Tidak diperlukan: revisi disetujui tanpa pengajuan ulang");
        }
        return lines;
    }

    private static String decision(JsonNode output) {
        String revision = " (revisi " + output.path("revision").asText() + ")";
        if ("APPROVED".equals(output.path("decision").asText())) {
            return Vocabulary.hasilTelaah("APPROVED") + revision;
        }
        String returned = Vocabulary.hasilTelaah("RETURNED") + revision;
        if (output.has("items")) {
            returned += ": " + output.path("items").asText() + " butir";
        }
        if (output.has("toMeasurement")) {
            returned += ", " + output.path("toMeasurement").asText() + " ke pengukuran";
        }
        return returned;
    }

    private static String revision(JsonNode output) {
        StringBuilder line = new StringBuilder(output.has("measuredRevision") ? "Rekap diukur" : "Rekap");
        line.append(" revisi ").append(output.path("revision").asText());
        if (output.has("items")) {
            line.append(", ").append(output.path("items").asText()).append(" butir");
        }
        if (output.has("event")) {
            line.append(", dilaporkan kepada Sekretaris");
        }
        return line.toString();
    }

    private static String abbreviated(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }
}
