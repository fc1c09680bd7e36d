package id.go.kinerja.measurement.methodology;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorMethodology", description = "An indicator's methodology: the current version and, in the "
        + "detail view, every version with its author, time and reason")
public record IndicatorMethodology(
        @Schema(example = "IKS-01") String indicatorCode,
        @Schema(example = "Koefisien variasi harga barang kebutuhan pokok") String indicatorName,
        @Schema(example = "%") String unit,
        @Schema(description = "DEFINED; MISSING while an indicator a recap brought has no usable methodology (its "
                + "recaps are held back from the Secretary); DRAFT while only the plan made it known") Status status,
        @Schema(description = "Current version, 0 when MISSING", example = "2") int currentVersion,
        MethodologyView current,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Every version, newest first (only in the detail view)") List<MethodologyView> versions,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "What the latest published plan says of the indicator; absent when no plan was received")
        PlanView plan,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The draft prefilled from the plan while it awaits review; absent once confirmed or "
                + "replaced by a methodology of the team") DraftView draft,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "Where the current methodology departs from the plan (acknowledged when it was saved)")
        List<PlanDisagreement> warnings) {

    /**
     * DEFINED: a methodology is current. MISSING: a recap brought the indicator and it has none (its recaps are held
     * back, B4 cannot be declared). DRAFT: only the published plan made it known; a draft awaits review.
     */
    public enum Status { DEFINED, MISSING, DRAFT }
}
