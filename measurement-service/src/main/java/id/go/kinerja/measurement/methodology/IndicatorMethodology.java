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
        @Schema(description = "DEFINED, or MISSING while the indicator has no usable methodology (its recaps are "
                + "held back from the Secretary)") Status status,
        @Schema(description = "Current version, 0 when MISSING", example = "2") int currentVersion,
        MethodologyView current,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Every version, newest first (only in the detail view)") List<MethodologyView> versions) {

    public enum Status { DEFINED, MISSING }
}
