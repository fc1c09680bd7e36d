package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.RefusedInputException.Reason.INVALID_SCALE;
import static id.go.kinerja.measurement.engine.RefusedInputException.Reason.INVALID_VALUE;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

/**
 * An ordinal grade scale for predicate indicators (docs/measurement.md 2.5): a grade is measured by its
 * rank, 1 for the lowest. Scales are data, so an agency can add its own; SAKIP and BPK ship as
 * constants.
 *
 * @param name             the name a {@link Methodology#gradeScale()} refers to, e.g. {@code SAKIP}
 * @param gradesLowestFirst the grades in rising order; the first has rank 1
 */
public record GradeScale(String name, List<String> gradesLowestFirst) {

    /** Nilai SAKIP (hasil evaluasi AKIP): D=1, C=2, CC=3, B=4, BB=5, A=6, AA=7. */
    public static final GradeScale SAKIP = new GradeScale("SAKIP", List.of("D", "C", "CC", "B", "BB", "A", "AA"));

    /** Opini BPK on the financial statements: TMP=1, TW=2, WDP=3, WTP=4. */
    public static final GradeScale BPK = new GradeScale("BPK", List.of("TMP", "TW", "WDP", "WTP"));

    public GradeScale {
        if (name == null || name.isBlank()) {
            throw new RefusedInputException(INVALID_SCALE, "a grade scale needs a name");
        }
        if (gradesLowestFirst == null || gradesLowestFirst.size() < 2) {
            throw new RefusedInputException(INVALID_SCALE, "grade scale " + name + " needs at least two grades");
        }
        gradesLowestFirst = List.copyOf(gradesLowestFirst);
        if (new HashSet<>(gradesLowestFirst).size() != gradesLowestFirst.size()) {
            throw new RefusedInputException(INVALID_SCALE,
                    "grade scale " + name + " names a grade twice: " + gradesLowestFirst);
        }
    }

    /** The rank of a grade, 1 for the lowest; refuses a grade that is not on this scale. */
    public BigDecimal rankOf(String grade) {
        int index = gradesLowestFirst.indexOf(grade);
        if (index < 0) {
            throw new RefusedInputException(INVALID_VALUE,
                    "grade " + grade + " is not on scale " + name + " " + gradesLowestFirst);
        }
        return BigDecimal.valueOf(index + 1L);
    }
}
