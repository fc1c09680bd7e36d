package id.go.kinerja.platform.procedure;

import id.go.kinerja.platform.observability.StatusGauge;
import id.go.kinerja.platform.worktime.StandardTime;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The SOP step metrics every service with steps exposes under the same names, so that one dashboard panel covers
 * collection (A1-A12) and measurement (B1-B10): {@code kinerja_sop_steps_open{agency, step}} and
 * {@code kinerja_sop_steps_overdue{agency, step}} (the running steps, and those past their standard time), and
 * the histogram {@code kinerja_sop_step_duration_seconds{step}} of the working time finished steps took.
 */
public final class SopStepMeters<S extends Enum<S> & ProcedureStep> {

    /** Seconds of working time: 5 min, 30 min, 1 h, 2 h, 1 working day, 2 working days, 1 working week. */
    private static final double[] DURATION_BUCKETS = {300, 1_800, 3_600, 7_200, 30_600, 61_200, 153_000};

    private final MeterRegistry meters;
    private final StatusGauge<S> open;
    private final StatusGauge<S> overdue;

    public SopStepMeters(MeterRegistry meters, Class<S> steps) {
        this.meters = meters;
        this.open = new StatusGauge<>(meters, "kinerja.sop.steps.open",
                "SOP steps started and not finished, per agency and step", "step", steps);
        this.overdue = new StatusGauge<>(meters, "kinerja.sop.steps.overdue",
                "Running SOP steps past their standard time, per agency and step", "step", steps);
    }

    /** Sets both gauges from every running step of every agency. */
    public void count(Collection<? extends StepRecord<S>> running, Function<String, Map<S, StandardTime>> timesOfAgency,
                      StepClock clock, Instant now) {
        Map<String, Map<S, StandardTime>> times = new HashMap<>();
        Map<String, Map<S, long[]>> counts = new HashMap<>();
        for (StepRecord<S> row : running) {
            long[] openAndOverdue = counts.computeIfAbsent(row.agencyCode(), agency -> new HashMap<>())
                    .computeIfAbsent(row.step(), step -> new long[2]);
            openAndOverdue[0]++;
            if (clock.levelOf(row, times.computeIfAbsent(row.agencyCode(), timesOfAgency), now).overdue()) {
                openAndOverdue[1]++;
            }
        }
        List<Object[]> openRows = new ArrayList<>();
        List<Object[]> overdueRows = new ArrayList<>();
        counts.forEach((agency, bySteps) -> bySteps.forEach((step, numbers) -> {
            openRows.add(new Object[] {agency, step, numbers[0]});
            overdueRows.add(new Object[] {agency, step, numbers[1]});
        }));
        open.update(openRows);
        overdue.update(overdueRows);
    }

    /** A step finished after this much working time. */
    public void recordDone(S step, Duration workingTime) {
        DistributionSummary.builder("kinerja.sop.step.duration")
                .description("Working time SOP steps took, from start to done")
                .baseUnit("seconds")
                .tag("step", step.name())
                .serviceLevelObjectives(DURATION_BUCKETS)
                .register(meters)
                .record(workingTime.toSeconds());
    }
}
