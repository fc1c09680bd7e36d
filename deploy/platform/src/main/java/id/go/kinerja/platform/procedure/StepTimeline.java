package id.go.kinerja.platform.procedure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.worktime.StandardTime;
import id.go.kinerja.platform.worktime.WorkingCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The SOP record of a service: each round's steps, cycle by cycle, in the service's {@code sop_step} table
 * ({@link StepRow}), with the agency's standard times in its {@code sop_standard_time} table. A service subclasses
 * it once, as a bean, naming its catalogue ({@link Procedure}), its step entity and its {@code StepOverdue} topic,
 * and adds the hooks that say which of its activities does which step; the rules every procedure shares live
 * here: rows are opened for a round and for each return, a step starts when the steps before it are done, a step
 * done ends with who did it and its output (and its working time in the metrics), the overdue check publishes
 * {@link StepOverdue} once per late step ({@link StepTimelineJobs} runs it), and the gauges are counted.
 * The hooks run inside the caller's transaction, which holds the round's lock.
 */
public abstract class StepTimeline<S extends Enum<S> & ProcedureStep, R extends StepRow<S>> {

    private static final String AGENCY_TIMES = "select step, standard_time from sop_standard_time where agency_code = :agency";

    private static final String SET_TIME = "insert into sop_standard_time (agency_code, step, standard_time, set_by, "
            + "set_at) values (:agency, :step, :time, :by, :at) on conflict (agency_code, step) do update set "
            + "standard_time = excluded.standard_time, set_by = excluded.set_by, set_at = excluded.set_at";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** Who asks, for the hooks a person triggers. */
    @Inject
    protected Caller caller;

    @Inject
    protected Clock clock;

    @Inject
    WorkingCalendar calendar;

    @Inject
    StepClock stepClock;

    @Inject
    OverdueSteps overdueSteps;

    @Inject
    MeterRegistry meterRegistry;

    private final Procedure<S> procedure;
    private final Supplier<R> newRow;
    private final Class<R> rowType;
    private final String overdueTopic;
    private SopStepMeters<S> meters;

    /**
     * @param newRow       a new, empty row of the service's step entity
     * @param overdueTopic where the service publishes {@link StepOverdue}
     */
    protected StepTimeline(Procedure<S> procedure, Class<R> rowType, Supplier<R> newRow, String overdueTopic) {
        this.procedure = procedure;
        this.rowType = rowType;
        this.newRow = newRow;
        this.overdueTopic = overdueTopic;
    }

    /** The round a step belongs to, as {@link StepOverdue} names it. */
    protected abstract OverdueSteps.Period periodOf(UUID roundId);

    /**
     * Whether {@code step} starts by itself once the steps before it are done; a step that starts with something
     * else (measuring B5 starts with a recap to measure) answers false and is started by its hook.
     */
    protected boolean startsAfterPredecessors(S step) {
        return true;
    }

    public Procedure<S> procedure() {
        return procedure;
    }

    /** Every row of the round, in the SOP's order and cycle by cycle. */
    public List<R> ofRound(UUID roundId) {
        return entityManager.createQuery("from " + entityName() + " where roundId = :round", rowType)
                .setParameter("round", roundId)
                .getResultList().stream()
                .sorted(Comparator.<R, S>comparing(StepRow::step).thenComparingInt(StepRow::cycle))
                .toList();
    }

    /** The latest cycle's row of each step of the round; empty for a round opened before its steps were tracked. */
    public Map<S, R> current(UUID roundId) {
        Map<S, R> current = new EnumMap<>(procedure.type());
        ofRound(roundId).forEach(row -> current.put(row.step(), row));
        return current;
    }

    /** The running steps of an agency, or of every agency when {@code agencyCode} is null. */
    public List<R> running(String agencyCode) {
        String running = "from " + entityName() + " where startedAt is not null and endedAt is null";
        return agencyCode == null
                ? entityManager.createQuery(running, rowType).getResultList()
                : entityManager.createQuery(running + " and agencyCode = :agency", rowType)
                .setParameter("agency", agencyCode).getResultList();
    }

    /** Cycle 1 of a new round: a row for every step, the first done by whoever opened the round. */
    protected Map<S, R> open(UUID roundId, String agencyCode, Actor opener, Object output, Instant at) {
        Map<S, R> current = new EnumMap<>(procedure.type());
        procedure.steps().forEach(step -> current.put(step, create(roundId, agencyCode, step, 1)));
        finish(current.get(procedure.steps().get(0)), opener, output, at);
        advance(current, at);
        return current;
    }

    /**
     * The review ended with a return: the next cycle runs the return loop again ({@link Procedure#returnLoop()}),
     * its rows replacing the ended ones in {@code current}.
     */
    protected void nextCycle(Map<S, R> current, R review) {
        int cycle = review.cycle() + 1;
        procedure.returnLoop().forEach(step ->
                current.put(step, create(review.roundId(), review.agencyCode(), step, cycle)));
    }

    private String entityName() {
        return entityManager.getMetamodel().entity(rowType).getName();
    }

    private R create(UUID roundId, String agencyCode, S step, int cycle) {
        R row = newRow.get();
        row.open(roundId, agencyCode, step, cycle);
        entityManager.persist(row);
        return row;
    }

    /** Refuses {@code step} (409 naming the step that must come first) while a step before it is not done. */
    protected void requireOrder(Map<S, R> current, S step, String why) {
        procedure.requireOrder(step, before -> current.get(before).done(), why);
    }

    /** The step that must be done before {@code step} may start, if any. */
    protected Optional<S> mustComeFirst(Map<S, R> current, S step) {
        return procedure.mustComeFirst(step, before -> current.get(before).done());
    }

    /** Starts, now, the steps whose predecessors are done (and that start by themselves). */
    protected void advance(Map<S, R> current, Instant at) {
        procedure.startable(step -> current.get(step).started(), step -> current.get(step).done()).stream()
                .filter(this::startsAfterPredecessors)
                .forEach(step -> current.get(step).start(at));
    }

    /** Starts a step that does not start by itself, unless it has. */
    protected void start(R row, Instant at) {
        if (!row.started()) {
            row.start(at);
        }
    }

    /** Ends a step: who did it, its output (kept as JSON), and its working time in the metrics. */
    protected void finish(R row, Actor actor, Object output, Instant at) {
        try {
            row.finish(actor, json.writeValueAsString(output), at);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        meters().recordDone(row.step(), calendar.workingTimeBetween(row.startedAt(), row.endedAt()));
    }

    /**
     * A step another service reports through an event: recorded even when the event for an earlier step has not
     * arrived yet (the topics are independent), since the other service already enforced the order. Nothing
     * happens for a round without steps or a step done already.
     */
    protected void finishFromEvent(Map<S, R> current, S step, Actor actor, Object output, Instant at) {
        R row = current.get(step);
        if (row == null || row.done()) {
            return;
        }
        finish(row, actor, output, at);
        advance(current, row.endedAt());
    }

    /** The agency's standard time of each step: the SOP's, unless the agency set its own; absent when none. */
    public Map<S, StandardTime> standardTimes(String agencyCode) {
        Map<S, StandardTime> own = new EnumMap<>(procedure.type());
        List<?> rows = entityManager.createNativeQuery(AGENCY_TIMES).setParameter("agency", agencyCode).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            procedure.step((String) columns[0]).ifPresent(step -> own.put(step, StandardTime.parse((String) columns[1])));
        }
        return StandardTimeTable.of(procedure, own);
    }

    /** Every step with the caller's agency's standard time. */
    @Transactional
    public List<StepDefinitionView> catalogue() {
        return StepDefinitionView.catalogue(procedure, standardTimes(caller.agencyCode()));
    }

    /** One step with the caller's agency's standard time; 404 for a step the procedure does not have. */
    @Transactional
    public StepDefinitionView step(String stepCode) {
        S step = procedure.step(stepCode).orElseThrow(() -> new NotFound(PlatformProblem.SOP_STEP_NOT_FOUND, stepCode));
        return StepDefinitionView.of(step, standardTimes(caller.agencyCode()).get(step));
    }

    /**
     * ADMIN sets the agency's standard time of a step ("3d"), If-Match naming the standard time read (its entity tag,
     * {@link StepDefinitionView#entityTag()}); 404 for a step the procedure does not have.
     */
    @Transactional
    public StepDefinitionView setStandardTime(String stepCode, String text, IfMatch ifMatch) {
        S step = procedure.step(stepCode).orElseThrow(() -> new NotFound(PlatformProblem.SOP_STEP_NOT_FOUND, stepCode));
        StandardTime time = StandardTimeTable.parse(text);
        // one change of a step's standard time at a time, so that If-Match is checked against what is there
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked")
                .setParameter("key", "sop_standard_time/" + caller.agencyCode() + "/" + step.name())
                .getSingleResult();
        ifMatch.require("the standard time of " + step.name(),
                StepDefinitionView.of(step, standardTimes(caller.agencyCode()).get(step)).entityTag());
        entityManager.createNativeQuery(SET_TIME)
                .setParameter("agency", caller.agencyCode())
                .setParameter("step", step.name())
                .setParameter("time", time.toString())
                .setParameter("by", caller.userId())
                .setParameter("at", clock.instant())
                .executeUpdate();
        return StepDefinitionView.of(step, time);
    }

    /** The step's service level now against the agency's standard times. */
    public ServiceLevel levelOf(R row, Map<S, StandardTime> times, Instant now) {
        return stepClock.levelOf(row, times, now);
    }

    /**
     * The row as a timeline shows it now.
     *
     * @param heldBy who holds the step while it runs, as the service tells it; ignored once it is done
     */
    public <H> TimelineStep<H> timelineStep(R row, Map<S, StandardTime> times, Instant now, H heldBy) {
        return TimelineStep.of(row, times.get(row.step()), levelOf(row, times, now), row.done() ? null : heldBy,
                outputOf(row));
    }

    /** The step's output as recorded; null while it is not done. */
    private JsonNode outputOf(R row) {
        try {
            return row.output() == null ? null : json.readTree(row.output());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes {@link StepOverdue} once per running step past its standard time; how many it published. */
    public int checkOverdue() {
        return QuarkusTransaction.requiringNew().call(() -> overdueSteps.publish(procedure, overdueTopic,
                running(null), this::standardTimes, this::periodOf, clock.instant()));
    }

    /** Counts the running and the overdue steps of every agency into the gauges. */
    public void countSteps() {
        QuarkusTransaction.requiringNew().run(() -> meters().count(running(null), this::standardTimes, stepClock,
                clock.instant()));
    }

    private synchronized SopStepMeters<S> meters() {
        if (meters == null) {
            meters = new SopStepMeters<>(meterRegistry, procedure.type());
        }
        return meters;
    }
}
