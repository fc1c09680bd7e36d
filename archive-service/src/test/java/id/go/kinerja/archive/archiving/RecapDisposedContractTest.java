package id.go.kinerja.archive.archiving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The archive's reading of RecapDisposed against the sample payload of docs/events.md. */
class RecapDisposedContractTest {

    @Test
    void readsTheSamplePayloadIgnoringFieldsItDoesNotKnow() throws IOException {
        String sample = sample().replace("\"decidedBy\": \"kepala.dinas@disdagtrans\"",
                "\"decidedBy\": \"kepala.dinas@disdagtrans\", \"signature\": {\"algorithm\": \"none\"}");
        ReceivedEvent event = EventJson.read(sample);
        RecapDisposed disposed = event.payloadAs(RecapDisposed.class);

        disposed.requireComplete();
        assertEquals("RecapDisposed", event.envelope().eventType());
        assertEquals(UUID.fromString("7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90"), event.envelope().recapId());
        assertEquals(2, event.envelope().revision());
        assertEquals("Dinas Perdagangan dan Transmigrasi", disposed.agencyName());
        assertEquals(UUID.fromString("0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b"), disposed.roundId());
        assertEquals(2025, disposed.year());
        assertEquals(1, disposed.quarter());
        assertEquals(4, disposed.items().size());
        assertEquals(2, disposed.reviews().size());
        assertEquals(Instant.parse("2025-04-16T02:30:00Z"), disposed.disposition().decidedAt());
    }

    @Test
    void aDisposalMissingWhatMakesItOneIsRefused() throws IOException {
        String sample = sample();
        for (String broken : new String[] {
                sample.replace("\"disposition\":", "\"draftDisposition\":"),
                sample.replace("\"reviews\":", "\"reviewHistory\":"),
                sample.replace("\"quarter\": 1,\n", "\"quarter\": 5,\n"),
                sample.replace("\"roundId\":", "\"round\":")}) {
            RecapDisposed disposed = EventJson.read(broken).payloadAs(RecapDisposed.class);
            assertThrows(MalformedEventException.class, disposed::requireComplete);
        }
        assertThrows(MalformedEventException.class,
                () -> EventJson.read(sample.replace("\"year\": 2025", "\"year\": \"next year\"")).payloadAs(RecapDisposed.class));
    }

    private static String sample() throws IOException {
        try (InputStream in = RecapDisposedContractTest.class.getResourceAsStream("/events/recap-disposed.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
