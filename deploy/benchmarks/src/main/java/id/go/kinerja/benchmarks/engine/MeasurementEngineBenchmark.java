package id.go.kinerja.benchmarks.engine;

import id.go.kinerja.benchmarks.engine.SyntheticRegency.Node;
import id.go.kinerja.measurement.engine.IndicatorData;
import id.go.kinerja.measurement.engine.IndicatorResult;
import id.go.kinerja.measurement.engine.MeasurementEngine;
import id.go.kinerja.measurement.engine.Period;
import id.go.kinerja.measurement.engine.RollUp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the measurement engine on the {@link SyntheticRegency} (issue 3, "Speed"): one invocation
 * covers the whole regency, and {@link OperationsPerInvocation} makes JMH report per indicator result (or per
 * plan node for the roll-up), so ops/s reads directly as results per second. The target is at least 100,000
 * indicator results per second on one core.
 *
 * <p>The defaults here are what {@code run-engine-benchmark.sh} uses; options on the command line override them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class MeasurementEngineBenchmark {

    private MeasurementEngine engine;
    private IndicatorData[] indicators;
    private Node[] nodes;
    private int[] levelGroupStarts;
    private List<List<RollUp.Member>> membersAtYear;

    @Setup(Level.Trial)
    public void generateRegency() {
        engine = MeasurementEngine.withDefaults();
        SyntheticRegency regency = SyntheticRegency.generate(SyntheticRegency.SEED);
        indicators = regency.indicators();
        nodes = regency.nodes();
        levelGroupStarts = regency.levelGroupStarts();
        IndicatorResult[] results = new IndicatorResult[indicators.length];
        for (int i = 0; i < indicators.length; i++) {
            results[i] = engine.measure(indicators[i], Period.YEAR);
        }
        membersAtYear = new ArrayList<>(nodes.length);
        for (Node node : nodes) {
            membersAtYear.add(members(node, results));
        }
    }

    /** Every indicator of every agency for the annual report (LKjIP): all quarters combined. */
    @Benchmark
    @OperationsPerInvocation(SyntheticRegency.INDICATORS)
    public void measureRegencyAtYear(Blackhole results) {
        for (IndicatorData data : indicators) {
            results.consume(engine.measure(data, Period.YEAR));
        }
    }

    /** Every indicator of every agency at mid-year: annual indicators are not evaluable yet, the others use Q1-Q2. */
    @Benchmark
    @OperationsPerInvocation(SyntheticRegency.INDICATORS)
    public void measureRegencyAtQ2(Blackhole results) {
        for (IndicatorData data : indicators) {
            results.consume(engine.measure(data, Period.Q2));
        }
    }

    /** The roll-up of every plan node of every agency from its own indicators' YEAR results; ops are nodes. */
    @Benchmark
    @OperationsPerInvocation(SyntheticRegency.NODES)
    public void rollUpAllNodes(Blackhole rollUps) {
        for (List<RollUp.Member> members : membersAtYear) {
            rollUps.consume(engine.rollUp(members));
        }
    }

    /**
     * What a worksheet of the whole regency costs: measure every indicator at YEAR, roll up every node, summarise
     * every level of every agency. Ops are indicators, so it compares with {@link #measureRegencyAtYear}.
     */
    @Benchmark
    @OperationsPerInvocation(SyntheticRegency.INDICATORS)
    public void worksheetOfRegencyAtYear(Blackhole summaries) {
        IndicatorResult[] results = new IndicatorResult[indicators.length];
        for (int i = 0; i < indicators.length; i++) {
            results[i] = engine.measure(indicators[i], Period.YEAR);
        }
        RollUp[] rollUps = new RollUp[nodes.length];
        for (int n = 0; n < nodes.length; n++) {
            rollUps[n] = engine.rollUp(members(nodes[n], results));
        }
        List<RollUp> all = Arrays.asList(rollUps);
        for (int g = 0; g + 1 < levelGroupStarts.length; g++) {
            summaries.consume(engine.summarise(all.subList(levelGroupStarts[g], levelGroupStarts[g + 1])));
        }
    }

    private List<RollUp.Member> members(Node node, IndicatorResult[] results) {
        List<RollUp.Member> members = new ArrayList<>(node.indicators().length);
        for (int position : node.indicators()) {
            members.add(new RollUp.Member(results[position], indicators[position].methodology().weight()));
        }
        return members;
    }
}
