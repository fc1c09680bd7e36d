package id.go.kinerja.collection.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Publish the live plan as a version of a plan document: Renstra, PK or PK Perubahan")
public record NewPlanVersion(
        @NotNull PlanVersionKind kind,
        @Schema(description = "The year of a PK / PK_PERUBAHAN; the first year of a RENSTRA", example = "2025")
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "RENSTRA only: its last year (at most six years in all)", example = "2026")
        @Min(2000) @Max(2100) Integer yearTo,
        @Schema(description = "Document number (nomor) of the signed document", example = "800/123/DISDAGTRANS/2025")
        @Size(max = 100) String documentNumber,
        @Schema(description = "Signing date (tanggal penandatanganan)", example = "2025-01-31")
        LocalDate signedOn,
        @Schema(description = "Why the plan changed (alasan perubahan); required for PK_PERUBAHAN",
                example = "Refocusing anggaran: target pelatihan diturunkan")
        @Size(max = 2000) String reason) {

    /** The longest Renstra period: five years, six when a transition year is added (2021-2026). */
    static final int MAX_RENSTRA_YEARS = 6;
}
