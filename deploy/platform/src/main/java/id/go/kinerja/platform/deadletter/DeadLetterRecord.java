package id.go.kinerja.platform.deadletter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * One message of a dead-letter topic as the Kafka connector wrote it: the original key, value and headers, plus the
 * connector's {@code dead-letter-*} headers saying where it came from and why it failed. The envelope fields are read
 * from the top level of the JSON only, so a message that is not JSON (or is cut off) still shows what can be read.
 */
final class DeadLetterRecord {

    // SmallRye Kafka connector, KafkaDeadLetterQueue: what it adds to every dead-lettered message
    static final String DEAD_LETTER_PREFIX = "dead-letter-";
    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    static final String CAUSE_CLASS = "dead-letter-cause-class-name";
    static final String SOURCE_TOPIC = "dead-letter-topic";
    static final String SOURCE_PARTITION = "dead-letter-partition";
    static final String SOURCE_OFFSET = "dead-letter-offset";
    /** Set by the outbox relay. */
    static final String EVENT_TYPE = "event-type";
    static final String EVENT_ID = "event-id";
    /** Set on a replay: the dead letter it came from, so a message dead-lettered again shows its history. */
    static final String REPLAYED_FROM = "kinerja-replayed-from";

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> ENVELOPE_FIELDS = Set.of("eventId", "eventType", "agencyCode");

    private final ConsumerRecord<byte[], byte[]> record;
    private final Map<String, String> envelope = new HashMap<>();
    private final boolean wholeJsonObject;

    DeadLetterRecord(ConsumerRecord<byte[], byte[]> record) {
        this.record = record;
        this.wholeJsonObject = readEnvelope(record.value(), envelope);
    }

    String topic() {
        return record.topic();
    }

    int partition() {
        return record.partition();
    }

    long offset() {
        return record.offset();
    }

    String key() {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    long timestamp() {
        return record.timestamp();
    }

    String header(String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    String eventType() {
        String header = header(EVENT_TYPE);
        return header != null ? header : envelope.get("eventType");
    }

    String eventId() {
        String header = header(EVENT_ID);
        return header != null ? header : envelope.get("eventId");
    }

    /** The agency the event belongs to, or null for a message that does not say (not an event at all). */
    String agencyCode() {
        return envelope.get("agencyCode");
    }

    /** A JSON object with an event id and an agency: worth replaying once its consumer can apply it. */
    boolean isEvent() {
        return wholeJsonObject && eventId() != null && agencyCode() != null;
    }

    /** An agency's ADMIN sees the agency's events, and the messages that belong to no agency because they are no event. */
    boolean visibleTo(String agencyCode) {
        return agencyCode() == null || agencyCode().equals(agencyCode);
    }

    int size() {
        return record.value() == null ? 0 : record.value().length;
    }

    /** The first bytes of the value as text (a character cut in half shows as U+FFFD). */
    String preview(int bytes) {
        byte[] value = record.value();
        return value == null ? null : new String(value, 0, Math.min(bytes, value.length), StandardCharsets.UTF_8);
    }

    /** The original message again, for its topic: same key, value and headers, without the connector's dead-letter headers. */
    ProducerRecord<byte[], byte[]> replayTo(String topic) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_PREFIX) && !header.key().equals(REPLAYED_FROM)) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_FROM, (topic() + "/" + partition() + "/" + offset()).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
    }

    /** Collects the envelope's string fields at the top level; true if the value is one complete JSON object. */
    private static boolean readEnvelope(byte[] value, Map<String, String> fields) {
        if (value == null) {
            return false;
        }
        try (JsonParser parser = JSON.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.VALUE_STRING && ENVELOPE_FIELDS.contains(name)) {
                    fields.put(name, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
            return parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null;
        } catch (IOException notJson) {
            return false;
        }
    }
}
