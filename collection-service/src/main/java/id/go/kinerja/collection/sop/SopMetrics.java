package id.go.kinerja.collection.sop;

import id.go.kinerja.platform.procedure.CollectionStep;
import id.go.kinerja.platform.procedure.SopStepMeters;
import id.go.kinerja.platform.procedure.StepClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The SOP step metrics of collection rounds ({@link SopStepMeters}, the names measurement uses for part B):
 * running and overdue steps per agency and step, counted on a schedule, and the working time of each finished step.
 */
@ApplicationScoped
public class SopMetrics {

    private static final Logger LOG = Logger.getLogger(SopMetrics.class);

    @Inject
    MeterRegistry meters;

    @Inject
    Clock clock;

    @Inject
    StepClock stepClock;

    @Inject
    StandardTimes standardTimes;

    private SopStepMeters<CollectionStep> sopMeters;

    void start(@Observes StartupEvent startup) {
        refresh();
    }

    @Scheduled(every = "${kinerja.metrics.refresh-interval:30s}", delayed = "${kinerja.metrics.refresh-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            QuarkusTransaction.requiringNew().run(() -> meters().count(SopStep.running(null), standardTimes::of,
                    stepClock, clock.instant()));
        } catch (RuntimeException e) {
            // the gauges keep their last values; a database outage shows in readiness, not here
            LOG.debugf("SOP step counts not refreshed: %s", e.getMessage());
        }
    }

    void recordDone(CollectionStep step, Duration workingTime) {
        meters().recordDone(step, workingTime);
    }

    private synchronized SopStepMeters<CollectionStep> meters() {
        if (sopMeters == null) {
            sopMeters = new SopStepMeters<>(meters, CollectionStep.class);
        }
        return sopMeters;
    }
}
