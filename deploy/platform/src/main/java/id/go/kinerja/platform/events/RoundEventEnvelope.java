package id.go.kinerja.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope of an event about something other than a recap (docs/events.md, "StepOverdue", "PlanPublished"): the
 * fields of {@link EventEnvelope} without {@code recapId}, since a round may have no recap yet and a plan version has
 * none. The payload names the round or plan version; the outbox keys a round's events by the round id.
 *
 * @param revision what the event counts, e.g. a step's cycle in its round, a plan version's number
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
