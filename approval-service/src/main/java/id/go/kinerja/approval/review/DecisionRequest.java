package id.go.kinerja.approval.review;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The Secretary's decision on one item (indicator) of the revision under review")
public record DecisionRequest(
        @Schema(description = "The revision the decision is about; a stale one is refused with 409", example = "1", required = true)
        @NotNull @Min(1) Integer revision,
        @Schema(description = "Optional: the measurement of that revision the decision is about (a methodology fix "
                + "re-measures a revision); a stale one is refused with 409", example = "1")
        @Min(1) Integer measuredRevision,
        @Schema(description = "ACCEPTED (diterima) or RETURNED (dikembalikan)", required = true)
        @NotNull Decision decision,
        @Schema(description = "Why the item goes back (alasan pengembalian); required and non-blank for RETURNED",
                example = "Bukti daftar hadir pelatihan belum dilampirkan")
        @Size(max = 2000) String reason,
        @Schema(description = "Where a RETURNED item goes back to; required for RETURNED, absent for ACCEPTED")
        ReturnTo returnTo) {
}
