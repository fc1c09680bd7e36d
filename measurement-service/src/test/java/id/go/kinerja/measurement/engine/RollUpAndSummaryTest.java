package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.ValidationTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.kinerja.measurement.engine.RefusedInputException.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roll-up of a plan node and the summary of a level (docs/measurement.md 3). */
class RollUpAndSummaryTest {

    private static final MeasurementEngine ENGINE = MeasurementEngine.withDefaults();

    @Test
    void eachAchievementIsClampedToZeroAndTheCeilingBeforeWeighting() {
        RollUp rollUp = ENGINE.rollUp(List.of(member("-40.00", "1"), member("350.00", "1"), member("100.00", "2")));

        assertEquals("100.00", rollUp.achievement().toPlainString());
        assertEquals(3, rollUp.evaluated());
    }

    @Test
    void indicatorsWithoutNumberAreLeftOutAndCounted() {
        RollUp rollUp = ENGINE.rollUp(List.of(member("80.00", "1"), withoutNumber(MeasurementStatus.INCOMPLETE),
                withoutNumber(MeasurementStatus.NOT_EVALUABLE)));

        assertEquals("80.00", rollUp.achievement().toPlainString());
        assertEquals("TINGGI", rollUp.predicate());
        assertEquals(1, rollUp.evaluated());
        assertEquals(2, rollUp.leftOut());
    }

    @Test
    void aNodeWhoseIndicatorsAreAllIncompleteIsNotEvaluable() {
        RollUp rollUp = ENGINE.rollUp(List.of(withoutNumber(MeasurementStatus.INCOMPLETE)));

        assertEquals(MeasurementStatus.NOT_EVALUABLE, rollUp.status());
        assertNull(rollUp.achievement());
        assertEquals(MeasurementStatus.NOT_EVALUABLE, ENGINE.rollUp(List.of()).status());
    }

    @Test
    void theWeightedMeanIsRoundedOnceHalfUp() {
        // (2 × 90.01 + 90.00) / 3 = 90.00666… → 90.01
        RollUp rollUp = ENGINE.rollUp(List.of(member("90.01", "2"), member("90.00", "1")));

        assertEquals("90.01", rollUp.achievement().toPlainString());
    }

    @Test
    void aMemberWeightMustBePositive() {
        assertRefused(Reason.INVALID_METHODOLOGY, "roll-up weight must be positive", () -> member("90.00", "0"));
    }

    @Test
    void aLevelSummaryCountsNodesPerPredicateHighestBandFirst() {
        List<RollUp> nodes = new ArrayList<>();
        for (String achievement : List.of("40.00", "95.00", "120.00", "70.00")) {
            nodes.add(ENGINE.rollUp(List.of(member(achievement, "1"))));
        }
        nodes.add(ENGINE.rollUp(List.of()));

        LevelSummary summary = ENGINE.summarise(nodes);

        assertEquals("81.25", summary.mean().toPlainString());
        assertEquals("TINGGI", summary.predicate());
        assertEquals(List.of("SANGAT_TINGGI", "SEDANG", "SANGAT_RENDAH"), List.copyOf(summary.predicateCounts().keySet()));
        assertEquals(2, summary.countOf("SANGAT_TINGGI"));
        assertEquals(0, summary.countOf("RENDAH"));
        assertEquals(1, summary.notEvaluable());
    }

    @Test
    void aLevelWithoutEvaluableNodesIsNotEvaluable() {
        LevelSummary summary = ENGINE.summarise(List.of(ENGINE.rollUp(List.of())));

        assertEquals(MeasurementStatus.NOT_EVALUABLE, summary.status());
        assertNull(summary.mean());
        assertEquals(Map.of(), summary.predicateCounts());
        assertEquals(1, summary.notEvaluable());
    }

    private static RollUp.Member member(String achievement, String weight) {
        BigDecimal value = new BigDecimal(achievement);
        IndicatorResult result = new IndicatorResult(MeasurementStatus.OK, value,
                PredicateScale.DEFAULT.predicateOf(value), Set.of(), Rule.POSITIVE_RATIO, null, null);
        return new RollUp.Member(result, new BigDecimal(weight));
    }

    private static RollUp.Member withoutNumber(MeasurementStatus status) {
        return new RollUp.Member(new IndicatorResult(status, null, null, Set.of(), Rule.MISSING_REALISATION, null, null),
                BigDecimal.ONE);
    }
}
