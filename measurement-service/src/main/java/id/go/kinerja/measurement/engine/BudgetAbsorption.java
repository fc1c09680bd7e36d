package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.RefusedInputException.Reason.ABOVE_PAGU;
import static id.go.kinerja.measurement.engine.RefusedInputException.Reason.INVALID_VALUE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Budget absorption (serapan anggaran) of a program, activity or sub-activity, shown beside its
 * achievement: realised spending (realisasi anggaran) / budget ceiling (pagu, from the DPA) × 100,
 * 2 dp HALF_UP, docs/measurement.md 5.
 *
 * <p>Spending above the pagu is a data error seen in real SAKIP databases, so {@link #of} refuses
 * it ({@code ABOVE_PAGU}); {@link #justified} accepts it when the entry explains why, and the
 * absorption is then above 100.
 *
 * <p>A pagu of 0 means the node has no budget this year: with nothing spent the absorption is
 * {@code NOT_EVALUABLE} (neither 0 % nor 100 %); any spending against it is above the pagu
 * (refused, or {@code NOT_EVALUABLE} when justified, since a share of nothing is undefined).
 *
 * @param pagu          budget ceiling, rupiah, not negative
 * @param realised      realised spending, rupiah, not negative
 * @param status        {@code OK}, or {@code NOT_EVALUABLE} for a zero pagu
 * @param absorption    percent, 2 dp HALF_UP; {@code null} unless {@code OK}
 * @param justification why spending exceeds the pagu; {@code null} when it does not
 */
public record BudgetAbsorption(BigDecimal pagu, BigDecimal realised, MeasurementStatus status,
                               BigDecimal absorption, String justification) {

    public BudgetAbsorption {
        Objects.requireNonNull(pagu, "pagu");
        Objects.requireNonNull(realised, "realised");
        Objects.requireNonNull(status, "status");
    }

    /** Absorption of spending within the pagu; refuses spending above it. */
    public static BudgetAbsorption of(BigDecimal pagu, BigDecimal realised) {
        requireAmounts(pagu, realised);
        if (realised.compareTo(pagu) > 0) {
            throw new RefusedInputException(ABOVE_PAGU, "realised spending " + realised.toPlainString()
                    + " is above the pagu " + pagu.toPlainString() + "; correct it or give a justification");
        }
        return compute(pagu, realised, null);
    }

    /** Absorption of spending that may exceed the pagu because the entry explains why. */
    public static BudgetAbsorption justified(BigDecimal pagu, BigDecimal realised, String justification) {
        requireAmounts(pagu, realised);
        if (justification == null || justification.isBlank()) {
            throw new RefusedInputException(INVALID_VALUE, "a justification must say why spending exceeds the pagu");
        }
        return compute(pagu, realised, realised.compareTo(pagu) > 0 ? justification : null);
    }

    private static BudgetAbsorption compute(BigDecimal pagu, BigDecimal realised, String justification) {
        if (pagu.signum() == 0) {
            return new BudgetAbsorption(pagu, realised, MeasurementStatus.NOT_EVALUABLE, null, justification);
        }
        BigDecimal absorption = realised.scaleByPowerOfTen(2).divide(pagu, 2, RoundingMode.HALF_UP);
        return new BudgetAbsorption(pagu, realised, MeasurementStatus.OK, absorption, justification);
    }

    private static void requireAmounts(BigDecimal pagu, BigDecimal realised) {
        if (pagu == null || realised == null) {
            throw new RefusedInputException(INVALID_VALUE, "pagu and realised spending are both required");
        }
        if (pagu.signum() < 0 || realised.signum() < 0) {
            throw new RefusedInputException(INVALID_VALUE, "pagu and realised spending cannot be negative, were "
                    + pagu.toPlainString() + " and " + realised.toPlainString());
        }
    }
}
