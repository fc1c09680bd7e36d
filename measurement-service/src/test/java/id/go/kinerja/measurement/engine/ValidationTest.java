package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.Methodology.Frequency.ANNUAL;
import static id.go.kinerja.measurement.engine.Methodology.Frequency.QUARTERLY;
import static id.go.kinerja.measurement.engine.Methodology.PeriodAggregation.AVERAGE;
import static id.go.kinerja.measurement.engine.Methodology.PeriodAggregation.LAST;
import static id.go.kinerja.measurement.engine.Methodology.PeriodAggregation.SUM;
import static id.go.kinerja.measurement.engine.Methodology.Polarity.NEGATIVE;
import static id.go.kinerja.measurement.engine.Methodology.Polarity.POSITIVE;
import static id.go.kinerja.measurement.engine.Methodology.ValueType.NUMBER;
import static id.go.kinerja.measurement.engine.Methodology.ValueType.PERCENT;
import static id.go.kinerja.measurement.engine.Methodology.ValueType.PREDICATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.RefusedInputException.Reason;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What is refused when a methodology or an indicator's data is saved, and why. */
class ValidationTest {

    private static final Methodology QUARTERLY_COUNT = Methodology.of(POSITIVE, NUMBER, QUARTERLY, SUM);
    private static final Methodology ANNUAL_COUNT = Methodology.of(POSITIVE, NUMBER, ANNUAL, LAST);

    @ParameterizedTest
    @EnumSource(value = PeriodAggregation.class, names = {"SUM", "AVERAGE"})
    void predicateGradesCannotBeSummedOrAveraged(PeriodAggregation aggregation) {
        assertRefused(Reason.INVALID_METHODOLOGY, aggregation + " cannot combine PREDICATE grades",
                () -> new Methodology(POSITIVE, PREDICATE, QUARTERLY, aggregation, null, null, "SAKIP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.00"})
    void weightMustBePositive(String weight) {
        assertRefused(Reason.INVALID_METHODOLOGY, "weight must be positive",
                () -> QUARTERLY_COUNT.withWeight(new BigDecimal(weight)));
    }

    @Test
    void defaultsAreTheDifferenceFormulaAndWeightOne() {
        Methodology methodology = Methodology.of(NEGATIVE, PERCENT, QUARTERLY, AVERAGE);

        assertEquals(NegativeFormula.DIFFERENCE, methodology.negativeFormula());
        assertEquals(BigDecimal.ONE, methodology.weight());
    }

    @Test
    void ratioFormulaIsOnlyForLowerIsBetterIndicators() {
        assertRefused(Reason.INVALID_METHODOLOGY, "RATIO applies only to NEGATIVE",
                () -> QUARTERLY_COUNT.withNegativeFormula(NegativeFormula.RATIO));
    }

    @Test
    void predicateIndicatorNeedsItsGradeScale() {
        assertRefused(Reason.INVALID_METHODOLOGY, "needs its grade scale",
                () -> new Methodology(POSITIVE, PREDICATE, ANNUAL, LAST, null, null, " "));
    }

    @Test
    void predicateIndicatorIsAlwaysHigherIsBetter() {
        assertRefused(Reason.INVALID_METHODOLOGY, "is POSITIVE",
                () -> new Methodology(NEGATIVE, PREDICATE, ANNUAL, LAST, null, null, "BPK"));
    }

    @Test
    void gradeScaleIsRefusedOnNumericIndicators() {
        assertRefused(Reason.INVALID_METHODOLOGY, "gradeScale applies only to PREDICATE",
                () -> new Methodology(POSITIVE, PERCENT, ANNUAL, LAST, null, null, "SAKIP"));
    }

    @Test
    void everyMethodologyChoiceWithoutDefaultIsRequired() {
        assertRefused(Reason.INVALID_METHODOLOGY, "polarity is required",
                () -> Methodology.of(null, NUMBER, ANNUAL, LAST));
        assertRefused(Reason.INVALID_METHODOLOGY, "periodAggregation is required",
                () -> Methodology.of(POSITIVE, NUMBER, ANNUAL, null));
    }

    @Test
    void targetRangeWithMinAboveMaxIsRefused() {
        assertRefused(Reason.INVALID_VALUE, "min 90 is above max 80",
                () -> Target.range(new BigDecimal("90"), new BigDecimal("80")));
    }

    @Test
    void negativeCountsAndPercentagesAreRefusedAtEntry() {
        assertRefused(Reason.INVALID_VALUE, "target cannot be negative", () -> Target.of(new BigDecimal("-1")));
        assertRefused(Reason.INVALID_VALUE, "min cannot be negative",
                () -> Target.range(new BigDecimal("-5"), BigDecimal.TEN));
        assertRefused(Reason.INVALID_VALUE, "realisation cannot be negative",
                () -> Realisation.of(new BigDecimal("-0.01")));
    }

    @Test
    void quarterlyIndicatorNeedsFourTargetsAndAtMostFourRealisations() {
        assertRefused(Reason.INVALID_VALUE, "expected 4 targets",
                () -> new IndicatorData(QUARTERLY_COUNT, targets("1", "1", "1"), List.of()));
        assertRefused(Reason.INVALID_VALUE, "expected at most 4 realisations",
                () -> new IndicatorData(QUARTERLY_COUNT, targets("1", "1", "1", "1"), realisations("1", "1", "1", "1", "1")));
        assertRefused(Reason.INVALID_VALUE, "expected 1 targets",
                () -> new IndicatorData(ANNUAL_COUNT, targets("1", "1", "1", "1"), List.of()));
    }

    @Test
    void aQuarterWithoutTargetIsRefused() {
        assertRefused(Reason.INVALID_VALUE, "every period needs its target",
                () -> new IndicatorData(QUARTERLY_COUNT, Arrays.asList(Target.of(BigDecimal.ONE), null,
                        Target.of(BigDecimal.ONE), Target.of(BigDecimal.ONE)), List.of()));
    }

    @Test
    void realisationsNotReportedYetAreMissingNotZero() {
        IndicatorData data = new IndicatorData(QUARTERLY_COUNT, targets("1", "1", "1", "1"),
                Arrays.asList(Realisation.of(BigDecimal.ONE), null));

        assertEquals(List.of(Realisation.of(BigDecimal.ONE), Realisation.missing(), Realisation.missing(),
                Realisation.missing()), data.realisations());
    }

    @Test
    void targetsOfOneIndicatorCannotMixNumbersAndRanges() {
        List<Target> mixed = List.of(Target.of(BigDecimal.ONE), Target.range(BigDecimal.ONE, BigDecimal.TEN),
                Target.of(BigDecimal.ONE), Target.of(BigDecimal.ONE));

        assertRefused(Reason.INVALID_VALUE, "all be numbers or all be ranges",
                () -> new IndicatorData(QUARTERLY_COUNT, mixed, List.of()));
    }

    @Test
    void gradesAndNumbersMustMatchTheValueType() {
        Methodology sakip = Methodology.predicate("SAKIP", ANNUAL);

        assertRefused(Reason.INVALID_VALUE, "needs number or range targets",
                () -> IndicatorData.annual(ANNUAL_COUNT, Target.grade("BB"), null));
        assertRefused(Reason.INVALID_VALUE, "needs grade targets",
                () -> IndicatorData.annual(sakip, Target.of(BigDecimal.ONE), null));
        assertRefused(Reason.INVALID_VALUE, "needs grade realisations",
                () -> IndicatorData.annual(sakip, Target.grade("BB"), Realisation.of(BigDecimal.ONE)));
        assertRefused(Reason.INVALID_VALUE, "needs number realisations",
                () -> IndicatorData.annual(ANNUAL_COUNT, Target.of(BigDecimal.ONE), Realisation.grade("B")));
    }

    @Test
    void ratioFormulaIsRefusedForRangeTargetsWhichHaveTheirOwnRule() {
        Methodology ratio = Methodology.of(NEGATIVE, NUMBER, ANNUAL, LAST).withNegativeFormula(NegativeFormula.RATIO);

        assertRefused(Reason.INVALID_VALUE, "RATIO formula is not defined for them",
                () -> IndicatorData.annual(ratio, Target.range(BigDecimal.ONE, BigDecimal.TEN), null));
    }

    static void assertRefused(Reason reason, String messagePart, Executable action) {
        RefusedInputException refused = assertThrows(RefusedInputException.class, action);
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertTrue(refused.getMessage().contains(messagePart),
                "message should say '" + messagePart + "' but was: " + refused.getMessage());
    }

    private static List<Target> targets(String... values) {
        return Arrays.stream(values).map(value -> Target.of(new BigDecimal(value))).toList();
    }

    private static List<Realisation> realisations(String... values) {
        return Arrays.stream(values).map(value -> Realisation.of(new BigDecimal(value))).toList();
    }
}
