package id.go.kinerja.measurement.engine;

/**
 * Which rule of docs/measurement.md produced a result (rumus capaian). Stored with every result so that
 * an old report can be explained and reproduced; the name is stable for machines, the formula is
 * the text printed for people. T and R are the combined target and realisation of the period.
 */
public enum Rule {
    /** 2.2, higher is better. */
    POSITIVE_RATIO("R / T × 100"),
    /** 2.2, lower is better, default formula; can exceed 200 or go negative, kept raw. */
    NEGATIVE_DIFFERENCE("(2T − R) / T × 100"),
    /** 2.2, lower is better, ratio formula. */
    NEGATIVE_RATIO("T / R × 100"),
    /** 2.4, ratio formula with R = 0 or T / R above the ceiling: limited to the ceiling, flagged. */
    NEGATIVE_RATIO_CAPPED("T / R × 100, limited to the ceiling (R = 0 gives the ceiling)"),
    /** 2.3, realisation inside the target range. */
    RANGE_WITHIN("min ≤ R ≤ max → 100"),
    /** 2.3, higher is better, below the range. */
    RANGE_POSITIVE_BELOW("R / min × 100"),
    /** 2.3, higher is better, above the range. */
    RANGE_POSITIVE_ABOVE("R / max × 100"),
    /** 2.3, lower is better, below the range. */
    RANGE_NEGATIVE_BELOW("(2 − R / min) × 100"),
    /** 2.3, lower is better, above the range. */
    RANGE_NEGATIVE_ABOVE("(2 − R / max) × 100"),
    /** 2.5, ordinal grades compared by rank, then treated as higher is better. */
    PREDICATE_RANK_RATIO("rank(R) / rank(T) × 100"),
    /** 2.4, lower is better, nothing was allowed and nothing happened. */
    ZERO_TARGET_MET("T = 0 and R = 0 → 100"),
    /** 2.4, a zero target with any other realisation gives no meaningful ratio. */
    ZERO_TARGET("T = 0 → not evaluable"),
    /** 2.1, a realisation for a quarter up to the period is missing. */
    MISSING_REALISATION("realisation missing for a quarter up to the period → incomplete"),
    /** An annual indicator has no target for a quarter before the end of the year. */
    ANNUAL_ONLY("annual indicator → measured at Q4 / YEAR only");

    private final String formula;

    Rule(String formula) {
        this.formula = formula;
    }

    /** The formula as printed in a report, e.g. {@code (2T − R) / T × 100}. */
    public String formula() {
        return formula;
    }
}
