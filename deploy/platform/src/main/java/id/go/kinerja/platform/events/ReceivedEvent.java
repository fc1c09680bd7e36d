package id.go.kinerja.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

/** An event as a consumer received it: its envelope, and its body to read into the consumer's own shape. */
public record ReceivedEvent(EventEnvelope envelope, JsonNode json) {

    public <T> T payloadAs(Class<T> type) {
        return EventJson.convert(json, type);
    }
}
