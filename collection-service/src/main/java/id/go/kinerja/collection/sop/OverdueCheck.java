package id.go.kinerja.collection.sop;

import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.platform.procedure.OverdueSteps;
import id.go.kinerja.platform.procedure.StepOverdue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Publishes {@link StepOverdue} on {@value #TOPIC} once per running step past its standard time, on a schedule
 * ({@link OverdueSteps}).
 */
@ApplicationScoped
public class OverdueCheck {

    public static final String TOPIC = "kinerja.collection.step-overdue";

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    @Inject
    Clock clock;

    @Inject
    OverdueSteps overdueSteps;

    @Inject
    StandardTimes standardTimes;

    @Scheduled(every = "${kinerja.sop.overdue-check-interval:1m}", delayed = "${kinerja.sop.overdue-check-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            check();
        } catch (RuntimeException e) {
            // the next run tries again; a database outage shows in readiness, not here
            LOG.warnf("Overdue check failed: %s", e.getMessage());
        }
    }

    /** @return how many StepOverdue events this run published */
    public int check() {
        return QuarkusTransaction.requiringNew().call(() -> overdueSteps.publish(SopSteps.SOP, TOPIC,
                SopStep.running(null), standardTimes::of, roundId -> {
                    CollectionRound round = CollectionRound.findById(roundId);
                    return new OverdueSteps.Period(round.id, round.year, round.quarter);
                }, clock.instant()));
    }
}
