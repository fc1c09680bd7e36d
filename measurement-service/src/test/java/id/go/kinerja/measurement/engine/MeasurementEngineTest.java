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
import static id.go.kinerja.measurement.engine.ValidationTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.RefusedInputException.Reason;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How one indicator is measured, beyond the golden cases: periods, rules, caps, configuration. */
class MeasurementEngineTest {

    private static final MeasurementEngine ENGINE = MeasurementEngine.withDefaults();

    @Test
    void anAnnualIndicatorIsMeasuredOnlyAtTheEndOfTheYear() {
        IndicatorData data = annual(Methodology.of(POSITIVE, NUMBER, ANNUAL, LAST), "10", "8");

        IndicatorResult midYear = ENGINE.measure(data, Period.Q2);

        assertEquals(MeasurementStatus.NOT_EVALUABLE, midYear.status());
        assertEquals(Rule.ANNUAL_ONLY, midYear.rule());
        assertEquals("80.00", ENGINE.measure(data, Period.Q4).achievement().toPlainString());
        assertEquals(ENGINE.measure(data, Period.Q4), ENGINE.measure(data, Period.YEAR));
    }

    @Test
    void aMissingEarlierQuarterMakesALastValueIndicatorIncompleteToo() {
        IndicatorData data = quarterly(Methodology.of(POSITIVE, PERCENT, QUARTERLY, LAST),
                List.of("60", "62", "64", "65"), Arrays.asList("58", null, "63"));

        assertEquals("96.67", ENGINE.measure(data, Period.Q1).achievement().toPlainString());
        IndicatorResult third = ENGINE.measure(data, Period.Q3);
        assertEquals(MeasurementStatus.INCOMPLETE, third.status());
        assertEquals(Rule.MISSING_REALISATION, third.rule());
        assertEquals(Realisation.missing(), third.realisation());
        assertEquals(MeasurementStatus.INCOMPLETE, ENGINE.measure(data, Period.YEAR).status());
    }

    @Test
    void averageIsComputedExactlySoAResultOnTheRoundingBoundaryRoundsUp() {
        // T̄ = 4/3 and R̄ = 3.6398/3 do not terminate; rounding either mean first would give 90.98.
        IndicatorData data = quarterly(Methodology.of(POSITIVE, NUMBER, QUARTERLY, AVERAGE),
                List.of("1", "1", "2", "2"), List.of("1.2", "1.2", "1.2398"));

        IndicatorResult result = ENGINE.measure(data, Period.Q3);

        assertEquals("91.00", result.achievement().toPlainString());
        assertEquals("SANGAT_TINGGI", result.predicate());
        assertEquals(Target.of(new BigDecimal("1.333333333333333")), result.target());
        assertEquals(Realisation.of(new BigDecimal("1.213266666666667")), result.realisation());
    }

    @Test
    void aSummedIndicatorReportsTheSumsItMeasured() {
        IndicatorData data = quarterly(Methodology.of(POSITIVE, NUMBER, QUARTERLY, SUM),
                List.of("25", "25", "25", "25"), List.of("20", "30", "18"));

        IndicatorResult result = ENGINE.measure(data, Period.Q3);

        assertEquals(Rule.POSITIVE_RATIO, result.rule());
        assertEquals("R / T × 100", result.rule().formula());
        assertEquals(Target.of(new BigDecimal("75")), result.target());
        assertEquals(Realisation.of(new BigDecimal("68")), result.realisation());
    }

    @Test
    void eachResultNamesTheRuleAndFormulaThatProducedIt() {
        Methodology difference = Methodology.of(NEGATIVE, NUMBER, ANNUAL, LAST);
        Methodology ratio = difference.withNegativeFormula(NegativeFormula.RATIO);

        IndicatorResult byDifference = ENGINE.measure(annual(difference, "88.82", "135.15"), Period.YEAR);
        IndicatorResult byRatio = ENGINE.measure(annual(ratio, "88.82", "135.15"), Period.YEAR);

        assertEquals(Rule.NEGATIVE_DIFFERENCE, byDifference.rule());
        assertEquals("(2T − R) / T × 100", byDifference.rule().formula());
        assertEquals(Rule.NEGATIVE_RATIO, byRatio.rule());
        assertEquals("T / R × 100", byRatio.rule().formula());
        assertEquals(Target.of(new BigDecimal("88.82")), byRatio.target());
        assertEquals(Realisation.of(new BigDecimal("135.15")), byRatio.realisation());
    }

    @Test
    void theRatioFormulaIsCappedAtTheCeilingAlsoForATinyRealisation() {
        Methodology ratio = Methodology.of(NEGATIVE, NUMBER, ANNUAL, LAST).withNegativeFormula(NegativeFormula.RATIO);

        IndicatorResult tiny = ENGINE.measure(annual(ratio, "4", "0.01"), Period.YEAR);
        IndicatorResult justUnder = ENGINE.measure(annual(ratio, "4", "2"), Period.YEAR);

        assertEquals("200.00", tiny.achievement().toPlainString());
        assertEquals(Set.of(Flag.CAPPED), tiny.flags());
        assertEquals(Rule.NEGATIVE_RATIO_CAPPED, tiny.rule());
        assertEquals("200.00", justUnder.achievement().toPlainString());
        assertEquals(Set.of(), justUnder.flags());
    }

    @Test
    void anAchievementAboveTheCeilingIsReportedRawAndNotFlagged() {
        IndicatorResult result = ENGINE.measure(annual(Methodology.of(POSITIVE, NUMBER, ANNUAL, LAST), "10", "35"),
                Period.YEAR);

        assertEquals("350.00", result.achievement().toPlainString());
        assertEquals(Set.of(), result.flags());
    }

    @Test
    void rangeRulesNameTheSideOfTheRange() {
        Methodology shorterIsBetter = Methodology.of(NEGATIVE, NUMBER, ANNUAL, LAST);

        IndicatorResult below = ENGINE.measure(range(shorterIsBetter, "7", "8", "6.5"), Period.YEAR);
        IndicatorResult above = ENGINE.measure(range(shorterIsBetter, "7", "8", "9"), Period.YEAR);

        assertEquals(Rule.RANGE_NEGATIVE_BELOW, below.rule());
        assertEquals("(2 − R / min) × 100", below.rule().formula());
        assertEquals(Rule.RANGE_NEGATIVE_ABOVE, above.rule());
        assertEquals(Target.range(new BigDecimal("7"), new BigDecimal("8")), above.target());
    }

    @Test
    void aRangeThatAllowsOnlyZeroCannotMeasureAnythingAboveIt() {
        IndicatorResult result = ENGINE.measure(range(Methodology.of(POSITIVE, NUMBER, ANNUAL, LAST), "0", "0", "3"),
                Period.YEAR);

        assertEquals(MeasurementStatus.NOT_EVALUABLE, result.status());
        assertEquals(Rule.ZERO_TARGET, result.rule());
    }

    @Test
    void aPredicateIndicatorRecordsTheGradesItCompared() {
        IndicatorData data = IndicatorData.annual(Methodology.predicate("SAKIP", ANNUAL), Target.grade("BB"),
                Realisation.grade("A"));

        IndicatorResult result = ENGINE.measure(data, Period.YEAR);

        assertEquals("120.00", result.achievement().toPlainString());
        assertEquals(Rule.PREDICATE_RANK_RATIO, result.rule());
        assertEquals(Target.grade("BB"), result.target());
        assertEquals(Realisation.grade("A"), result.realisation());
    }

    @Test
    void gradesAndScalesUnknownToTheEngineAreRefused() {
        IndicatorData unknownGrade = IndicatorData.annual(Methodology.predicate("BPK", ANNUAL), Target.grade("WTP"),
                Realisation.grade("BB"));
        IndicatorData unknownScale = IndicatorData.annual(Methodology.predicate("OPINI_LAMA", ANNUAL),
                Target.grade("WTP"), Realisation.grade("WDP"));

        assertRefused(Reason.INVALID_VALUE, "grade BB is not on scale BPK", () -> ENGINE.measure(unknownGrade, Period.YEAR));
        assertRefused(Reason.INVALID_METHODOLOGY, "grade scale OPINI_LAMA is not configured",
                () -> ENGINE.measure(unknownScale, Period.YEAR));
    }

    @Test
    void anAgencyCeilingCapsTheRatioFormulaAndTheRollUp() {
        MeasurementEngine strict = new MeasurementEngine(PredicateScale.DEFAULT, new BigDecimal("150"),
                List.of(GradeScale.SAKIP));
        Methodology ratio = Methodology.of(NEGATIVE, NUMBER, ANNUAL, LAST).withNegativeFormula(NegativeFormula.RATIO);
        IndicatorResult capped = strict.measure(annual(ratio, "4", "0"), Period.YEAR);
        IndicatorResult raw = strict.measure(annual(Methodology.of(POSITIVE, NUMBER, ANNUAL, LAST), "10", "18"),
                Period.YEAR);

        RollUp rollUp = strict.rollUp(List.of(new RollUp.Member(raw, BigDecimal.ONE)));

        assertEquals("150.00", capped.achievement().toPlainString());
        assertEquals(Set.of(Flag.CAPPED), capped.flags());
        assertEquals("180.00", raw.achievement().toPlainString());
        assertEquals("150.00", rollUp.achievement().toPlainString());
    }

    @Test
    void anAgencyPredicateScaleNamesThePredicateOfTheRoundedAchievement() {
        PredicateScale twoBands = new PredicateScale("LULUS", PredicateScale.DEFAULT.effectiveFrom(), List.of(
                new PredicateScale.Band("TERCAPAI", new BigDecimal("100"), null),
                new PredicateScale.Band("TIDAK_TERCAPAI", null, new BigDecimal("100"))));
        MeasurementEngine engine = new MeasurementEngine(twoBands, MeasurementEngine.DEFAULT_CEILING, List.of());
        Methodology count = Methodology.of(POSITIVE, NUMBER, ANNUAL, LAST);

        assertEquals("TIDAK_TERCAPAI", engine.measure(annual(count, "200", "199.98"), Period.YEAR).predicate());
        // 99.995 is reported as 100.00, and the predicate follows the reported value
        assertEquals("TERCAPAI", engine.measure(annual(count, "200", "199.99"), Period.YEAR).predicate());
    }

    @Test
    void theCeilingMustBePositiveWithAtMostTwoDecimals() {
        for (String ceiling : List.of("0", "-200", "150.005")) {
            assertRefused(Reason.INVALID_CONFIGURATION, "ceiling must be positive with at most 2 decimals",
                    () -> new MeasurementEngine(PredicateScale.DEFAULT, new BigDecimal(ceiling), List.of()));
        }
    }

    @Test
    void aResultWithoutNumberHasNoPredicate() {
        IndicatorResult result = ENGINE.measure(annual(Methodology.of(POSITIVE, NUMBER, ANNUAL, SUM), "0", "2"),
                Period.YEAR);

        assertNull(result.achievement());
        assertNull(result.predicate());
        assertEquals(Rule.ZERO_TARGET, result.rule());
    }

    private static IndicatorData annual(Methodology methodology, String target, String realised) {
        return IndicatorData.annual(methodology, Target.of(new BigDecimal(target)), Realisation.of(new BigDecimal(realised)));
    }

    private static IndicatorData range(Methodology methodology, String min, String max, String realised) {
        return IndicatorData.annual(methodology, Target.range(new BigDecimal(min), new BigDecimal(max)),
                Realisation.of(new BigDecimal(realised)));
    }

    private static IndicatorData quarterly(Methodology methodology, List<String> targets, List<String> realised) {
        return new IndicatorData(methodology,
                targets.stream().map(value -> Target.of(new BigDecimal(value))).toList(),
                realised.stream().map(value -> value == null ? null : Realisation.of(new BigDecimal(value)))
                        .collect(Collectors.toList()));
    }
}
