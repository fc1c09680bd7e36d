package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.RefusedInputException.Reason.INVALID_VALUE;

import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One indicator (indikator kinerja) for one year: its methodology, its targets per period and the
 * realisations reported so far. Validated on construction, so the engine never meets data it
 * cannot measure: a quarterly indicator has 4 targets, an annual one 1; targets of one indicator
 * are all numbers, all ranges, or (predicate) all grades; realisations match the value type.
 *
 * <p>Realisations may be fewer than targets (the year is not over) and may contain {@code null}
 * for a quarter not reported yet; both are stored as {@link Realisation.Missing}.
 */
public record IndicatorData(Methodology methodology, List<Target> targets, List<Realisation> realisations) {

    public IndicatorData {
        if (methodology == null) {
            throw new RefusedInputException(INVALID_VALUE, "methodology is required");
        }
        int periods = methodology.frequency().periods();
        targets = requireNoneMissing(requireSize(targets, "targets", periods, periods));
        realisations = padWithMissing(requireSize(realisations, "realisations", 0, periods), periods);
        requireTargetsFit(methodology, targets);
        requireRealisationsFit(methodology, realisations);
    }

    /** An annual indicator; {@code realisation} {@code null} means not reported yet. */
    public static IndicatorData annual(Methodology methodology, Target target, Realisation realisation) {
        return new IndicatorData(methodology, List.of(target), Collections.singletonList(realisation));
    }

    private static <T> List<T> requireSize(List<T> values, String what, int min, int max) {
        if (values == null) {
            throw new RefusedInputException(INVALID_VALUE, what + " are required");
        }
        if (values.size() < min || values.size() > max) {
            String expected = min == max ? String.valueOf(max) : "at most " + max;
            throw new RefusedInputException(INVALID_VALUE,
                    "expected " + expected + " " + what + " for this frequency, got " + values.size());
        }
        return values;
    }

    private static List<Target> requireNoneMissing(List<Target> targets) {
        for (Target target : targets) {
            if (target == null) {
                throw new RefusedInputException(INVALID_VALUE, "every period needs its target; one is missing");
            }
        }
        return List.copyOf(targets);
    }

    private static List<Realisation> padWithMissing(List<Realisation> given, int periods) {
        List<Realisation> all = new ArrayList<>(periods);
        for (Realisation realisation : given) {
            all.add(realisation == null ? Realisation.missing() : realisation);
        }
        while (all.size() < periods) {
            all.add(Realisation.missing());
        }
        return Collections.unmodifiableList(all);
    }

    private static void requireTargetsFit(Methodology methodology, List<Target> targets) {
        Class<? extends Target> kind = targets.get(0).getClass();
        for (Target target : targets) {
            if (target.getClass() != kind) {
                throw new RefusedInputException(INVALID_VALUE,
                        "targets of one indicator must all be numbers or all be ranges, not a mix");
            }
        }
        boolean predicate = methodology.valueType() == ValueType.PREDICATE;
        if (predicate != (kind == Target.Grade.class)) {
            throw new RefusedInputException(INVALID_VALUE, predicate
                    ? "a PREDICATE indicator needs grade targets on scale " + methodology.gradeScale()
                    : "a " + methodology.valueType() + " indicator needs number or range targets, not grades");
        }
        if (kind == Target.Range.class && methodology.negativeFormula() == NegativeFormula.RATIO) {
            throw new RefusedInputException(INVALID_VALUE,
                    "range targets are measured with (2 − R / bound); the RATIO formula is not defined for them");
        }
    }

    private static void requireRealisationsFit(Methodology methodology, List<Realisation> realisations) {
        boolean predicate = methodology.valueType() == ValueType.PREDICATE;
        for (Realisation realisation : realisations) {
            if (realisation instanceof Realisation.Missing) {
                continue;
            }
            if (predicate != (realisation instanceof Realisation.Grade)) {
                throw new RefusedInputException(INVALID_VALUE, predicate
                        ? "a PREDICATE indicator needs grade realisations on scale " + methodology.gradeScale()
                        : "a " + methodology.valueType() + " indicator needs number realisations, not grades");
            }
        }
    }
}
