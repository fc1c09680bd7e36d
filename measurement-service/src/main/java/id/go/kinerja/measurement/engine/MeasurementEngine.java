package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.RefusedInputException.Reason.INVALID_CONFIGURATION;
import static id.go.kinerja.measurement.engine.RefusedInputException.Reason.INVALID_METHODOLOGY;

import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes achievements (pengukuran capaian kinerja) by the rules of docs/measurement.md: one indicator
 * at a period, the roll-up of a plan node, the summary of a level. Configured once per agency
 * (predicate scale, roll-up ceiling, grade scales); immutable and safe to share between threads.
 *
 * <p>Every achievement is one exact division rounded once to 2 dp HALF_UP: the numerators are
 * exact (sums, 2T − R, ×100 by moving the decimal point) and {@code AVERAGE} needs no rounded
 * mean, because the quarter count divides T and R alike and cancels in every formula. A report
 * re-checked by hand with exact fractions therefore agrees to the cent, including at rounding
 * boundaries such as 90.995 → 91.00.
 */
public final class MeasurementEngine {

    /** The roll-up ceiling most agencies use, percent. */
    public static final BigDecimal DEFAULT_CEILING = new BigDecimal("200.00");

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");
    private static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final Set<Flag> NO_FLAGS = Set.of();
    private static final Set<Flag> CAPPED = Set.of(Flag.CAPPED);

    private final PredicateScale predicateScale;
    private final BigDecimal ceiling;
    private final Map<String, GradeScale> gradeScales;

    /**
     * @param predicateScale the agency's predicate scale in effect for the report
     * @param ceiling        roll-up ceiling (batas atas), positive, at most 2 decimals; also the cap
     *                       of the {@code RATIO} formula
     * @param gradeScales    the grade scales predicate indicators may name
     */
    public MeasurementEngine(PredicateScale predicateScale, BigDecimal ceiling, Collection<GradeScale> gradeScales) {
        if (predicateScale == null || ceiling == null || gradeScales == null) {
            throw new RefusedInputException(INVALID_CONFIGURATION, "predicate scale, ceiling and grade scales are required");
        }
        if (ceiling.signum() <= 0 || ceiling.stripTrailingZeros().scale() > 2) {
            throw new RefusedInputException(INVALID_CONFIGURATION,
                    "the roll-up ceiling must be positive with at most 2 decimals, was " + ceiling.toPlainString());
        }
        Map<String, GradeScale> byName = new HashMap<>();
        for (GradeScale scale : gradeScales) {
            if (byName.put(scale.name(), scale) != null) {
                throw new RefusedInputException(INVALID_CONFIGURATION, "grade scale " + scale.name() + " given twice");
            }
        }
        this.predicateScale = predicateScale;
        this.ceiling = ceiling.setScale(2, RoundingMode.UNNECESSARY);
        this.gradeScales = Map.copyOf(byName);
    }

    /** The default 5-band scale, ceiling 200, SAKIP and BPK grades. */
    public static MeasurementEngine withDefaults() {
        return new MeasurementEngine(PredicateScale.DEFAULT, DEFAULT_CEILING, List.of(GradeScale.SAKIP, GradeScale.BPK));
    }

    public PredicateScale predicateScale() {
        return predicateScale;
    }

    public BigDecimal ceiling() {
        return ceiling;
    }

    /** The achievement of one indicator "to date" at the period (docs/measurement.md 2). */
    public IndicatorResult measure(IndicatorData data, Period period) {
        Methodology methodology = data.methodology();
        boolean annual = methodology.frequency() == Frequency.ANNUAL;
        if (annual && period.quarter() < 4) {
            return new IndicatorResult(MeasurementStatus.NOT_EVALUABLE, null, null, NO_FLAGS, Rule.ANNUAL_ONLY,
                    null, null);
        }
        int last = annual ? 0 : period.quarter() - 1;
        int first = methodology.periodAggregation() == PeriodAggregation.LAST ? last : 0;
        if (methodology.valueType() == ValueType.PREDICATE) {
            return measureGrade(methodology, data, last);
        }
        boolean range = data.targets().get(0) instanceof Target.Range;
        BigDecimal targetOrMin = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (int i = first; i <= last; i++) {
            Target target = data.targets().get(i);
            if (range) {
                targetOrMin = targetOrMin.add(((Target.Range) target).min());
                max = max.add(((Target.Range) target).max());
            } else {
                targetOrMin = targetOrMin.add(((Target.Value) target).value());
            }
        }
        int averagedOver = methodology.periodAggregation() == PeriodAggregation.AVERAGE ? last - first + 1 : 1;
        Target shownTarget = first == last ? data.targets().get(last)
                : range ? new Target.Range(mean(targetOrMin, averagedOver), mean(max, averagedOver))
                : new Target.Value(mean(targetOrMin, averagedOver));
        if (anyMissing(data.realisations(), last)) {
            return incomplete(shownTarget);
        }
        BigDecimal realised = BigDecimal.ZERO;
        for (int i = first; i <= last; i++) {
            realised = realised.add(((Realisation.Value) data.realisations().get(i)).value());
        }
        Realisation shownRealisation = first == last ? data.realisations().get(last)
                : new Realisation.Value(mean(realised, averagedOver));
        if (range) {
            return measureRange(methodology.polarity(), targetOrMin, max, realised, shownTarget, shownRealisation);
        }
        return measureValue(methodology, targetOrMin, realised, shownTarget, shownRealisation);
    }

    /**
     * The achievement of a plan node from its own indicators (docs/measurement.md 3). The result does
     * not depend on the order of the members.
     */
    public RollUp rollUp(Collection<RollUp.Member> members) {
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        int evaluated = 0;
        for (RollUp.Member member : members) {
            if (member.result().isEvaluated()) {
                weightedSum = weightedSum.add(member.weight().multiply(clamp(member.result().achievement())));
                weights = weights.add(member.weight());
                evaluated++;
            }
        }
        int leftOut = members.size() - evaluated;
        if (evaluated == 0) {
            return new RollUp(MeasurementStatus.NOT_EVALUABLE, null, null, 0, leftOut);
        }
        BigDecimal achievement = weightedSum.divide(weights, 2, RoundingMode.HALF_UP);
        return new RollUp(MeasurementStatus.OK, achievement, predicateScale.predicateOf(achievement), evaluated, leftOut);
    }

    /**
     * The summary of one level of the plan: the plain mean of its evaluable nodes and their count
     * per predicate (docs/measurement.md 3). Predicates are taken from this engine's scale.
     */
    public LevelSummary summarise(Collection<RollUp> nodes) {
        BigDecimal sum = BigDecimal.ZERO;
        int evaluated = 0;
        Map<String, Integer> counted = new HashMap<>();
        for (RollUp node : nodes) {
            if (node.isEvaluated()) {
                sum = sum.add(node.achievement());
                evaluated++;
                counted.merge(predicateScale.predicateOf(node.achievement()), 1, Integer::sum);
            }
        }
        int notEvaluable = nodes.size() - evaluated;
        if (evaluated == 0) {
            return new LevelSummary(MeasurementStatus.NOT_EVALUABLE, null, null, Map.of(), notEvaluable);
        }
        Map<String, Integer> highestFirst = new LinkedHashMap<>();
        List<PredicateScale.Band> bands = predicateScale.bands();
        for (int i = bands.size() - 1; i >= 0; i--) {
            Integer count = counted.get(bands.get(i).name());
            if (count != null) {
                highestFirst.put(bands.get(i).name(), count);
            }
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(evaluated), 2, RoundingMode.HALF_UP);
        return new LevelSummary(MeasurementStatus.OK, mean, predicateScale.predicateOf(mean), highestFirst,
                notEvaluable);
    }

    private IndicatorResult measureGrade(Methodology methodology, IndicatorData data, int last) {
        Target target = data.targets().get(last);
        if (anyMissing(data.realisations(), last)) {
            return incomplete(target);
        }
        Realisation realisation = data.realisations().get(last);
        GradeScale scale = gradeScales.get(methodology.gradeScale());
        if (scale == null) {
            throw new RefusedInputException(INVALID_METHODOLOGY, "grade scale " + methodology.gradeScale()
                    + " is not configured; known scales: " + gradeScales.keySet());
        }
        BigDecimal targetRank = scale.rankOf(((Target.Grade) target).grade());
        BigDecimal realisedRank = scale.rankOf(((Realisation.Grade) realisation).grade());
        return ok(percent(realisedRank, targetRank), Rule.PREDICATE_RANK_RATIO, NO_FLAGS, target, realisation);
    }

    private IndicatorResult measureValue(Methodology methodology, BigDecimal target, BigDecimal realised,
                                         Target shownTarget, Realisation shownRealisation) {
        if (methodology.polarity() == Polarity.POSITIVE) {
            if (target.signum() == 0) {
                return notEvaluable(Rule.ZERO_TARGET, shownTarget, shownRealisation);
            }
            return ok(percent(realised, target), Rule.POSITIVE_RATIO, NO_FLAGS, shownTarget, shownRealisation);
        }
        if (target.signum() == 0) {
            return realised.signum() == 0
                    ? ok(HUNDRED, Rule.ZERO_TARGET_MET, NO_FLAGS, shownTarget, shownRealisation)
                    : notEvaluable(Rule.ZERO_TARGET, shownTarget, shownRealisation);
        }
        if (methodology.negativeFormula() == NegativeFormula.DIFFERENCE) {
            return ok(percent(target.add(target).subtract(realised), target), Rule.NEGATIVE_DIFFERENCE, NO_FLAGS,
                    shownTarget, shownRealisation);
        }
        // T / R grows without bound as R approaches 0; the spec caps R = 0 at the ceiling, and
        // capping every value above it keeps the formula monotone (a smaller R is never worse).
        if (realised.signum() == 0) {
            return ok(ceiling, Rule.NEGATIVE_RATIO_CAPPED, CAPPED, shownTarget, shownRealisation);
        }
        BigDecimal achievement = percent(target, realised);
        if (achievement.compareTo(ceiling) > 0) {
            return ok(ceiling, Rule.NEGATIVE_RATIO_CAPPED, CAPPED, shownTarget, shownRealisation);
        }
        return ok(achievement, Rule.NEGATIVE_RATIO, NO_FLAGS, shownTarget, shownRealisation);
    }

    private IndicatorResult measureRange(Polarity polarity, BigDecimal min, BigDecimal max, BigDecimal realised,
                                         Target shownTarget, Realisation shownRealisation) {
        boolean below = realised.compareTo(min) < 0;
        boolean above = realised.compareTo(max) > 0;
        if (!below && !above) {
            return ok(HUNDRED, Rule.RANGE_WITHIN, NO_FLAGS, shownTarget, shownRealisation);
        }
        if (above && max.signum() == 0) {
            return notEvaluable(Rule.ZERO_TARGET, shownTarget, shownRealisation);
        }
        BigDecimal bound = below ? min : max;
        if (polarity == Polarity.POSITIVE) {
            return ok(percent(realised, bound), below ? Rule.RANGE_POSITIVE_BELOW : Rule.RANGE_POSITIVE_ABOVE,
                    NO_FLAGS, shownTarget, shownRealisation);
        }
        return ok(percent(bound.add(bound).subtract(realised), bound),
                below ? Rule.RANGE_NEGATIVE_BELOW : Rule.RANGE_NEGATIVE_ABOVE, NO_FLAGS, shownTarget, shownRealisation);
    }

    private IndicatorResult ok(BigDecimal achievement, Rule rule, Set<Flag> flags, Target target,
                               Realisation realisation) {
        return new IndicatorResult(MeasurementStatus.OK, achievement, predicateScale.predicateOf(achievement), flags,
                rule, target, realisation);
    }

    private static IndicatorResult notEvaluable(Rule rule, Target target, Realisation realisation) {
        return new IndicatorResult(MeasurementStatus.NOT_EVALUABLE, null, null, NO_FLAGS, rule, target, realisation);
    }

    private static IndicatorResult incomplete(Target target) {
        return new IndicatorResult(MeasurementStatus.INCOMPLETE, null, null, NO_FLAGS, Rule.MISSING_REALISATION,
                target, Realisation.missing());
    }

    private static boolean anyMissing(List<Realisation> realisations, int last) {
        for (int i = 0; i <= last; i++) {
            if (realisations.get(i) instanceof Realisation.Missing) {
                return true;
            }
        }
        return false;
    }

    /** numerator / denominator × 100, one exact division rounded once. */
    private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.scaleByPowerOfTen(2).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /** A mean for display only; achievements are computed from the exact sums. */
    private static BigDecimal mean(BigDecimal sum, int count) {
        return count == 1 ? sum : sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64);
    }

    private BigDecimal clamp(BigDecimal achievement) {
        if (achievement.signum() < 0) {
            return ZERO;
        }
        return achievement.compareTo(ceiling) > 0 ? ceiling : achievement;
    }
}
