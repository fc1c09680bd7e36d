package id.go.kinerja.approval.review;

import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.infrastructure.contracts.EventSchemas;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.EventJson;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Producer side of {@code RecapReturned} and {@code RecapApproved}: the payload records and the outbox's serializer
 * write the committed samples docs/events/samples/RecapReturned.json and RecapApproved.json, which collection's and
 * measurement's contract tests read; both fit their published schemas.
 */
class ReviewEventsContractTest {

    static final UUID RECAP = UUID.fromString("7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90");
    static final UUID ROUND = UUID.fromString("0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b");
    static final Actor SECRETARY = new Actor("sekretaris@disdagtrans", "SECRETARY");

    @Test
    void returningWritesTheSample() {
        RecapReturned returned = new RecapReturned(ROUND, 2025, 1, "Dua indikator perlu diperbaiki", List.of(
                new RecapReturned.Item("IKP-02", "Bukti daftar hadir pelatihan belum dilampirkan", ReturnTo.COLLECTION),
                new RecapReturned.Item("IKS-01", "Gunakan rumus rasio untuk indikator ini", ReturnTo.MEASUREMENT)));

        EventContracts.assertProduces("RecapReturned", EventJson.write(envelope(RecapReturned.EVENT_TYPE,
                "3c4d5e6f-7081-4293-a4b5-c6d7e8f90a1b", "2025-04-14T02:30:00Z", 1), returned));
        EventSchemas.assertSchema(RecapReturned.EVENT_TYPE, EventEnvelope.class, RecapReturned.class, "RecapReturned");
    }

    @Test
    void approvingWritesTheSample() {
        RecapApproved approved = new RecapApproved(ROUND, 2025, 1, "Data dan metode sudah sesuai");

        EventContracts.assertProduces("RecapApproved", EventJson.write(envelope(RecapApproved.EVENT_TYPE,
                "5e6f7081-9203-44b5-a6c7-d8e9f0a1b2c3", "2025-04-17T04:00:00Z", 2), approved));
        EventSchemas.assertSchema(RecapApproved.EVENT_TYPE, EventEnvelope.class, RecapApproved.class, "RecapApproved");
    }

    private static EventEnvelope envelope(String type, String eventId, String occurredAt, int revision) {
        return new EventEnvelope(UUID.fromString(eventId), type, 1, Instant.parse(occurredAt), "DISDAGTRANS", RECAP,
                revision, SECRETARY);
    }
}
