package id.go.kinerja.measurement.methodology;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DraftConfirmation", description = "Confirms drafts prefilled from the plan as the indicators' "
        + "methodology (SOP B4 as a review)")
public record DraftConfirmation(
        @Schema(description = "The indicators whose draft to confirm; absent or empty: every open draft",
                example = "[\"IKP-02\", \"IKS-01\"]") @Size(max = 5000) List<String> indicatorCodes,
        @NotBlank @Size(max = 2000) @Schema(description = "Why (alasan)",
                example = "Ditinjau dalam rapat tim SAKIP (B4)") String reason) {
}
