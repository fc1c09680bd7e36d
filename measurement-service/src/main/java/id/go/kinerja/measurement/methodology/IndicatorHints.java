package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.engine.GradeScale;
import id.go.kinerja.measurement.engine.Methodology;
import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import java.util.Optional;
import java.util.Set;

/**
 * What a recap tells about an indicator: its name and unit, and the plan's hints on how to measure
 * it (collection's plan is not the methodology, but a good first guess).
 *
 * @param grades every grade the recap gives as a target or realisation; picks the grade scale of a
 *               predicate indicator, since the plan names none
 */
public record IndicatorHints(String code, String name, String unit, String polarity, String valueType,
                             String frequency, String periodAggregation, Set<String> grades) {

    /** The methodology the hints describe, or empty when they are incomplete or contradict the rules. */
    public Optional<Methodology> methodology() {
        if (polarity == null || valueType == null || frequency == null || periodAggregation == null) {
            return Optional.empty();
        }
        try {
            ValueType type = ValueType.valueOf(valueType);
            String gradeScale = type == ValueType.PREDICATE
                    ? GradeScales.holding(grades).map(GradeScale::name).orElse(null)
                    : null;
            return Optional.of(new Methodology(Polarity.valueOf(polarity), type, Frequency.valueOf(frequency),
                    PeriodAggregation.valueOf(periodAggregation), null, null, gradeScale));
        } catch (IllegalArgumentException unusable) {
            // an unknown name, or (RefusedInputException) a combination the rules refuse
            return Optional.empty();
        }
    }
}
