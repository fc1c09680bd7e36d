package id.go.kinerja.collection.sop;

import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.outbox.Outbox;
import id.go.kinerja.platform.procedure.CollectionStep;
import id.go.kinerja.platform.procedure.ServiceLevel;
import id.go.kinerja.platform.worktime.StandardTime;
import id.go.kinerja.platform.worktime.WorkingCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Finds running steps past their standard time and publishes {@link StepOverdue} for each, once: the step row is
 * marked by a guarded update in the transaction that writes the event to the outbox, so two instances (or two runs)
 * never publish it twice, and a step that ended meanwhile is not reported.
 */
@ApplicationScoped
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendar calendar;

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
            List<SopStep> unreported = SopStep.list("startedAt is not null and endedAt is null and overdueAt is null");
            Map<String, Map<CollectionStep, StandardTime>> times = new HashMap<>();
            int published = 0;
            for (SopStep row : unreported) {
                StandardTime standard = times.computeIfAbsent(row.agencyCode, standardTimes::of).get(row.step);
                ServiceLevel level = ServiceLevel.of(calendar, standard, row.startedAt, null, now);
                if (level.overdue() && markReported(row, now)) {
                    publish(row, standard, level, now);
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

    private void publish(SopStep row, StandardTime standard, ServiceLevel level, Instant now) {
        CollectionRound round = CollectionRound.findById(row.roundId);
        EventEnvelope envelope = EventEnvelope.of(StepOverdue.EVENT_TYPE, StepOverdue.SCHEMA_VERSION, row.agencyCode,
                round.id, row.cycle, Actor.SYSTEM);
        outbox.publish(StepOverdue.TOPIC, envelope, new StepOverdue(round.id, round.year, round.quarter,
                SopSteps.SOP.name(), row.step.name(), row.step.definition().nameEn(), row.cycle,
                row.step.definition().ownerRole(), row.startedAt, standard.toString(), level.deadline(), now));
        LOG.infof("SOP step %s of round %s (%s) is overdue since %s", row.step, round.period(), row.agencyCode,
                level.deadline());
    }
}
