package id.go.kinerja.platform.procedure;

import id.go.kinerja.platform.events.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * The mapping of a service's {@code sop_step} table: one step of a round in one cycle, who did it, when, and its
 * output. A service maps its own table with a subclass that names its catalogue
 * ({@code @Entity @Table(name = "sop_step") class SopStep extends StepRow<CollectionStep>}); the table stays the
 * service's, created by its own migration.
 */
@MappedSuperclass
public abstract class StepRow<S extends Enum<S> & ProcedureStep> implements StepRecord<S> {

    @Id
    private UUID id;

    @Column(name = "round_id")
    private UUID roundId;

    @Column(name = "agency_code")
    private String agencyCode;

    /** The step's number, {@code A6}: the name of a constant of the service's catalogue. */
    @Column(name = "step")
    private String stepCode;

    private int cycle;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "done_role")
    private String doneRole;

    /** JSON. */
    private String output;

    /** Written only by the overdue check's guarded update ({@link OverdueSteps}), never by a step's own update. */
    @Column(name = "overdue_at", insertable = false, updatable = false)
    private Instant overdueAt;

    private final transient Class<S> catalogue;

    protected StepRow(Class<S> catalogue) {
        this.catalogue = catalogue;
    }

    /** A new row, not started; the caller persists it. */
    void open(UUID roundId, String agencyCode, S step, int cycle) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.agencyCode = agencyCode;
        this.stepCode = step.name();
        this.cycle = cycle;
    }

    void start(Instant at) {
        startedAt = at;
    }

    /** Ends the step; an event stamped before the step started here (clocks apart) ends it when it started. */
    void finish(Actor actor, String outputJson, Instant at) {
        if (startedAt == null) {
            startedAt = at;
        }
        endedAt = at.isBefore(startedAt) ? startedAt : at;
        doneBy = actor.userId();
        doneRole = actor.role();
        output = outputJson;
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public UUID roundId() {
        return roundId;
    }

    @Override
    public String agencyCode() {
        return agencyCode;
    }

    @Override
    public S step() {
        return Enum.valueOf(catalogue, stepCode);
    }

    @Override
    public int cycle() {
        return cycle;
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public Instant endedAt() {
        return endedAt;
    }

    @Override
    public Instant overdueReportedAt() {
        return overdueAt;
    }

    /** Who did the step; null while it is not done. */
    public Actor doneBy() {
        return done() ? new Actor(doneBy, doneRole) : null;
    }

    /** The step's output as JSON; null while it is not done. */
    public String output() {
        return output;
    }
}
