package id.go.kinerja.web.secretary;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;
import id.go.kinerja.web.site.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * One field of an item that changed since the Secretary's last review (approval's {@code changes.changed[]}: the
 * targets, the realisations, or a part of the result), written as she reads it: "Capaian: 80% → 96%".
 */
final class ChangeWords {

    private ChangeWords() {
    }

    static String line(String field, JsonNode before, JsonNode after) {
        return switch (field) {
            case "targets" -> "Target: " + quarters(before) + " → " + quarters(after);
            case "realisations" -> realisations(before, after);
            case "result.status" -> "Status pengukuran: " + Vocabulary.statusHasil(text(before)) + " → " + Vocabulary.statusHasil(text(after));
            case "result.achievement" -> "Capaian: " + IndonesianFormats.persen(ReviewedRecap.decimal(before)) + " → "
                    + IndonesianFormats.persen(ReviewedRecap.decimal(after));
            case "result.predicate" -> "Predikat: " + Vocabulary.predikat(text(before)) + " → " + Vocabulary.predikat(text(after));
            case "result.rule" -> "Aturan pengukuran: " + orDash(text(before)) + " → " + orDash(text(after));
            case "result.methodologyVersion" -> "Versi metodologi: " + orDash(text(before)) + " → " + orDash(text(after));
            default -> field + ": " + orDash(text(before)) + " → " + orDash(text(after));
        };
    }

    /** Realisations differ in their figures, or only in their note, evidence or who entered them. */
    private static String realisations(JsonNode before, JsonNode after) {
        String was = quarters(before);
        String now = quarters(after);
        if (was.equals(now)) {
            return "Realisasi: angka tetap " + now + "; keterangan atau bukti dukung berubah";
        }
        return "Realisasi: " + was + " → " + now;
    }

    /** Quarter by quarter: "TW 1: 20; TW 2: tidak ada data". */
    private static String quarters(JsonNode list) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            return "–";
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode entry : list) {
            String figure = entry.path("noData").asBoolean(false) ? "tidak ada data"
                    : ReviewedRecap.figure(entry, null);
            parts.add("TW " + entry.path("quarter").asText() + ": " + figure);
        }
        return String.join("; ", parts);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }
}
