package id.go.kinerja.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The fields every event carries beside its payload (docs/events.md, "Envelope"). On the wire they sit at the top
 * level of the JSON object, next to the payload's own fields.
 */
public record EventEnvelope(
        UUID eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        String agencyCode,
        UUID recapId,
        int revision,
        Actor actor) {

    public static EventEnvelope of(String eventType, int schemaVersion, String agencyCode, UUID recapId,
                                   int revision, Actor actor) {
        return new EventEnvelope(UUID.randomUUID(), eventType, schemaVersion, Instant.now(), agencyCode,
                recapId, revision, actor);
    }
}
