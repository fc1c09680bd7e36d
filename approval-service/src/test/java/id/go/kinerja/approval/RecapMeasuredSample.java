package id.go.kinerja.approval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.infrastructure.contracts.EventContracts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A sample event from {@code src/test/resources/events} or, named without {@code .json}, a producer's sample in
 * docs/events/samples, as another service would publish it, with the
 * identity fields a test needs changed (every test works on its own recap).
 */
public final class RecapMeasuredSample {

    public static final String REVISION_1 = "events/recap-measured-disdagtrans-2025-q1-rev1.json";
    public static final String REVISION_2 = "events/recap-measured-disdagtrans-2025-q1-rev2.json";
    /** The archive's own sample, docs/events/samples/RecapArchived.json, as its producer test writes it. */
    public static final String ARCHIVED = "RecapArchived";

    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final ObjectNode event;

    private RecapMeasuredSample(ObjectNode event) {
        this.event = event;
    }

    public static RecapMeasuredSample of(String resource) {
        try (InputStream in = resource.endsWith(".json")
                ? RecapMeasuredSample.class.getClassLoader().getResourceAsStream(resource)
                : new ByteArrayInputStream(EventContracts.sample(resource).getBytes(StandardCharsets.UTF_8))) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the test classpath");
            }
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            event.put("eventId", UUID.randomUUID().toString());
            return new RecapMeasuredSample(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String resource) {
        return of(resource).json();
    }

    public RecapMeasuredSample recap(UUID recapId, UUID roundId) {
        event.put("recapId", recapId.toString());
        if (event.has("roundId")) {
            event.put("roundId", roundId.toString());
        }
        return this;
    }

    public RecapMeasuredSample revision(int revision, int measuredRevision) {
        event.put("revision", revision);
        if (event.has("measuredRevision")) {
            event.put("measuredRevision", measuredRevision);
        }
        return this;
    }

    public RecapMeasuredSample agency(String agencyCode) {
        event.put("agencyCode", agencyCode);
        return this;
    }

    public RecapMeasuredSample set(String field, Object value) {
        event.set(field, JSON.valueToTree(value));
        return this;
    }

    public RecapMeasuredSample without(String field) {
        event.remove(field);
        return this;
    }

    public ObjectNode tree() {
        return event;
    }

    public String json() {
        return event.toString();
    }
}
