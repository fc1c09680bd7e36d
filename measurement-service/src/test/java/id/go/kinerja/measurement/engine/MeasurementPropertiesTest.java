package id.go.kinerja.measurement.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Properties the rules of docs/measurement.md promise for every input, checked on thousands of random
 * indicators (see {@link Samples} for replaying a failure).
 */
class MeasurementPropertiesTest {

    private static final MeasurementEngine ENGINE = MeasurementEngine.withDefaults();

    @Test
    void aHigherRealisationNeverLowersAPositiveAchievementNorRaisesANegativeOne() {
        AtomicInteger compared = new AtomicInteger();
        Samples.forAll(samples -> {
            IndicatorData data = samples.indicator();
            IndicatorData better = samples.withHigherRealisation(data);
            for (Period period : Period.values()) {
                IndicatorResult before = ENGINE.measure(data, period);
                IndicatorResult after = ENGINE.measure(better, period);
                if (before.isEvaluated() && after.isEvaluated()) {
                    compared.incrementAndGet();
                    int direction = after.achievement().compareTo(before.achievement());
                    if (data.methodology().polarity() == Polarity.POSITIVE) {
                        assertTrue(direction >= 0, "positive went down: " + before + " → " + after);
                    } else {
                        assertTrue(direction <= 0, "negative went up: " + before + " → " + after);
                    }
                }
            }
        });
        assertTrue(compared.get() > 1_000, "too few comparable samples: " + compared.get());
    }

    @Test
    void aRealisationInsideItsTargetRangeIsExactly100() {
        Samples.forAll(samples -> {
            Methodology methodology = Methodology.of(samples.oneOf(Polarity.values()), ValueType.PERCENT,
                    samples.oneOf(Frequency.values()), samples.oneOf(PeriodAggregation.values()));
            List<Target> targets = new ArrayList<>();
            List<Realisation> realisations = new ArrayList<>();
            for (int i = 0; i < methodology.frequency().periods(); i++) {
                BigDecimal min = samples.amount();
                BigDecimal realised = min.add(samples.amount());
                targets.add(Target.range(min, realised.add(samples.amount())));
                realisations.add(Realisation.of(realised));
            }
            IndicatorData data = new IndicatorData(methodology, targets, realisations);

            IndicatorResult result = ENGINE.measure(data, Period.YEAR);

            assertEquals("100.00", result.achievement().toPlainString());
            assertEquals(Rule.RANGE_WITHIN, result.rule());
            assertEquals("SANGAT_TINGGI", result.predicate());
        });
    }

    @Test
    void aRollUpLiesBetweenItsClampedMembersLowestAndHighest() {
        Samples.forAll(samples -> {
            List<RollUp.Member> members = samples.members(ENGINE);

            RollUp rollUp = ENGINE.rollUp(members);

            List<BigDecimal> clamped = new ArrayList<>();
            for (RollUp.Member member : members) {
                if (member.result().isEvaluated()) {
                    clamped.add(member.result().achievement().max(BigDecimal.ZERO).min(ENGINE.ceiling()));
                }
            }
            assertEquals(clamped.size(), rollUp.evaluated());
            assertEquals(members.size() - clamped.size(), rollUp.leftOut());
            if (clamped.isEmpty()) {
                assertEquals(MeasurementStatus.NOT_EVALUABLE, rollUp.status());
            } else {
                BigDecimal lowest = clamped.stream().reduce(BigDecimal::min).orElseThrow();
                BigDecimal highest = clamped.stream().reduce(BigDecimal::max).orElseThrow();
                assertTrue(rollUp.achievement().compareTo(lowest) >= 0, rollUp + " below " + lowest);
                assertTrue(rollUp.achievement().compareTo(highest) <= 0, rollUp + " above " + highest);
                assertEquals(2, rollUp.achievement().scale());
            }
        });
    }

    @Test
    void rollUpsAndLevelSummariesDoNotDependOnInputOrder() {
        Samples.forAll(samples -> {
            List<RollUp.Member> members = samples.members(ENGINE);
            assertEquals(ENGINE.rollUp(members), ENGINE.rollUp(samples.shuffled(members)));

            List<RollUp> nodes = new ArrayList<>();
            for (int i = samples.index(6); i >= 0; i--) {
                nodes.add(ENGINE.rollUp(samples.members(ENGINE)));
            }
            assertEquals(ENGINE.summarise(nodes), ENGINE.summarise(samples.shuffled(nodes)));
        });
    }

    @Test
    void aPredicateScaleDoesNotDependOnTheOrderItsBandsAreGivenIn() {
        Samples.forAll(samples -> {
            PredicateScale scale = PredicateScale.DEFAULT;
            PredicateScale reordered = new PredicateScale(scale.name(), scale.effectiveFrom(),
                    samples.shuffled(scale.bands()));
            assertEquals(scale, reordered);
            BigDecimal achievement = BigDecimal.valueOf(samples.index(30_000) - 5_000, 2);
            assertEquals(scale.predicateOf(achievement), reordered.predicateOf(achievement));
        });
    }

    @Test
    void averagingQuartersGivesTheSameAchievementAsSummingThemBecauseTheQuarterCountCancels() {
        Samples.forAll(samples -> {
            Methodology averaged = samples.methodology();
            Methodology summed = new Methodology(averaged.polarity(), averaged.valueType(), Frequency.QUARTERLY,
                    PeriodAggregation.SUM, averaged.negativeFormula(), averaged.weight(), null);
            IndicatorData sumData = samples.indicator(summed);
            IndicatorData averageData = new IndicatorData(new Methodology(averaged.polarity(), averaged.valueType(),
                    Frequency.QUARTERLY, PeriodAggregation.AVERAGE, averaged.negativeFormula(), averaged.weight(),
                    null), sumData.targets(), sumData.realisations());
            Period period = samples.period();

            IndicatorResult bySum = ENGINE.measure(sumData, period);
            IndicatorResult byAverage = ENGINE.measure(averageData, period);

            assertEquals(bySum.status(), byAverage.status());
            assertEquals(bySum.achievement(), byAverage.achievement());
            assertEquals(bySum.rule(), byAverage.rule());
        });
    }
}
