package id.go.kinerja.collection.sop;

import java.time.Instant;
import java.util.UUID;

/**
 * Published once per step (and cycle) when it runs past its standard time; see docs/events.md. The envelope's
 * {@code recapId} carries the round id: a step can be late before the round has a recap.
 */
public record StepOverdue(UUID roundId, int year, int quarter, String procedure, String step, String stepName,
                          int cycle, String ownerRole, Instant startedAt, String standardTime, Instant deadline,
                          Instant detectedAt) {

    public static final String EVENT_TYPE = "StepOverdue";
    public static final int SCHEMA_VERSION = 1;
    public static final String TOPIC = "kinerja.collection.step-overdue";
}
