package id.go.kinerja.approval.review;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Concludes the review of a revision: approve it (setujui) or return it (kembalikan)")
public record ConclusionRequest(
        @Schema(description = "The revision under review; a stale one is refused with 409", example = "1", required = true)
        @NotNull @Min(1) Integer revision,
        @Schema(description = "Optional: the measurement of that revision", example = "1")
        @Min(1) Integer measuredRevision,
        @Schema(description = "Overall note of the Secretary (catatan)", example = "Dua indikator perlu diperbaiki")
        @Size(max = 4000) String note) {
}
