package id.go.kinerja.measurement.recap;

import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.infrastructure.contracts.EventSchemas;
import id.go.kinerja.measurement.engine.PredicateScale;
import id.go.kinerja.measurement.methodology.IndicatorHints;
import id.go.kinerja.measurement.methodology.MethodologyService.Current;
import id.go.kinerja.measurement.scale.PredicateScaleService.AppliedScale;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.EventJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Producer side of the {@code RecapMeasured} contract: collection's RecapSubmitted sample, read by measurement's
 * reader and measured by the real {@link RecapMeasurer} with the methodologies its plan hints give, is written by
 * the outbox's serializer as the committed docs/events/samples/RecapMeasured.json, which approval's contract test
 * reads; the sample fits docs/events/RecapMeasured.schema.json.
 */
class RecapMeasuredContractTest {

    @Test
    void measuringTheSubmittedSampleWritesTheSample() {
        RecapSubmitted submitted = EventJson.read(EventContracts.sample("RecapSubmitted")).payloadAs(RecapSubmitted.class);
        Map<String, Current> methodologies = new LinkedHashMap<>();
        for (IndicatorHints hints : MeasuringRevision.hintsOf(submitted)) {
            methodologies.put(hints.code(), new Current(1, hints.methodology().orElseThrow()));
        }
        AppliedScale scale = new AppliedScale(UUID.fromString("2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819"),
                PredicateScale.DEFAULT);
        RecapMeasured measured = new RecapMeasurer(scale, new BigDecimal("200"), methodologies).measure(submitted, 1);
        EventEnvelope envelope = new EventEnvelope(UUID.fromString("4d2a6b8c-0e1f-4a3b-9c5d-7e8f9a0b1c2d"),
                RecapMeasured.EVENT_TYPE, 1, Instant.parse("2025-04-10T03:15:02Z"), "DISDAGTRANS",
                UUID.fromString("7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90"), 1,
                new Actor("tim.sakip@disdagtrans", "SAKIP_TEAM"));

        EventContracts.assertProduces("RecapMeasured", EventJson.write(envelope, measured));
        EventSchemas.assertSchema("RecapMeasured", EventEnvelope.class, RecapMeasured.class, "RecapMeasured");
    }
}
