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

    /** Who caused the event; {@link Actor#SYSTEM} when the producer named no one. */
    public Actor actorOrSystem() {
        return actor == null ? Actor.SYSTEM : actor;
    }

    /** When the event happened; {@code otherwise} (the time it is applied) when the producer did not say. */
    public Instant occurredAtOr(Instant otherwise) {
        return occurredAt == null ? otherwise : occurredAt;
    }
}
