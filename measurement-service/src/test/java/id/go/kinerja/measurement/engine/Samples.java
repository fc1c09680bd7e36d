package id.go.kinerja.measurement.engine;

import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Random but reproducible inputs for the property tests. Every property runs many tries from one
 * seed; a failure names the seed, and {@code -Dmeasurement.seed=<seed>} replays it exactly.
 * Numbers are built from integers and a scale, never from floating point.
 */
final class Samples {

    private static final int TRIES = 2_000;

    private final SplittableRandom random;

    private Samples(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Runs the property on {@value #TRIES} samples and names the seed when one falsifies it. */
    static void forAll(Consumer<Samples> property) {
        long seed = Long.getLong("measurement.seed", new SplittableRandom().nextLong());
        Samples samples = new Samples(seed);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                property.accept(samples);
            } catch (AssertionError | RuntimeException falsified) {
                throw new AssertionError("falsified at try " + attempt + "; replay with -Dmeasurement.seed=" + seed,
                        falsified);
            }
        }
    }

    /** A non-negative amount with up to 3 decimals; 0 one time in ten, the edge most rules treat apart. */
    BigDecimal amount() {
        if (random.nextInt(10) == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(random.nextLong(1, 1_000_000), random.nextInt(4));
    }

    /** A strictly positive amount with up to 2 decimals, e.g. a weight. */
    BigDecimal positive() {
        return BigDecimal.valueOf(random.nextLong(1, 10_000), random.nextInt(3));
    }

    int index(int bound) {
        return random.nextInt(bound);
    }

    <T> T oneOf(T[] values) {
        return values[random.nextInt(values.length)];
    }

    Period period() {
        return oneOf(Period.values());
    }

    <T> List<T> shuffled(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, new Random(random.nextLong()));
        return copy;
    }

    /** A numeric methodology with any valid combination of options. */
    Methodology methodology() {
        Polarity polarity = oneOf(Polarity.values());
        NegativeFormula formula = polarity == Polarity.NEGATIVE ? oneOf(NegativeFormula.values()) : null;
        ValueType valueType = random.nextBoolean() ? ValueType.NUMBER : ValueType.PERCENT;
        return new Methodology(polarity, valueType, oneOf(Frequency.values()), oneOf(PeriodAggregation.values()),
                formula, positive(), null);
    }

    /** An indicator with number or range targets and realisations, some quarters possibly missing. */
    IndicatorData indicator() {
        return indicator(methodology());
    }

    IndicatorData indicator(Methodology methodology) {
        boolean ranges = methodology.negativeFormula() != NegativeFormula.RATIO && random.nextInt(3) == 0;
        int periods = methodology.frequency().periods();
        List<Target> targets = new ArrayList<>();
        List<Realisation> realisations = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            BigDecimal target = amount();
            targets.add(ranges ? Target.range(target, target.add(amount())) : Target.of(target));
            realisations.add(random.nextInt(12) == 0 ? null : Realisation.of(amount()));
        }
        return new IndicatorData(methodology, targets, realisations);
    }

    /** The same indicator with one reported realisation raised by a positive amount. */
    IndicatorData withHigherRealisation(IndicatorData data) {
        List<Realisation> realisations = new ArrayList<>(data.realisations());
        int quarter = index(realisations.size());
        if (realisations.get(quarter) instanceof Realisation.Value reported) {
            realisations.set(quarter, Realisation.of(reported.value().add(positive())));
        }
        return new IndicatorData(data.methodology(), data.targets(), realisations);
    }

    /** The members of a plan node: measured random indicators with random weights. */
    List<RollUp.Member> members(MeasurementEngine engine) {
        List<RollUp.Member> members = new ArrayList<>();
        int size = random.nextInt(0, 8);
        for (int i = 0; i < size; i++) {
            members.add(new RollUp.Member(engine.measure(indicator(), period()), positive()));
        }
        return members;
    }
}
