package id.go.kinerja.collection.evidence;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Evidence (bukti dukung) attached to an entry")
public record EvidenceView(
        @Schema(description = "Evidence id") UUID id,
        @Schema(description = "The file name as uploaded", example = "daftar-hadir-pelatihan.pdf") String filename,
        @Schema(description = "Media type read from the content", example = "application/pdf") String contentType,
        @Schema(description = "Size in bytes", example = "18342") long size,
        @Schema(description = "SHA-256 of the content, hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String sha256,
        @Schema(description = "Who uploaded it") String uploadedBy,
        @Schema(description = "When, UTC") Instant uploadedAt) {

    static EvidenceView of(Evidence evidence) {
        return new EvidenceView(evidence.id, evidence.filename, evidence.contentType, evidence.size, evidence.sha256,
                evidence.uploadedBy, evidence.uploadedAt);
    }
}
