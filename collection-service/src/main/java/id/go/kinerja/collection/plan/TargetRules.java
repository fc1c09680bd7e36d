package id.go.kinerja.collection.plan;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes an indicator and its targets of a year consistent, as field errors. */
public final class TargetRules {

    private TargetRules() {
    }

    public static List<FieldError> indicator(String path, ValueType valueType, PeriodAggregation aggregation) {
        if (valueType == ValueType.PREDICATE && aggregation != null && aggregation != PeriodAggregation.LAST) {
            return List.of(new FieldError(path + "periodAggregation", CollectionProblem.text("target.predicateLast")));
        }
        return List.of();
    }

    /** An empty list is allowed: the indicator then has no targets (and is not collected) that year. */
    public static List<FieldError> targets(String path, Frequency frequency, ValueType valueType, List<Target> targets) {
        List<FieldError> errors = new ArrayList<>();
        if (targets == null || targets.isEmpty()) {
            return errors;
        }
        if (frequency == Frequency.QUARTERLY) {
            Set<Integer> quarters = new HashSet<>();
            targets.forEach(target -> quarters.add(target.quarter()));
            if (targets.size() != 4 || !quarters.equals(Set.of(1, 2, 3, 4))) {
                errors.add(new FieldError(path + "targets", CollectionProblem.text("target.quarterly")));
            }
        } else if (frequency == Frequency.ANNUAL && (targets.size() != 1 || targets.get(0).quarterOr4() != 4)) {
            errors.add(new FieldError(path + "targets", CollectionProblem.text("target.annual")));
        }
        for (int i = 0; i < targets.size(); i++) {
            errors.addAll(target(path + "targets[" + i + "].", valueType, targets.get(i)));
        }
        return errors;
    }

    private static List<FieldError> target(String path, ValueType valueType, Target target) {
        boolean hasValue = target.value() != null;
        boolean hasRange = target.min() != null || target.max() != null;
        boolean hasGrade = target.grade() != null;
        int kinds = (hasValue ? 1 : 0) + (hasRange ? 1 : 0) + (hasGrade ? 1 : 0);
        if (valueType == ValueType.PREDICATE) {
            if (!hasGrade || kinds != 1) {
                return List.of(new FieldError(path + "grade", CollectionProblem.text("target.predicateGrade")));
            }
            return List.of();
        }
        if (hasGrade) {
            return List.of(new FieldError(path + "grade", CollectionProblem.text("target.gradeOnlyPredicate")));
        }
        if (kinds != 1) {
            return List.of(new FieldError(path + "value", CollectionProblem.text("target.valueOrRange")));
        }
        if (hasRange) {
            if (target.min() == null || target.max() == null) {
                return List.of(new FieldError(path + (target.min() == null ? "min" : "max"),
                        CollectionProblem.text("target.rangeBoth")));
            }
            if (target.min().compareTo(target.max()) > 0) {
                return List.of(new FieldError(path + "max", CollectionProblem.text("target.maxBelowMin")));
            }
        }
        return List.of();
    }
}
