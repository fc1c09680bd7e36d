package id.go.kinerja.archive.archiving;

import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.archive.seal.Seal;
import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.infrastructure.contracts.EventSchemas;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.events.ReceivedEvent;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Both sides of the archive's contracts. Consumer of approval's {@code RecapDisposed}: the committed sample passes
 * the topic's contract and the archive's reader gets every field it files, and its canonical form seals. Producer of
 * {@code RecapArchived}: the sample's document sealed as the first of its agency's chain is written by the outbox's
 * serializer as docs/events/samples/RecapArchived.json, which collection's, approval's and measurement's contract
 * tests read.
 */
class ArchiveEventsContractTest {

    @Test
    void readsTheDisposedSample() {
        ReceivedEvent event = EventJson.read(EventContracts.sample("RecapDisposed"));
        EventType.RECAP_DISPOSED.requireContractOf(event);
        RecapDisposed disposed = event.payloadAs(RecapDisposed.class);
        disposed.requireComplete();

        EventContracts.assertEveryFieldRead(disposed);
    }

    @Test
    void sealingTheDisposedSampleWritesTheArchivedSample() {
        String contentHash = CanonicalJson.sha256(EventContracts.sample("RecapDisposed"));
        RecapArchived archived = new RecapArchived(UUID.fromString("0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b"),
                UUID.fromString("8091a2b3-c4d5-46e7-98f9-0a1b2c3d4e5f"), contentHash, 1, Seal.GENESIS,
                Seal.of(Seal.GENESIS, contentHash));
        EventEnvelope envelope = new EventEnvelope(UUID.fromString("90a1b2c3-d4e5-46f7-8809-1a2b3c4d5e6f"),
                RecapArchived.EVENT_TYPE, 1, Instant.parse("2025-04-18T03:00:05Z"), "DISDAGTRANS",
                UUID.fromString("7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90"), 1, Actor.SYSTEM);

        EventContracts.assertProduces("RecapArchived", EventJson.write(envelope, archived));
        EventSchemas.assertSchema(RecapArchived.EVENT_TYPE, EventEnvelope.class, RecapArchived.class, "RecapArchived");
    }
}
