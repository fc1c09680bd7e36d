package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.engine.GradeScale;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The grade scales a predicate indicator may use (docs/measurement.md 2.5). */
public final class GradeScales {

    public static final List<GradeScale> KNOWN = List.of(GradeScale.SAKIP, GradeScale.BPK);

    private GradeScales() {
    }

    public static Optional<GradeScale> named(String name) {
        return KNOWN.stream().filter(scale -> scale.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return KNOWN.stream().map(GradeScale::name).toList();
    }

    /** The one known scale holding every given grade; empty when none or several fit. */
    static Optional<GradeScale> holding(Collection<String> grades) {
        if (grades.isEmpty()) {
            return Optional.empty();
        }
        List<GradeScale> fitting = KNOWN.stream()
                .filter(scale -> scale.gradesLowestFirst().containsAll(grades))
                .toList();
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }
}
