package id.go.kinerja.approval.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Decisions on several items of the revision under review at once (e.g. accept every checked item); "
        + "all or none are recorded")
public record BulkDecisionRequest(
        @Schema(description = "The revision the decisions are about; a stale one is refused with 409", example = "1", required = true)
        @NotNull @Min(1) Integer revision,
        @Schema(description = "Optional: the measurement of that revision", example = "1")
        @Min(1) Integer measuredRevision,
        @Schema(required = true)
        @NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid Item> decisions) {

    @Schema(name = "BulkDecisionItem", description = "The decision on one item")
    public record Item(
            @Schema(description = "Indicator code (kode indikator)", example = "IKP-02", required = true)
            @NotBlank @Size(max = 100) String indicatorCode,
            @Schema(required = true) @NotNull Decision decision,
            @Schema(description = "Required and non-blank for RETURNED") @Size(max = 2000) String reason,
            @Schema(description = "Required for RETURNED, absent for ACCEPTED") ReturnTo returnTo) {
    }
}
