package id.go.kinerja.benchmarks.engine;

import id.go.kinerja.measurement.engine.GradeScale;
import id.go.kinerja.measurement.engine.IndicatorData;
import id.go.kinerja.measurement.engine.IndicatorResult;
import id.go.kinerja.measurement.engine.MeasurementEngine;
import id.go.kinerja.measurement.engine.Methodology;
import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import id.go.kinerja.measurement.engine.Period;
import id.go.kinerja.measurement.engine.Realisation;
import id.go.kinerja.measurement.engine.Rule;
import id.go.kinerja.measurement.engine.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A made-up regency (kabupaten) for the benchmarks: {@value #AGENCIES} agencies (OPD), each with a plan
 * tree of {@value #NODES_PER_AGENCY} nodes and {@value #INDICATORS_PER_AGENCY} indicators over 4 quarters.
 *
 * <p>The rule mix is drawn from a fixed seed so that every run measures the same data: 82 % numeric
 * indicators (a quarter of them lower-is-better, 40 % of those with the RATIO formula; SUM, LAST and
 * AVERAGE; 3 % zero targets), 10 % range targets, 8 % predicate grades (SAKIP, BPK); 15 % of the numeric
 * and range indicators and 70 % of the predicate ones are annual; 6 % of all have realisations missing.
 * Values are built from ints, so no floating point reaches the engine. {@link #main} prints the resulting
 * mix of rules.
 */
public final class SyntheticRegency {

    public static final long SEED = 20_250_101L;

    public static final int AGENCIES = 50;
    public static final int INDICATORS_PER_AGENCY = 2_000;
    public static final int INDICATORS = AGENCIES * INDICATORS_PER_AGENCY;

    // A plan tree of a mid-sized agency: Tujuan → Sasaran → Program → Kegiatan → Sub Kegiatan.
    private static final int GOALS = 2;
    private static final int OBJECTIVES = GOALS * 2;
    private static final int PROGRAMS = OBJECTIVES * 3;
    private static final int ACTIVITIES = PROGRAMS * 4;
    private static final int SUB_ACTIVITIES = ACTIVITIES * 4;
    public static final int NODES_PER_AGENCY = GOALS + OBJECTIVES + PROGRAMS + ACTIVITIES + SUB_ACTIVITIES;
    public static final int NODES = AGENCIES * NODES_PER_AGENCY;

    /** A level of the plan tree, with how many nodes an agency has on it and how many indicators each owns. */
    public enum Level {
        GOAL(GOALS, 2), OBJECTIVE(OBJECTIVES, 3), PROGRAM(PROGRAMS, 4), ACTIVITY(ACTIVITIES, 6),
        /** Sub-activities share the indicators the levels above leave, as in real plans where most sit here. */
        SUB_ACTIVITY(SUB_ACTIVITIES, 0);

        private final int nodesPerAgency;
        private final int indicatorsPerNode;

        Level(int nodesPerAgency, int indicatorsPerNode) {
            this.nodesPerAgency = nodesPerAgency;
            this.indicatorsPerNode = indicatorsPerNode;
        }
    }

    /** One plan node and the positions of its own indicators in {@link #indicators()}. */
    public record Node(int agency, Level level, int[] indicators) {
    }

    private static final BigDecimal[] WEIGHTS = {
        BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3),
        new BigDecimal("0.5"), new BigDecimal("1.5"), new BigDecimal("2.25")
    };

    private final IndicatorData[] indicators;
    private final Node[] nodes;
    private final int[] levelGroupStarts;

    private SyntheticRegency(IndicatorData[] indicators, Node[] nodes, int[] levelGroupStarts) {
        this.indicators = indicators;
        this.nodes = nodes;
        this.levelGroupStarts = levelGroupStarts;
    }

    /** The same regency for the same seed, in any JVM. */
    public static SyntheticRegency generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IndicatorData[] indicators = new IndicatorData[INDICATORS];
        for (int i = 0; i < INDICATORS; i++) {
            indicators[i] = indicator(random);
        }
        List<Node> nodes = new ArrayList<>(NODES);
        int[] levelGroupStarts = new int[AGENCIES * Level.values().length + 1];
        int group = 0;
        for (int agency = 0; agency < AGENCIES; agency++) {
            int next = agency * INDICATORS_PER_AGENCY;
            int end = next + INDICATORS_PER_AGENCY;
            for (Level level : Level.values()) {
                levelGroupStarts[group++] = nodes.size();
                if (level == Level.SUB_ACTIVITY) {
                    addSubActivities(nodes, agency, next, end);
                } else {
                    for (int n = 0; n < level.nodesPerAgency; n++) {
                        nodes.add(new Node(agency, level, range(next, next + level.indicatorsPerNode)));
                        next += level.indicatorsPerNode;
                    }
                }
            }
        }
        levelGroupStarts[group] = nodes.size();
        return new SyntheticRegency(indicators, nodes.toArray(Node[]::new), levelGroupStarts);
    }

    /** All indicators, agency by agency. */
    public IndicatorData[] indicators() {
        return indicators;
    }

    /** All plan nodes, agency by agency and within an agency level by level. */
    public Node[] nodes() {
        return nodes;
    }

    /**
     * Where each (agency, level) group starts in {@link #nodes()}, plus the end: group {@code g} is
     * {@code [starts[g], starts[g + 1])}. A level summary covers one group.
     */
    public int[] levelGroupStarts() {
        return levelGroupStarts;
    }

    private static void addSubActivities(List<Node> nodes, int agency, int first, int end) {
        int[] sizes = new int[SUB_ACTIVITIES];
        for (int i = 0; i < end - first; i++) {
            sizes[i % SUB_ACTIVITIES]++;
        }
        int next = first;
        for (int size : sizes) {
            nodes.add(new Node(agency, Level.SUB_ACTIVITY, range(next, next + size)));
            next += size;
        }
    }

    private static int[] range(int from, int to) {
        int[] positions = new int[to - from];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = from + i;
        }
        return positions;
    }

    private static IndicatorData indicator(SplittableRandom random) {
        int kind = random.nextInt(100);
        BigDecimal weight = WEIGHTS[random.nextInt(WEIGHTS.length)];
        if (kind < 8) {
            return predicate(random, weight);
        }
        if (kind < 18) {
            return ranged(random, weight);
        }
        return numeric(random, weight);
    }

    private static IndicatorData numeric(SplittableRandom random, BigDecimal weight) {
        Polarity polarity = random.nextInt(100) < 25 ? Polarity.NEGATIVE : Polarity.POSITIVE;
        ValueType type = random.nextBoolean() ? ValueType.NUMBER : ValueType.PERCENT;
        PeriodAggregation aggregation = type == ValueType.NUMBER
                ? (random.nextInt(10) < 6 ? PeriodAggregation.SUM : PeriodAggregation.LAST)
                : (random.nextInt(10) < 7 ? PeriodAggregation.AVERAGE : PeriodAggregation.LAST);
        NegativeFormula formula = polarity == Polarity.NEGATIVE && random.nextInt(10) < 4
                ? NegativeFormula.RATIO : NegativeFormula.DIFFERENCE;
        Methodology methodology = new Methodology(polarity, type, frequency(random, 15), aggregation, formula,
                weight, null);
        boolean zeroTarget = random.nextInt(100) < 3;
        int periods = methodology.frequency().periods();
        List<Target> targets = new ArrayList<>(periods);
        List<Realisation> realisations = new ArrayList<>(periods);
        for (int q = 0; q < periods; q++) {
            BigDecimal target = zeroTarget ? BigDecimal.ZERO
                    : type == ValueType.NUMBER ? BigDecimal.valueOf(1 + random.nextInt(500))
                    : BigDecimal.valueOf(100 + random.nextInt(9_900), 2);
            BigDecimal realised;
            if (zeroTarget) {
                realised = random.nextInt(4) == 0 ? BigDecimal.valueOf(1 + random.nextInt(5)) : BigDecimal.ZERO;
            } else if (formula == NegativeFormula.RATIO && random.nextInt(20) == 0) {
                realised = BigDecimal.ZERO;
            } else {
                realised = percentOf(target, 40 + random.nextInt(100));
            }
            targets.add(new Target.Value(target));
            realisations.add(new Realisation.Value(realised));
        }
        return new IndicatorData(methodology, targets, withSomeMissing(random, realisations));
    }

    private static IndicatorData ranged(SplittableRandom random, BigDecimal weight) {
        Polarity polarity = random.nextInt(100) < 30 ? Polarity.NEGATIVE : Polarity.POSITIVE;
        PeriodAggregation aggregation = random.nextBoolean() ? PeriodAggregation.AVERAGE : PeriodAggregation.LAST;
        Methodology methodology = new Methodology(polarity, ValueType.PERCENT, frequency(random, 15), aggregation,
                null, weight, null);
        int periods = methodology.frequency().periods();
        List<Target> targets = new ArrayList<>(periods);
        List<Realisation> realisations = new ArrayList<>(periods);
        for (int q = 0; q < periods; q++) {
            BigDecimal min = BigDecimal.valueOf(500 + random.nextInt(5_000), 2);
            BigDecimal max = min.add(BigDecimal.valueOf(100 + random.nextInt(1_000), 2));
            targets.add(new Target.Range(min, max));
            // 60 % to 160 % of min: below, inside and above the range all occur
            realisations.add(new Realisation.Value(percentOf(min, 60 + random.nextInt(100))));
        }
        return new IndicatorData(methodology, targets, withSomeMissing(random, realisations));
    }

    private static IndicatorData predicate(SplittableRandom random, BigDecimal weight) {
        GradeScale scale = random.nextBoolean() ? GradeScale.SAKIP : GradeScale.BPK;
        Methodology methodology = Methodology.predicate(scale.name(), frequency(random, 70)).withWeight(weight);
        List<String> grades = scale.gradesLowestFirst();
        int periods = methodology.frequency().periods();
        List<Target> targets = new ArrayList<>(periods);
        List<Realisation> realisations = new ArrayList<>(periods);
        for (int q = 0; q < periods; q++) {
            int lowerHalf = grades.size() / 2;
            targets.add(new Target.Grade(grades.get(lowerHalf + random.nextInt(grades.size() - lowerHalf))));
            realisations.add(new Realisation.Grade(grades.get(random.nextInt(grades.size()))));
        }
        return new IndicatorData(methodology, targets, withSomeMissing(random, realisations));
    }

    private static Frequency frequency(SplittableRandom random, int annualPercent) {
        return random.nextInt(100) < annualPercent ? Frequency.ANNUAL : Frequency.QUARTERLY;
    }

    /** {@code percent} % of {@code value}, truncated to the value's own decimals, as an operator would enter it. */
    private static BigDecimal percentOf(BigDecimal value, int percent) {
        return BigDecimal.valueOf(value.unscaledValue().longValueExact() * percent / 100, value.scale());
    }

    /** 3 % lose one quarter's realisation (null, stored as missing), 3 % stop early as if the year were not over. */
    private static List<Realisation> withSomeMissing(SplittableRandom random, List<Realisation> realisations) {
        int roll = random.nextInt(100);
        if (roll < 3) {
            realisations.set(random.nextInt(realisations.size()), null);
        } else if (roll < 6) {
            return realisations.subList(0, random.nextInt(realisations.size()));
        }
        return realisations;
    }

    /** Prints the mix of rules and statuses the benchmarks measure, to check that every rule is exercised. */
    public static void main(String[] args) {
        SyntheticRegency regency = generate(SEED);
        MeasurementEngine engine = MeasurementEngine.withDefaults();
        System.out.printf("Synthetic regency, seed %d: %d agencies x %d indicators = %d indicators, %d plan nodes%n",
                SEED, AGENCIES, INDICATORS_PER_AGENCY, INDICATORS, NODES);
        for (Period period : List.of(Period.Q2, Period.YEAR)) {
            Map<Rule, Integer> rules = new EnumMap<>(Rule.class);
            for (IndicatorData data : regency.indicators) {
                IndicatorResult result = engine.measure(data, period);
                rules.merge(result.rule(), 1, Integer::sum);
            }
            System.out.printf("  %-4s %s%n", period, rules);
        }
    }
}
