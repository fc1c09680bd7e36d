package id.go.kinerja.collection.sop;

import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.outbox.Outbox;
import id.go.kinerja.platform.procedure.CollectionStep;
import id.go.kinerja.platform.procedure.ServiceLevel;
import id.go.kinerja.platform.procedure.StepClock;
import id.go.kinerja.platform.procedure.StepOverdue;
import id.go.kinerja.platform.worktime.StandardTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Finds running steps past their standard time and publishes {@link StepOverdue} for each on {@value #TOPIC}, once:
 * the step row is marked by a guarded update in the transaction that writes the event to the outbox, so two
 * instances (or two runs) never publish it twice, and a step that ended meanwhile is not reported.
 */
@ApplicationScoped
public class OverdueCheck {

    public static final String TOPIC = "kinerja.collection.step-overdue";

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    StepClock stepClock;

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
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            int published = 0;
            for (SopStep row : stepClock.newlyOverdue(SopStep.running(null), standardTimes::of, now)) {
                if (markReported(row, now)) {
                    publish(row, standardTimes.of(row.agencyCode), now);
                    published++;
                }
            }
            return published;
        });
    }

    private boolean markReported(SopStep row, Instant now) {
        return entityManager.createNativeQuery("update sop_step set overdue_at = :now "
                        + "where id = :id and overdue_at is null and ended_at is null")
                .setParameter("now", now)
                .setParameter("id", row.id)
                .executeUpdate() == 1;
    }

    private void publish(SopStep row, Map<CollectionStep, StandardTime> times, Instant now) {
        CollectionRound round = CollectionRound.findById(row.roundId);
        ServiceLevel level = stepClock.levelOf(row, times, now);
        EventEnvelope envelope = EventEnvelope.of(StepOverdue.EVENT_TYPE, StepOverdue.SCHEMA_VERSION, row.agencyCode,
                round.id, row.cycle, Actor.SYSTEM);
        outbox.publish(TOPIC, envelope, new StepOverdue(round.id, round.year, round.quarter, SopSteps.SOP.name(),
                row.step.name(), row.step.definition().nameEn(), row.cycle, row.step.definition().ownerRole(),
                row.startedAt, times.get(row.step).toString(), level.deadline(), now));
        LOG.infof("SOP step %s of round %s (%s) is overdue since %s", row.step, round.period(), row.agencyCode,
                level.deadline());
    }
}
