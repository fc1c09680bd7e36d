package id.go.kinerja.measurement.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The achievement of one plan node (Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan) from its own
 * indicators, docs/measurement.md 3: the weighted mean of their reported 2 dp achievements, each first
 * clamped to [0, ceiling], leaving out those that are {@code INCOMPLETE} or {@code NOT_EVALUABLE}.
 * Built by {@link MeasurementEngine#rollUp}.
 *
 * @param status      {@code OK}, or {@code NOT_EVALUABLE} when no indicator could be measured
 * @param achievement percent, 2 dp HALF_UP, within [0, ceiling]; {@code null} unless {@code OK}
 * @param predicate   predikat of {@code achievement}; {@code null} unless {@code OK}
 * @param evaluated   indicators that entered the mean
 * @param leftOut     indicators left out because they had no number
 */
public record RollUp(MeasurementStatus status, BigDecimal achievement, String predicate, int evaluated,
                     int leftOut) {

    public RollUp {
        Objects.requireNonNull(status, "status");
    }

    /**
     * One indicator of the node with its weight (bobot) in this node; usually the methodology's
     * weight, but a node may weigh its indicators differently.
     */
    public record Member(IndicatorResult result, BigDecimal weight) {
        public Member {
            Objects.requireNonNull(result, "result");
            if (weight == null || weight.signum() <= 0) {
                throw new RefusedInputException(RefusedInputException.Reason.INVALID_METHODOLOGY,
                        "a roll-up weight must be positive, was " + (weight == null ? null : weight.toPlainString()));
            }
        }
    }

    /** Whether the node has a number and counts in its level's summary. */
    public boolean isEvaluated() {
        return status == MeasurementStatus.OK;
    }
}
