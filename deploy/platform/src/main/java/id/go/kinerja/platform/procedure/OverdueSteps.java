package id.go.kinerja.platform.procedure;

import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.RoundEventEnvelope;
import id.go.kinerja.platform.outbox.Outbox;
import id.go.kinerja.platform.worktime.StandardTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Publishes {@link StepOverdue} for each running step past its standard time, once: the step's row in the service's
 * {@code sop_step} table is marked by a guarded update in the transaction that writes the event to the outbox, so
 * two instances (or two runs) never publish it twice, and a step that ended meanwhile is not reported. Each service
 * runs it on its own schedule and topic.
 */
@ApplicationScoped
public class OverdueSteps {

    private static final Logger LOG = Logger.getLogger(OverdueSteps.class);

    /** The round a step belongs to, as the event names it. */
    public record Period(UUID roundId, int year, int quarter) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    StepClock stepClock;

    /**
     * @param running       the running steps of every agency
     * @param timesOfAgency the standard times of an agency
     * @param periodOfRound the round of a step, by its id
     * @return how many StepOverdue events were published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <S extends Enum<S> & ProcedureStep, R extends StepRecord<S>> int publish(
            Procedure<S> procedure, String topic, Collection<R> running,
            Function<String, Map<S, StandardTime>> timesOfAgency, Function<UUID, Period> periodOfRound, Instant now) {
        int published = 0;
        for (R row : stepClock.newlyOverdue(running, timesOfAgency, now)) {
            if (markReported(row, now)) {
                publish(procedure, topic, row, timesOfAgency.apply(row.agencyCode()),
                        periodOfRound.apply(row.roundId()), now);
                published++;
            }
        }
        return published;
    }

    private boolean markReported(StepRecord<?> row, Instant now) {
        return entityManager.createNativeQuery("update sop_step set overdue_at = :now "
                        + "where id = :id and overdue_at is null and ended_at is null")
                .setParameter("now", now)
                .setParameter("id", row.id())
                .executeUpdate() == 1;
    }

    private <S extends Enum<S> & ProcedureStep> void publish(Procedure<S> procedure, String topic, StepRecord<S> row,
                                                             Map<S, StandardTime> times, Period round, Instant now) {
        ServiceLevel level = stepClock.levelOf(row, times, now);
        ProcedureStep.Definition step = row.step().definition();
        RoundEventEnvelope envelope = RoundEventEnvelope.of(StepOverdue.EVENT_TYPE, StepOverdue.SCHEMA_VERSION,
                row.agencyCode(), row.cycle(), Actor.SYSTEM);
        outbox.publish(topic, round.roundId(), envelope, new StepOverdue(round.roundId(), round.year(), round.quarter(),
                procedure.name(), row.step().name(), step.nameEn(), row.cycle(), step.ownerRole(), row.startedAt(),
                times.get(row.step()).toString(), level.deadline(), now));
        LOG.infof("SOP step %s of %s round %d Q%d (%s) is overdue since %s", row.step(), procedure.name(),
                round.year(), round.quarter(), row.agencyCode(), level.deadline());
    }
}
