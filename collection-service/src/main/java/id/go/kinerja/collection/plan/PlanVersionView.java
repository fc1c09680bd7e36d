package id.go.kinerja.collection.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A published plan version: Renstra, PK (perjanjian kinerja) or PK Perubahan")
public record PlanVersionView(
        UUID id,
        PlanVersionKind kind,
        @Schema(example = "2025") int yearFrom,
        @Schema(description = "Same as yearFrom except for a RENSTRA", example = "2025") int yearTo,
        @Schema(description = "Number within the kind and first year", example = "1") int number,
        @Schema(description = "Document number (nomor)", example = "800/123/DISDAGTRANS/2025") String documentNumber,
        @Schema(description = "Signing date", example = "2025-01-31") LocalDate signedOn,
        @Schema(description = "Reason of a revision (alasan perubahan)") String reason,
        @Schema(description = "The version this one replaces, if any") UUID supersedes,
        @Schema(example = "sakip@disdagtrans") String publishedBy,
        Instant publishedAt) {

    static PlanVersionView of(PlanVersion version) {
        return new PlanVersionView(version.id, version.kind, version.yearFrom, version.yearTo, version.number,
                version.documentNumber, version.signedOn, version.reason, version.supersedesId, version.publishedBy,
                version.publishedAt);
    }
}
