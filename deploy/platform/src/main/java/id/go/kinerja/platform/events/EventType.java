package id.go.kinerja.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The events a service consumes (docs/events.md), each with the payload fields it cannot be without. A consumer names
 * the one its topic carries; {@link #requireContractOf} refuses, before any effect, an event of another type or one
 * that lacks a field here or has it with the wrong JSON type. Each consumer reads the rest with its own tolerant
 * record and refuses what it cannot apply.
 */
public enum EventType {

    RECAP_SUBMITTED("RecapSubmitted", Field.integer("year"), Field.integer("quarter"), Field.array("items")),
    RECAP_MEASURED("RecapMeasured", Field.text("roundId"), Field.integer("year"), Field.integer("quarter"),
            Field.integer("measuredRevision"), Field.array("items")),
    RECAP_RETURNED("RecapReturned", Field.array("items")),
    RECAP_APPROVED("RecapApproved", Field.text("roundId")),
    RECAP_DISPOSED("RecapDisposed", Field.text("roundId"), Field.text("disposition.text")),
    RECAP_ARCHIVED("RecapArchived", Field.text("archiveId"), Field.text("contentHash")),
    /** About a plan version, not a recap: its envelope has no {@code recapId}. */
    PLAN_PUBLISHED("PlanPublished", false, Field.text("planVersion.id"), Field.text("planVersion.kind"),
            Field.integer("yearFrom"), Field.integer("yearTo"), Field.array("indicators"));

    /** The {@code schemaVersion} every consumer reads today. */
    public static final int SCHEMA_VERSION = 1;

    private final String wireName;
    private final boolean aboutRecap;
    private final List<Field> required;

    EventType(String wireName, Field... required) {
        this(wireName, true, required);
    }

    EventType(String wireName, boolean aboutRecap, Field... required) {
        this.wireName = wireName;
        this.aboutRecap = aboutRecap;
        this.required = List.of(required);
    }

    /** As in the envelope's {@code eventType} and the {@code event-type} header. */
    public String wireName() {
        return wireName;
    }

    /**
     * Throws {@link MalformedEventException} unless the event is of this type, names its recap when it is about one,
     * and has every required field with its JSON type. The schema version is not checked here (see
     * {@code IdempotentConsumer}).
     */
    public void requireContractOf(ReceivedEvent event) {
        EventEnvelope envelope = event.envelope();
        if (!wireName.equals(envelope.eventType())) {
            throw new MalformedEventException("Event " + envelope.eventId() + " is a " + envelope.eventType()
                    + "; this topic carries " + wireName + " only");
        }
        if (aboutRecap && envelope.recapId() == null) {
            throw new MalformedEventException(wireName + " " + envelope.eventId() + " names no recapId");
        }
        for (Field field : required) {
            if (!field.presentIn(event.json())) {
                throw new MalformedEventException(wireName + " " + envelope.eventId() + " lacks " + field.path
                        + " (" + field.kind.name().toLowerCase() + ")");
            }
        }
    }

    private record Field(String path, Kind kind) {

        enum Kind { TEXT, INTEGER, ARRAY }

        static Field text(String path) {
            return new Field(path, Kind.TEXT);
        }

        static Field integer(String path) {
            return new Field(path, Kind.INTEGER);
        }

        static Field array(String path) {
            return new Field(path, Kind.ARRAY);
        }

        boolean presentIn(JsonNode json) {
            JsonNode node = json;
            for (String name : path.split("\\.")) {
                node = node.path(name);
            }
            return switch (kind) {
                case TEXT -> node.isTextual() && !node.asText().isBlank();
                case INTEGER -> node.isIntegralNumber() && node.canConvertToInt();
                case ARRAY -> node.isArray();
            };
        }
    }
}
