package id.go.kinerja.platform.procedure;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the overdue check ({@code kinerja.sop.overdue-check-interval}) and counts the step gauges
 * ({@code kinerja.metrics.refresh-interval}, and once at start) of the service's {@link StepTimeline}. Scheduled
 * only where there is one: a service without SOP steps gets no job.
 */
@ApplicationScoped
public class StepTimelineJobs {

    private static final Logger LOG = Logger.getLogger(StepTimelineJobs.class);

    @Inject
    @Any
    Instance<StepTimeline<?, ?>> timelines;

    @Inject
    Scheduler scheduler;

    @ConfigProperty(name = "kinerja.sop.overdue-check-interval", defaultValue = "1m")
    String overdueCheckInterval;

    @ConfigProperty(name = "kinerja.metrics.refresh-interval", defaultValue = "30s")
    String refreshInterval;

    void start(@Observes StartupEvent startup) {
        for (StepTimeline<?, ?> timeline : timelines) {
            String name = timeline.procedure().name().toLowerCase(Locale.ROOT);
            count(timeline);
            scheduler.newJob("sop-overdue-check-" + name)
                    .setInterval(overdueCheckInterval).setDelayed(overdueCheckInterval)
                    .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                    .setTask(execution -> check(timeline))
                    .schedule();
            scheduler.newJob("sop-step-gauges-" + name)
                    .setInterval(refreshInterval).setDelayed(refreshInterval)
                    .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                    .setTask(execution -> count(timeline))
                    .schedule();
        }
    }

    private static void check(StepTimeline<?, ?> timeline) {
        try {
            timeline.checkOverdue();
        } catch (RuntimeException e) {
            // the next run tries again; a database outage shows in readiness, not here
            LOG.warnf("Overdue check failed: %s", e.getMessage());
        }
    }

    private static void count(StepTimeline<?, ?> timeline) {
        try {
            timeline.countSteps();
        } catch (RuntimeException e) {
            // the gauges keep their last values; a database outage shows in readiness, not here
            LOG.debugf("SOP step counts not refreshed: %s", e.getMessage());
        }
    }
}
