package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MethodologyVersion", description = "One version of a methodology (metodologi pengukuran)")
public record MethodologyView(
        @Schema(description = "Version number, 1 for the first", example = "2") int version,
        Polarity polarity,
        ValueType valueType,
        Frequency frequency,
        PeriodAggregation periodAggregation,
        NegativeFormula negativeFormula,
        @Schema(description = "Weight (bobot) in the roll-up", example = "1") BigDecimal weight,
        @Schema(description = "Grade scale of a PREDICATE indicator", example = "SAKIP") String gradeScale,
        @Schema(description = "TEAM (set by the SAKIP team) or PLAN_HINTS (taken from the plan when the indicator "
                + "first arrived)") MethodologySource source,
        @Schema(description = "Why this version was made (alasan)") String reason,
        @Schema(description = "Who made it", example = "tim.sakip@disdagtrans") String author,
        @Schema(description = "When it was made (UTC)") Instant createdAt) {

    static MethodologyView of(MethodologyVersion version) {
        return new MethodologyView(version.versionNumber, version.polarity, version.valueType, version.frequency,
                version.periodAggregation, version.negativeFormula, version.weight, version.gradeScale,
                version.source, version.reason, version.author, version.createdAt);
    }
}
