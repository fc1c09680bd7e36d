package id.go.kinerja.platform.procedure;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a round in one cycle as a service stores it: what the shared service-level rules ({@link StepClock},
 * {@link SopStepMeters}, {@link OverdueSteps}) read of it. A service's step entity implements it, in its table
 * {@code sop_step}.
 */
public interface StepRecord<S extends Enum<S> & ProcedureStep> {

    UUID id();

    UUID roundId();

    String agencyCode();

    S step();

    /** 1, plus one per return of the recap. */
    int cycle();

    /** Null until the step starts. */
    Instant startedAt();

    /** Null while it runs. */
    Instant endedAt();

    /** When {@code StepOverdue} was published for it; null if it was not. */
    Instant overdueReportedAt();

    default boolean started() {
        return startedAt() != null;
    }

    default boolean done() {
        return endedAt() != null;
    }

    default boolean running() {
        return started() && !done();
    }
}
