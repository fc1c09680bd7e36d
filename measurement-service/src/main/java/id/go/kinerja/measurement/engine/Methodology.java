package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.RefusedInputException.Reason.INVALID_METHODOLOGY;

import java.math.BigDecimal;

/**
 * How one indicator is measured: a row of the Kertas Kerja Pengukuran (docs/measurement.md 1). Where
 * agencies differ (the negative formula, the weight) the choice is stored here, so a result can
 * always be reproduced with the methodology that produced it.
 *
 * <p>The canonical constructor validates and refuses combinations that make no sense with a
 * {@link RefusedInputException} ({@code INVALID_METHODOLOGY}); no invalid methodology can exist.
 * {@code negativeFormula} {@code null} means {@code DIFFERENCE}, {@code weight} {@code null}
 * means 1. {@code gradeScale} names the ordinal scale of a {@code PREDICATE} indicator
 * ({@code "SAKIP"}, {@code "BPK"}, see {@link GradeScale}) and is absent otherwise.
 *
 * @param polarity          higher is better or lower is better
 * @param valueType         number, percentage, or ordinal grade (predikat)
 * @param frequency         quarterly (triwulan) or annual (tahunan)
 * @param periodAggregation how quarters combine into "to date"
 * @param negativeFormula   formula for lower-is-better indicators
 * @param weight            weight (bobot) in the roll-up, positive
 * @param gradeScale        name of the grade scale of a predicate indicator, else {@code null}
 */
public record Methodology(Polarity polarity, ValueType valueType, Frequency frequency,
                          PeriodAggregation periodAggregation, NegativeFormula negativeFormula,
                          BigDecimal weight, String gradeScale) {

    /** Polaritas: which direction is better. */
    public enum Polarity { POSITIVE, NEGATIVE }

    /** Jenis nilai. {@code PREDICATE} values are grades on an ordinal scale (2.5). */
    public enum ValueType { NUMBER, PERCENT, PREDICATE }

    /** Periode pengukuran: a quarterly indicator has 4 targets and realisations, an annual one 1. */
    public enum Frequency {
        QUARTERLY(4), ANNUAL(1);

        private final int periods;

        Frequency(int periods) {
            this.periods = periods;
        }

        /** How many targets (and at most how many realisations) a year holds. */
        public int periods() {
            return periods;
        }
    }

    /**
     * How quarters combine (2.1): {@code SUM} for cumulative counts, {@code LAST} for levels that
     * accumulate by themselves, {@code AVERAGE} for rates measured each quarter.
     */
    public enum PeriodAggregation { SUM, LAST, AVERAGE }

    /** Formula for a lower-is-better indicator (2.2): (2T − R) / T or T / R. */
    public enum NegativeFormula { DIFFERENCE, RATIO }

    public Methodology {
        require(polarity != null, "polarityRequired", "polarity is required (POSITIVE or NEGATIVE)");
        require(valueType != null, "valueTypeRequired", "valueType is required (NUMBER, PERCENT or PREDICATE)");
        require(frequency != null, "frequencyRequired", "frequency is required (QUARTERLY or ANNUAL)");
        require(periodAggregation != null, "aggregationRequired", "periodAggregation is required (SUM, LAST or AVERAGE)");
        negativeFormula = negativeFormula == null ? NegativeFormula.DIFFERENCE : negativeFormula;
        weight = weight == null ? BigDecimal.ONE : weight;
        require(weight.signum() > 0, "weightPositive", "weight must be positive, was " + weight.toPlainString(),
                weight.toPlainString());
        require(negativeFormula != NegativeFormula.RATIO || polarity == Polarity.NEGATIVE, "ratioOnlyNegative",
                "negativeFormula RATIO applies only to NEGATIVE indicators");
        if (valueType == ValueType.PREDICATE) {
            require(periodAggregation == PeriodAggregation.LAST, "predicateLast",
                    periodAggregation + " cannot combine PREDICATE grades: a grade is ordinal, use LAST", periodAggregation);
            require(polarity == Polarity.POSITIVE, "predicatePositive",
                    "a PREDICATE indicator is measured by rank and is POSITIVE (a better grade is higher)");
            require(gradeScale != null && !gradeScale.isBlank(), "predicateGradeScale",
                    "a PREDICATE indicator needs its grade scale, e.g. SAKIP or BPK");
        } else {
            require(gradeScale == null, "gradeScaleOnlyPredicate",
                    "gradeScale applies only to PREDICATE indicators, not " + valueType, valueType);
        }
    }

    /** A numeric indicator with the defaults: formula {@code DIFFERENCE}, weight 1. */
    public static Methodology of(Polarity polarity, ValueType valueType, Frequency frequency,
                                 PeriodAggregation periodAggregation) {
        return new Methodology(polarity, valueType, frequency, periodAggregation, null, null, null);
    }

    /** A predicate indicator on the named grade scale: POSITIVE, LAST, weight 1. */
    public static Methodology predicate(String gradeScale, Frequency frequency) {
        return new Methodology(Polarity.POSITIVE, ValueType.PREDICATE, frequency, PeriodAggregation.LAST,
                null, null, gradeScale);
    }

    public Methodology withNegativeFormula(NegativeFormula formula) {
        return new Methodology(polarity, valueType, frequency, periodAggregation, formula, weight, gradeScale);
    }

    public Methodology withWeight(BigDecimal newWeight) {
        return new Methodology(polarity, valueType, frequency, periodAggregation, negativeFormula, newWeight,
                gradeScale);
    }

    private static void require(boolean condition, String key, String message, Object... args) {
        if (!condition) {
            throw new RefusedInputException(INVALID_METHODOLOGY, "methodology." + key, message, args);
        }
    }
}
