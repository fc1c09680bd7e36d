package id.go.kinerja.measurement.sop;

import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.infrastructure.contracts.EventSchemas;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.RoundEventEnvelope;
import id.go.kinerja.platform.procedure.MeasurementStep;
import id.go.kinerja.platform.procedure.StepOverdue;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Producer side of measurement's {@code StepOverdue} (SOP part B): docs/events/samples/StepOverdue-measurement.json
 * and its schema. No service consumes it yet; the sample is what notifications and operations tools can rely on.
 */
class StepOverdueContractTest {

    @Test
    void writesTheSample() {
        UUID round = UUID.fromString("0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b");
        RoundEventEnvelope envelope = new RoundEventEnvelope(UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"),
                StepOverdue.EVENT_TYPE, StepOverdue.SCHEMA_VERSION, Instant.parse("2025-04-03T02:01:00Z"),
                "DISDAGTRANS", 1, Actor.SYSTEM);
        StepOverdue overdue = new StepOverdue(round, 2025, 1, "MEASUREMENT", MeasurementStep.B2.name(),
                MeasurementStep.B2.definition().nameEn(), 1, MeasurementStep.B2.definition().ownerRole(),
                Instant.parse("2025-04-01T01:00:00Z"), "60m", Instant.parse("2025-04-01T02:00:00Z"),
                Instant.parse("2025-04-03T02:01:00Z"));

        EventContracts.assertProduces("StepOverdue-measurement", EventJson.write(envelope, overdue));
        EventSchemas.assertSchema("StepOverdue", RoundEventEnvelope.class, StepOverdue.class, "StepOverdue-measurement");
    }
}
