package id.go.kinerja.measurement.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.infrastructure.TestTopics;
import id.go.kinerja.measurement.recap.RecapApprovedConsumer;
import id.go.kinerja.measurement.recap.RecapArchivedConsumer;
import id.go.kinerja.measurement.recap.RecapDisposedConsumer;
import id.go.kinerja.measurement.recap.RecapMeasured;
import id.go.kinerja.measurement.recap.RecapReturnedConsumer;
import id.go.kinerja.measurement.recap.RecapSubmittedConsumer;
import id.go.kinerja.measurement.sop.SopSteps;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Events as the other services send and read them, built from the samples in {@code src/test/resources/events}. */
public final class Events {

    public static final String RECAP_SUBMITTED = RecapSubmittedConsumer.TOPIC;
    public static final String RECAP_SUBMITTED_DLQ = RECAP_SUBMITTED + ".dlq";
    public static final String RECAP_RETURNED = RecapReturnedConsumer.TOPIC;
    public static final String RECAP_APPROVED = RecapApprovedConsumer.TOPIC;
    public static final String RECAP_MEASURED = RecapMeasured.TOPIC;
    public static final String RECAP_DISPOSED = RecapDisposedConsumer.TOPIC;
    public static final String RECAP_ARCHIVED = RecapArchivedConsumer.TOPIC;
    public static final String STEP_OVERDUE = SopSteps.OVERDUE_TOPIC;

    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static TestTopics topics;

    private Events() {
    }

    public static synchronized TestTopics topics() {
        if (topics == null) {
            topics = TestTopics.ofTestBroker();
        }
        return topics;
    }

    /** A sample event with a fresh event id, for the given recap, agency and revision. */
    public static ObjectNode sample(String name, UUID recapId, String agencyCode, int revision) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + name)) {
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            event.put("eventId", UUID.randomUUID().toString());
            event.put("recapId", recapId.toString());
            event.put("agencyCode", agencyCode);
            event.put("revision", revision);
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode recapSubmitted(UUID recapId, String agencyCode, int revision) {
        return sample("recap-submitted-q1.json", recapId, agencyCode, revision);
    }

    /** A return of the given items, each {@code "CODE:RETURN_TO"}. */
    public static ObjectNode recapReturned(UUID recapId, String agencyCode, int revision, String... items) {
        ObjectNode event = sample("recap-returned.json", recapId, agencyCode, revision);
        ArrayNode returned = event.putArray("items");
        for (String item : items) {
            String[] parts = item.split(":");
            returned.addObject().put("indicatorCode", parts[0]).put("reason", "Perbaiki " + parts[0])
                    .put("returnTo", parts[1]);
        }
        return event;
    }

    public static ObjectNode recapApproved(UUID recapId, String agencyCode, int revision) {
        return sample("recap-approved.json", recapId, agencyCode, revision);
    }

    /** The Head's disposition of the approved revision (SOP B9). */
    public static ObjectNode recapDisposed(UUID recapId, String agencyCode, int revision) {
        ObjectNode event = sample("recap-approved.json", recapId, agencyCode, revision);
        event.put("eventType", "RecapDisposed");
        event.putObject("actor").put("userId", "kepala@dinas").put("role", "HEAD");
        event.putObject("disposition").put("text", "Lanjutkan ke pelaporan").put("decidedBy", "kepala@dinas")
                .put("decidedAt", "2025-04-15T02:00:00Z");
        return event;
    }

    /** The archive's seal of the disposed recap (SOP B10). */
    public static ObjectNode recapArchived(UUID recapId, String agencyCode, int revision) {
        ObjectNode event = sample("recap-approved.json", recapId, agencyCode, revision);
        event.put("eventType", "RecapArchived");
        event.remove("note");
        event.put("archiveId", UUID.randomUUID().toString()).put("contentHash", "ab".repeat(32))
                .put("chainPosition", 1).put("previousHash", "0".repeat(64)).put("seal", "cd".repeat(32));
        return event;
    }

    /** The item of the event with the given indicator code. */
    public static ObjectNode item(ObjectNode event, String indicatorCode) {
        for (JsonNode item : event.get("items")) {
            if (item.get("indicatorCode").asText().equals(indicatorCode)) {
                return (ObjectNode) item;
            }
        }
        throw new IllegalArgumentException("no item " + indicatorCode);
    }

    /** Sends a RecapSubmitted once B1-B4 of its agency's period are recorded, as they must be for it to be measured. */
    public static void submit(JsonNode submitted) {
        MeasurementSop.ready(submitted.get("agencyCode").asText(), submitted.get("year").asInt(),
                submitted.get("quarter").asInt());
        send(RECAP_SUBMITTED, submitted);
    }

    public static void send(String topic, JsonNode event) {
        topics().send(topic, event.get("recapId").asText(), event.toString(), event.get("eventType").asText());
    }

    /** Waits for the RecapMeasured of the recap's revision and measured revision. */
    public static JsonNode awaitMeasured(UUID recapId, int revision, int measuredRevision) {
        List<JsonNode> found = measured(recapId, revision, measuredRevision, 1, Duration.ofSeconds(30));
        if (found.isEmpty()) {
            throw new AssertionError("No RecapMeasured for recap " + recapId + " revision " + revision
                    + " measured revision " + measuredRevision + " within 30 s");
        }
        return found.get(0);
    }

    /** Every RecapMeasured of the recap now on the topic, waiting {@code settle} for late ones. */
    public static List<JsonNode> allMeasured(UUID recapId, Duration settle) {
        return topics().all(RECAP_MEASURED, value -> value.contains(recapId.toString()), settle).stream()
                .map(Events::parse)
                .filter(event -> event.get("recapId").asText().equals(recapId.toString()))
                .toList();
    }

    private static List<JsonNode> measured(UUID recapId, int revision, int measuredRevision, int count,
                                           Duration timeout) {
        return topics().await(RECAP_MEASURED, value -> {
                    if (!value.contains(recapId.toString())) {
                        return false;
                    }
                    JsonNode event = parse(value);
                    return event.get("recapId").asText().equals(recapId.toString())
                            && event.get("revision").asInt() == revision
                            && event.get("measuredRevision").asInt() == measuredRevision;
                }, count, timeout).stream()
                .map(Events::parse)
                .toList();
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node of a measured event's {@code items} or {@code nodes} with the given code. */
    public static JsonNode find(JsonNode array, String field, String code) {
        for (JsonNode element : array) {
            if (element.get(field).asText().equals(code)) {
                return element;
            }
        }
        throw new AssertionError("no element with " + field + " = " + code + " in " + array);
    }

    /** A new agency code per test keeps tests apart in the shared database. */
    public static String newAgency() {
        return "AG" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
