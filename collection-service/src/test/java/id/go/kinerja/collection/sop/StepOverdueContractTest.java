package id.go.kinerja.collection.sop;

import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.infrastructure.contracts.EventSchemas;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.RoundEventEnvelope;
import id.go.kinerja.platform.procedure.CollectionStep;
import id.go.kinerja.platform.procedure.StepOverdue;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Producer side of collection's {@code StepOverdue} (SOP part A): docs/events/samples/StepOverdue-collection.json
 * and its schema. No service consumes it yet; the sample is what notifications and operations tools can rely on.
 */
class StepOverdueContractTest {

    @Test
    void writesTheSample() {
        UUID round = UUID.fromString("0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b");
        RoundEventEnvelope envelope = new RoundEventEnvelope(UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"),
                StepOverdue.EVENT_TYPE, StepOverdue.SCHEMA_VERSION, Instant.parse("2025-04-03T02:01:00Z"),
                "DISDAGTRANS", 1, Actor.SYSTEM);
        StepOverdue overdue = new StepOverdue(round, 2025, 1, "COLLECTION", CollectionStep.A6.name(),
                CollectionStep.A6.definition().nameEn(), 1, CollectionStep.A6.definition().ownerRole(),
                Instant.parse("2025-03-31T01:00:00Z"), "2d", Instant.parse("2025-04-02T01:00:00Z"),
                Instant.parse("2025-04-03T02:01:00Z"));

        EventContracts.assertProduces("StepOverdue-collection", EventJson.write(envelope, overdue));
        EventSchemas.assertSchema("StepOverdue", RoundEventEnvelope.class, StepOverdue.class, "StepOverdue-collection");
    }
}
