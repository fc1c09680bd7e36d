package id.go.kinerja.platform.procedure;

import java.time.Instant;
import java.util.UUID;

/**
 * Published once per step (and cycle) when it runs past its standard time; see docs/events.md. Each service
 * publishes it on its own topic. It is about a round, which may have no recap yet: its envelope is a
 * {@link id.go.kinerja.platform.events.RoundEventEnvelope} (no {@code recapId}, the step's cycle as {@code revision}),
 * and it is keyed by {@link #roundId}.
 *
 * @param procedure {@link Procedure#name()}: COLLECTION or MEASUREMENT
 */
public record StepOverdue(UUID roundId, int year, int quarter, String procedure, String step, String stepName,
                          int cycle, String ownerRole, Instant startedAt, String standardTime, Instant deadline,
                          Instant detectedAt) {

    public static final String EVENT_TYPE = "StepOverdue";
    public static final int SCHEMA_VERSION = 1;
}
