package id.go.kinerja.collection.plan;

import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.infrastructure.contracts.EventSchemas;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.RoundEventEnvelope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Producer side of the {@code PlanPublished} contract: the payload record and the outbox's serializer write the
 * committed sample docs/events/samples/PlanPublished.json, which measurement's contract test reads, and that sample
 * fits the published schema docs/events/PlanPublished.schema.json.
 */
class PlanPublishedContractTest {

    @Test
    void writesTheSample() {
        RoundEventEnvelope envelope = new RoundEventEnvelope(UUID.fromString("3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98"),
                PlanPublished.EVENT_TYPE, PlanPublished.SCHEMA_VERSION, Instant.parse("2025-01-20T02:30:00Z"),
                "DISDAGTRANS", 1, new Actor("tim.sakip@disdagtrans", "SAKIP_TEAM"));

        EventContracts.assertProduces("PlanPublished", EventJson.write(envelope, sample()));
        EventSchemas.assertSchema("PlanPublished", RoundEventEnvelope.class, PlanPublished.class, "PlanPublished");
    }

    static PlanPublished sample() {
        List<PlanPublished.Indicator> indicators = List.of(
                new PlanPublished.Indicator("IKP-02", "Jumlah pelaku usaha yang mengikuti pelatihan", "orang", "3.30.02",
                        NodeLevel.PROGRAM, "PERDAGANGAN", Polarity.POSITIVE, ValueType.NUMBER, Frequency.QUARTERLY,
                        PeriodAggregation.SUM, List.of(new IndicatorView.YearTargets(2025, List.of(
                                Target.of(1, new BigDecimal("25"), null, null, null),
                                Target.of(2, new BigDecimal("25"), null, null, null),
                                Target.of(3, new BigDecimal("25"), null, null, null),
                                Target.of(4, new BigDecimal("25"), null, null, null))))),
                new PlanPublished.Indicator("IKS-01", "Nilai evaluasi akuntabilitas kinerja", "predikat", "S1",
                        NodeLevel.OBJECTIVE, "SEKRETARIAT", Polarity.POSITIVE, ValueType.PREDICATE, Frequency.ANNUAL,
                        PeriodAggregation.LAST, List.of(new IndicatorView.YearTargets(2025, List.of(
                                Target.of(4, null, null, null, "BB"))))),
                new PlanPublished.Indicator("IKP-07", "Koefisien variasi harga barang kebutuhan pokok", "%", "3.30.02",
                        NodeLevel.PROGRAM, "PERDAGANGAN", Polarity.NEGATIVE, ValueType.PERCENT, Frequency.QUARTERLY,
                        PeriodAggregation.AVERAGE, List.of(new IndicatorView.YearTargets(2025, List.of(
                                Target.of(1, null, new BigDecimal("3"), new BigDecimal("5"), null),
                                Target.of(2, null, new BigDecimal("3"), new BigDecimal("5"), null),
                                Target.of(3, null, new BigDecimal("3"), new BigDecimal("5"), null),
                                Target.of(4, null, new BigDecimal("3"), new BigDecimal("5"), null))))));
        return new PlanPublished("Dinas Perdagangan dan Transmigrasi",
                new PlanVersionRef(UUID.fromString("5e0b7a42-6c1d-4f3e-9b8a-2d4c6e8f0a1b"), PlanVersionKind.PK, 1),
                2025, 2025, "060/12/PK/2025", null, indicators);
    }
}
