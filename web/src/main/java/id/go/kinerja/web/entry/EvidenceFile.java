package id.go.kinerja.web.entry;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One evidence file (bukti dukung) of an entry, as collection-service lists it. */
public record EvidenceFile(String id, String filename, String contentType, long size, String uploadedBy,
                           String uploadedAt) {

    private static final long KIB = 1024;

    static EvidenceFile of(JsonNode evidence) {
        return new EvidenceFile(evidence.path("id").asText(), evidence.path("filename").asText(),
                evidence.path("contentType").asText(""), evidence.path("size").asLong(),
                evidence.path("uploadedBy").asText(""), evidence.path("uploadedAt").asText(null));
    }

    /** "840 B", "12,5 KB", "2,3 MB". */
    public String sizeText() {
        if (size < KIB) {
            return size + " B";
        }
        if (size < KIB * KIB) {
            return IndonesianFormats.angka(BigDecimal.valueOf(size).divide(BigDecimal.valueOf(KIB), 1, RoundingMode.HALF_UP)) + " KB";
        }
        return IndonesianFormats.angka(BigDecimal.valueOf(size).divide(BigDecimal.valueOf(KIB * KIB), 1, RoundingMode.HALF_UP)) + " MB";
    }
}
