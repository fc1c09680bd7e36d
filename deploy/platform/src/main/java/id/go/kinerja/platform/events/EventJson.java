package id.go.kinerja.platform.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes and reads event JSON. Writing merges the envelope and the payload into one object; reading is
 * a tolerant reader: fields a consumer does not know are ignored, so producers may add fields freely.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // read decimals exactly: a realisation of 4.2 must never pass through a double
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // write() converts the payload to a tree; by default that turns 80.00 into 8E+1
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private EventJson() {
    }

    public static String write(EventEnvelope envelope, Object payload) {
        return merge(envelope, payload);
    }

    /** Writes an event about a round: the same as {@link #write(EventEnvelope, Object)}, with no {@code recapId}. */
    public static String write(RoundEventEnvelope envelope, Object payload) {
        return merge(envelope, payload);
    }

    private static String merge(Object envelope, Object payload) {
        ObjectNode json = MAPPER.valueToTree(envelope);
        JsonNode body = MAPPER.valueToTree(payload);
        if (!(body instanceof ObjectNode fields)) {
            throw new IllegalArgumentException("An event payload must be a JSON object: " + payload);
        }
        fields.fieldNames().forEachRemaining(name -> {
            if (json.has(name)) {
                throw new IllegalArgumentException("Payload field '" + name + "' clashes with the envelope");
            }
        });
        json.setAll(fields);
        return json.toString();
    }

    /**
     * Reads an incoming event. Throws {@link MalformedEventException} when the text is not an event at
     * all (not JSON, or no complete envelope: an id, type, agency, and a revision and schema version from 1; the recap
     * id, which events about a plan version do not have, is checked by {@link EventType#requireContractOf});
     * such a message is a poison message and goes to the dead-letter topic.
     */
    public static ReceivedEvent read(String text) {
        try {
            JsonNode json = MAPPER.readTree(text);
            EventEnvelope envelope = MAPPER.treeToValue(json, EventEnvelope.class);
            if (envelope.eventId() == null || envelope.eventType() == null
                    || envelope.agencyCode() == null || envelope.revision() < 1 || envelope.schemaVersion() < 1) {
                throw new MalformedEventException("Event envelope incomplete: " + abbreviate(text));
            }
            return new ReceivedEvent(envelope, json);
        } catch (MalformedEventException e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedEventException("Not a readable event: " + abbreviate(text), e);
        }
    }

    static <T> T convert(JsonNode json, Class<T> type) {
        try {
            return MAPPER.treeToValue(json, type);
        } catch (Exception e) {
            throw new MalformedEventException("Event payload does not fit " + type.getSimpleName(), e);
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 200 ? String.valueOf(text) : text.substring(0, 200) + "…";
    }
}
