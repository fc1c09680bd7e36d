package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MethodologyRequest", description = "A new version of an indicator's measurement methodology "
        + "(metodologi pengukuran, a row of the Kertas Kerja Pengukuran Kinerja)")
public record MethodologyRequest(
        @NotNull @Schema(description = "Polarity (polaritas): POSITIVE = higher is better, NEGATIVE = lower is better",
                example = "NEGATIVE") Polarity polarity,
        @NotNull @Schema(description = "Value type (jenis nilai); PREDICATE = an ordinal grade such as the SAKIP grade",
                example = "PERCENT") ValueType valueType,
        @NotNull @Schema(description = "Frequency (periode): QUARTERLY (triwulan) or ANNUAL (tahunan)",
                example = "QUARTERLY") Frequency frequency,
        @NotNull @Schema(description = "How quarters combine to date: SUM, LAST or AVERAGE; PREDICATE needs LAST",
                example = "AVERAGE") PeriodAggregation periodAggregation,
        @Schema(description = "Formula of a NEGATIVE indicator: DIFFERENCE (2T − R) / T (default) or RATIO T / R",
                example = "RATIO") NegativeFormula negativeFormula,
        @Positive @Digits(integer = 8, fraction = 4)
        @Schema(description = "Weight (bobot) in the roll-up of its plan node, positive; default 1", example = "1")
        BigDecimal weight,
        @Size(max = 50) @Schema(description = "Grade scale of a PREDICATE indicator: SAKIP or BPK; absent otherwise",
                example = "SAKIP") String gradeScale,
        @NotBlank @Size(max = 2000) @Schema(description = "Why the methodology is set or changed (alasan)",
                example = "Secretary's review: use the ratio formula for lower-is-better indices") String reason,
        @Schema(description = "True to save a methodology that departs from the published plan (polarity, value "
                + "type, frequency or aggregation): without it such a methodology is refused with 409 listing the "
                + "differences", example = "false") Boolean acknowledgedWarnings) {

    boolean acknowledges() {
        return Boolean.TRUE.equals(acknowledgedWarnings);
    }
}
