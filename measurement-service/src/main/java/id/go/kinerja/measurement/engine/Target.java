package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.RefusedInputException.Reason.INVALID_VALUE;

import java.math.BigDecimal;

/**
 * A target (target kinerja) of one period: a number, a range {@code {min, max}} (docs/measurement.md 2.3),
 * or a grade of a predicate indicator (2.5). Numbers are counts or percentages and are never
 * negative.
 */
public sealed interface Target {

    /** A single number, e.g. 25 traders trained. */
    record Value(BigDecimal value) implements Target {
        public Value {
            requireNonNegative(value, "target");
        }
    }

    /** A range; any realisation inside it is exactly 100 %. */
    record Range(BigDecimal min, BigDecimal max) implements Target {
        public Range {
            requireNonNegative(min, "target range min");
            requireNonNegative(max, "target range max");
            if (min.compareTo(max) > 0) {
                throw new RefusedInputException(INVALID_VALUE,
                        "target range min " + min.toPlainString() + " is above max " + max.toPlainString());
            }
        }
    }

    /** A grade on the indicator's grade scale, e.g. {@code BB} on the SAKIP scale. */
    record Grade(String grade) implements Target {
        public Grade {
            if (grade == null || grade.isBlank()) {
                throw new RefusedInputException(INVALID_VALUE, "target grade is required");
            }
        }
    }

    static Target of(BigDecimal value) {
        return new Value(value);
    }

    static Target range(BigDecimal min, BigDecimal max) {
        return new Range(min, max);
    }

    static Target grade(String grade) {
        return new Grade(grade);
    }

    private static void requireNonNegative(BigDecimal value, String what) {
        if (value == null) {
            throw new RefusedInputException(INVALID_VALUE, what + " is required");
        }
        if (value.signum() < 0) {
            throw new RefusedInputException(INVALID_VALUE,
                    what + " cannot be negative (counts and percentages), was " + value.toPlainString());
        }
    }
}
