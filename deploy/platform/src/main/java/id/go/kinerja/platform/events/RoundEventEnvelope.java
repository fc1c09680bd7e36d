package id.go.kinerja.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope of an event about a collection round rather than a recap (docs/events.md, "StepOverdue"): the fields of
 * {@link EventEnvelope} without {@code recapId}, since a round may have no recap yet. The payload names the round, and
 * the outbox keys the event by the round id.
 *
 * @param revision what the event counts in its round, e.g. a step's cycle
 */
public record RoundEventEnvelope(
        UUID eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        String agencyCode,
        int revision,
        Actor actor) {

    public static RoundEventEnvelope of(String eventType, int schemaVersion, String agencyCode, int revision,
                                        Actor actor) {
        return new RoundEventEnvelope(UUID.randomUUID(), eventType, schemaVersion, Instant.now(), agencyCode,
                revision, actor);
    }
}
