package id.go.kinerja.measurement.engine;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * The achievement (capaian) of one indicator at one period, with everything needed to print and
 * re-check it: the predicate (predikat), the rule and formula used, and the combined target and
 * realisation the formula was applied to.
 *
 * @param status      {@code OK}, or why there is no number
 * @param achievement percent, 2 dp HALF_UP; {@code null} unless {@code OK}. Kept raw: it can
 *                    exceed 200 or be negative (roll-ups clamp it)
 * @param predicate   band name on the engine's predicate scale, from the 2 dp value; {@code null}
 *                    unless {@code OK}
 * @param flags       e.g. {@link Flag#CAPPED}; empty when there is nothing to say
 * @param rule        the rule that produced the result
 * @param target      combined target T of the period (the mean for {@code AVERAGE}, shown to
 *                    16 significant digits); {@code null} when the period has no target
 * @param realisation combined realisation R of the period, as {@code target}; missing when
 *                    {@code INCOMPLETE}, {@code null} when the period has no target
 */
public record IndicatorResult(MeasurementStatus status, BigDecimal achievement, String predicate,
                              Set<Flag> flags, Rule rule, Target target, Realisation realisation) {

    public IndicatorResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rule, "rule");
        flags = Set.copyOf(flags);
        if ((status == MeasurementStatus.OK) != (achievement != null)) {
            throw new IllegalArgumentException("an achievement is given exactly when the status is OK");
        }
    }

    /** Whether the result counts in roll-ups. */
    public boolean isEvaluated() {
        return status == MeasurementStatus.OK;
    }
}
