package id.go.kinerja.platform.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DeadLetterRecordTest {

    private static final String EVENT = """
            {"eventId":"5d0c7e4a-8f1b-4c3d-9e2a-7b6c5d4e3f21","eventType":"RecapSubmitted","schemaVersion":1,
             "agencyCode":"DISDAGTRANS","recapId":"0b9c8d3e-5a1f-4c2d-9e7b-1f2a3b4c5d6e","actor":{"userId":"x","role":"SAKIP_TEAM"},
             "items":[{"indicatorCode":"IKS-01","agencyCode":"DINKES"}]}""";

    @Test
    void aReplayCarriesTheKeyValueAndOriginalHeadersButNotTheConnectorsDeadLetterHeaders() {
        DeadLetterRecord letter = dead(EVENT, "event-type", "RecapSubmitted", "event-id", "5d0c7e4a-8f1b-4c3d-9e2a-7b6c5d4e3f21",
                "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "x-request-id", "req-1",
                "dead-letter-reason", "Unable to acquire JDBC Connection", "dead-letter-topic", "kinerja.collection.recap-submitted",
                "dead-letter-partition", "1", "dead-letter-offset", "41",
                // a replay that failed again: its earlier origin is replaced by this dead letter
                "kinerja-replayed-from", "kinerja.collection.recap-submitted.dlq/0/3");

        ProducerRecord<byte[], byte[]> replay = letter.replayTo("kinerja.collection.recap-submitted");

        assertEquals("kinerja.collection.recap-submitted", replay.topic());
        assertNull(replay.partition(), "the key decides the partition, as for the original");
        assertEquals("0b9c8d3e-5a1f-4c2d-9e7b-1f2a3b4c5d6e", new String(replay.key(), StandardCharsets.UTF_8));
        assertEquals(EVENT, new String(replay.value(), StandardCharsets.UTF_8));
        List<String> headers = new ArrayList<>();
        for (Header header : replay.headers()) {
            headers.add(header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("event-type=RecapSubmitted", "event-id=5d0c7e4a-8f1b-4c3d-9e2a-7b6c5d4e3f21",
                "traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "x-request-id=req-1",
                "kinerja-replayed-from=kinerja.collection.recap-submitted.dlq/2/7"), headers);
    }

    @Test
    void theEnvelopeIsReadFromTheTopLevelOfTheJsonWhenTheHeadersAreMissing() {
        DeadLetterRecord letter = dead(EVENT);

        assertEquals("RecapSubmitted", letter.eventType());
        assertEquals("5d0c7e4a-8f1b-4c3d-9e2a-7b6c5d4e3f21", letter.eventId());
        assertEquals("DISDAGTRANS", letter.agencyCode(), "not the agencyCode nested in an item");
        assertTrue(letter.isEvent());
        assertTrue(letter.visibleTo("DISDAGTRANS"));
        assertFalse(letter.visibleTo("DINKES"));
    }

    @Test
    void aMessageThatIsNoEventBelongsToNoAgencyAndIsNotReplayedWithTheRest() {
        DeadLetterRecord notJson = dead("consumed-up-to-here");
        assertNull(notJson.agencyCode());
        assertFalse(notJson.isEvent());
        assertTrue(notJson.visibleTo("DINKES"));

        // cut off after the envelope: the agency is known (only its ADMIN sees it), but it can never be applied
        DeadLetterRecord cutOff = dead(EVENT.substring(0, 200));
        assertEquals("DISDAGTRANS", cutOff.agencyCode());
        assertFalse(cutOff.visibleTo("DINKES"));
        assertFalse(cutOff.isEvent());

        assertFalse(dead("[" + EVENT + "]").isEvent());
    }

    @Test
    void thePreviewIsTheFirstBytesOfTheValue() {
        DeadLetterRecord letter = dead(EVENT);
        assertEquals(EVENT.substring(0, 20), letter.preview(20));
        assertEquals(EVENT, letter.preview(100_000));
        assertEquals(EVENT.length(), letter.size());
    }

    private static DeadLetterRecord dead(String value, String... headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        for (int i = 0; i < headers.length; i += 2) {
            recordHeaders.add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return new DeadLetterRecord(new ConsumerRecord<>("kinerja.collection.recap-submitted.dlq", 2, 7, 1_700_000_000_000L,
                TimestampType.CREATE_TIME, 36, value.length(), "0b9c8d3e-5a1f-4c2d-9e7b-1f2a3b4c5d6e".getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8), recordHeaders, Optional.empty()));
    }
}
