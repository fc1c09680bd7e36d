package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.RefusedInputException.Reason.INVALID_VALUE;

import java.math.BigDecimal;

/**
 * The realisation (realisasi) of one period: a number, a grade, or still missing. A missing
 * realisation is a state of its own, never 0: it makes the result {@code INCOMPLETE}.
 */
public sealed interface Realisation {

    /** A measured number; counts and percentages are never negative. */
    record Value(BigDecimal value) implements Realisation {
        public Value {
            if (value == null) {
                throw new RefusedInputException(INVALID_VALUE, "realisation value is required; use missing()");
            }
            if (value.signum() < 0) {
                throw new RefusedInputException(INVALID_VALUE,
                        "realisation cannot be negative (counts and percentages), was " + value.toPlainString());
            }
        }
    }

    /** A grade reached, e.g. {@code WDP} on the BPK opinion scale. */
    record Grade(String grade) implements Realisation {
        public Grade {
            if (grade == null || grade.isBlank()) {
                throw new RefusedInputException(INVALID_VALUE, "realisation grade is required; use missing()");
            }
        }
    }

    /** Not reported yet (belum diisi). */
    record Missing() implements Realisation {
        static final Missing INSTANCE = new Missing();
    }

    static Realisation of(BigDecimal value) {
        return new Value(value);
    }

    static Realisation grade(String grade) {
        return new Grade(grade);
    }

    static Realisation missing() {
        return Missing.INSTANCE;
    }
}
