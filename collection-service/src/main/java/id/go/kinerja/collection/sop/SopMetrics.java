package id.go.kinerja.collection.sop;

import id.go.kinerja.platform.observability.StatusGauge;
import id.go.kinerja.platform.procedure.CollectionStep;
import id.go.kinerja.platform.procedure.ServiceLevel;
import id.go.kinerja.platform.worktime.StandardTime;
import id.go.kinerja.platform.worktime.WorkingCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * {@code kinerja_sop_steps_open{agency, step}} and {@code kinerja_sop_steps_overdue{agency, step}}: the running steps
 * of the agencies' collection rounds, and those of them past their standard time, counted on a schedule.
 */
@ApplicationScoped
public class SopMetrics {

    private static final Logger LOG = Logger.getLogger(SopMetrics.class);

    @Inject
    MeterRegistry meters;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendar calendar;

    @Inject
    StandardTimes standardTimes;

    private StatusGauge<CollectionStep> open;
    private StatusGauge<CollectionStep> overdue;

    void start(@Observes StartupEvent startup) {
        open = new StatusGauge<>(meters, "kinerja.sop.steps.open",
                "SOP steps started and not finished, per agency and step", "step", CollectionStep.class);
        overdue = new StatusGauge<>(meters, "kinerja.sop.steps.overdue",
                "Running SOP steps past their standard time, per agency and step", "step", CollectionStep.class);
        refresh();
    }

    @Scheduled(every = "${kinerja.metrics.refresh-interval:30s}", delayed = "${kinerja.metrics.refresh-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            QuarkusTransaction.requiringNew().run(this::count);
        } catch (RuntimeException e) {
            // the gauges keep their last values; a database outage shows in readiness, not here
            LOG.debugf("SOP step counts not refreshed: %s", e.getMessage());
        }
    }

    private void count() {
        Instant now = clock.instant();
        Map<String, Map<CollectionStep, StandardTime>> times = new HashMap<>();
        Map<String, Map<CollectionStep, long[]>> counts = new HashMap<>();
        for (SopStep row : SopStep.running(null)) {
            StandardTime standard = times.computeIfAbsent(row.agencyCode, standardTimes::of).get(row.step);
            long[] openAndOverdue = counts.computeIfAbsent(row.agencyCode, agency -> new HashMap<>())
                    .computeIfAbsent(row.step, step -> new long[2]);
            openAndOverdue[0]++;
            if (ServiceLevel.of(calendar, standard, row.startedAt, null, now).overdue()) {
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
}
