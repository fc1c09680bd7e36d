package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.plan.PlanIndicator;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MethodologyPlan", description = "What the latest published plan (PK, PK Perubahan, Renstra) says of "
        + "the indicator")
public record PlanView(
        @Schema(description = "The plan version", example = "5e0b7a42-6c1d-4f3e-9b8a-2d4c6e8f0a1b") UUID planVersionId,
        @Schema(example = "PK") String planKind,
        @Schema(example = "1") int planNumber,
        @Schema(example = "2025") int yearFrom,
        @Schema(example = "2025") int yearTo,
        @Schema(example = "3.30.02") String nodeCode,
        @Schema(description = "Level of its plan node", example = "PROGRAM") String level,
        @Schema(example = "PERDAGANGAN") String divisionCode,
        @Schema(example = "POSITIVE") String polarity,
        @Schema(example = "NUMBER") String valueType,
        @Schema(example = "QUARTERLY") String frequency,
        @Schema(example = "SUM") String periodAggregation) {

    static PlanView of(PlanIndicator row) {
        return row == null ? null : new PlanView(row.planVersionId, row.planKind, row.planNumber, row.yearFrom,
                row.yearTo, row.nodeCode, row.level, row.divisionCode, row.polarity, row.valueType, row.frequency,
                row.periodAggregation);
    }
}
