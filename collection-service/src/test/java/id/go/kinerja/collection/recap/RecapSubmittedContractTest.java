package id.go.kinerja.collection.recap;

import id.go.kinerja.collection.plan.Frequency;
import id.go.kinerja.collection.plan.NodeLevel;
import id.go.kinerja.collection.plan.PeriodAggregation;
import id.go.kinerja.collection.plan.PlanVersionKind;
import id.go.kinerja.collection.plan.PlanVersionRef;
import id.go.kinerja.collection.plan.Polarity;
import id.go.kinerja.collection.plan.Target;
import id.go.kinerja.collection.plan.ValueType;
import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.infrastructure.contracts.EventSchemas;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.EventJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Producer side of the {@code RecapSubmitted} contract: the payload record and the outbox's serializer write the
 * committed sample docs/events/samples/RecapSubmitted.json, which measurement's contract test reads, and that
 * sample fits the published schema docs/events/RecapSubmitted.schema.json.
 */
class RecapSubmittedContractTest {

    static final UUID RECAP = UUID.fromString("7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90");
    static final UUID ROUND = UUID.fromString("0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b");

    @Test
    void writesTheSample() {
        EventEnvelope envelope = new EventEnvelope(UUID.fromString("1b9c0e56-8f0e-4d8a-9a63-0f5d4c1e2a10"),
                RecapSubmitted.EVENT_TYPE, RecapSubmitted.SCHEMA_VERSION, Instant.parse("2025-04-10T03:15:00Z"),
                "DISDAGTRANS", RECAP, 1, new Actor("tim.sakip@disdagtrans", "SAKIP_TEAM"));

        EventContracts.assertProduces("RecapSubmitted", EventJson.write(envelope, sample()));
        EventSchemas.assertSchema("RecapSubmitted", EventEnvelope.class, RecapSubmitted.class, "RecapSubmitted");
    }

    static RecapSubmitted sample() {
        List<RecapSubmitted.Node> nodes = List.of(
                new RecapSubmitted.Node("T1", NodeLevel.GOAL, "Meningkatnya kinerja perdagangan", null, null, null),
                new RecapSubmitted.Node("S1", NodeLevel.OBJECTIVE, "Meningkatnya distribusi barang", "T1", null, null),
                new RecapSubmitted.Node("3.30.02", NodeLevel.PROGRAM, "Program Peningkatan Sarana Distribusi Perdagangan",
                        "S1", new BigDecimal("1250000000"), new BigDecimal("312500000")));
        RecapSubmitted.Realisation trained = new RecapSubmitted.Realisation(1, new BigDecimal("20"), null, false, null,
                "operator.perdagangan@disdagtrans", "division_head.perdagangan@disdagtrans", "Pelatihan angkatan I",
                List.of(new RecapSubmitted.EvidenceRef(UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                        "daftar-hadir.pdf", "application/pdf",
                        "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea")));
        RecapSubmitted.Realisation graded = new RecapSubmitted.Realisation(1, null, "BB", false, null,
                "operator.perdagangan@disdagtrans", "division_head.perdagangan@disdagtrans", "Hasil evaluasi SAKIP",
                List.of());
        List<RecapSubmitted.Item> items = List.of(
                new RecapSubmitted.Item("IKP-02", "Jumlah pelaku usaha yang mengikuti pelatihan", "orang", "3.30.02",
                        "PERDAGANGAN", Polarity.POSITIVE, ValueType.NUMBER, Frequency.QUARTERLY, PeriodAggregation.SUM,
                        List.of(Target.of(1, new BigDecimal("25"), null, null, null),
                                Target.of(2, new BigDecimal("25"), null, null, null),
                                Target.of(3, new BigDecimal("25"), null, null, null),
                                Target.of(4, new BigDecimal("25"), null, null, null)),
                        List.of(trained)),
                new RecapSubmitted.Item("IKS-01", "Nilai evaluasi akuntabilitas kinerja", "predikat", "S1",
                        "SEKRETARIAT", Polarity.POSITIVE, ValueType.PREDICATE, Frequency.QUARTERLY, PeriodAggregation.LAST,
                        List.of(Target.of(1, null, null, null, "BB"), Target.of(2, null, null, null, "BB"),
                                Target.of(3, null, null, null, "A"), Target.of(4, null, null, null, "A")),
                        List.of(graded)),
                new RecapSubmitted.Item("IKP-05", "Persentase pasar dengan harga stabil", "%", "3.30.02",
                        "PERDAGANGAN", Polarity.POSITIVE, ValueType.PERCENT, Frequency.QUARTERLY, PeriodAggregation.AVERAGE,
                        List.of(Target.of(1, null, new BigDecimal("80"), new BigDecimal("90"), null),
                                Target.of(2, null, new BigDecimal("80"), new BigDecimal("90"), null),
                                Target.of(3, null, new BigDecimal("80"), new BigDecimal("90"), null),
                                Target.of(4, null, new BigDecimal("80"), new BigDecimal("90"), null)),
                        List.of(new RecapSubmitted.Realisation(1, new BigDecimal("85.50"), null, false, null,
                                "operator.perdagangan@disdagtrans", "division_head.perdagangan@disdagtrans", null,
                                List.of()))),
                new RecapSubmitted.Item("IKP-07", "Indeks kepuasan pelaku usaha terhadap layanan perdagangan", "indeks",
                        "3.30.02", "PERDAGANGAN", Polarity.POSITIVE, ValueType.NUMBER, Frequency.QUARTERLY,
                        PeriodAggregation.LAST,
                        List.of(Target.of(1, new BigDecimal("80"), null, null, null),
                                Target.of(2, new BigDecimal("80"), null, null, null),
                                Target.of(3, new BigDecimal("82"), null, null, null),
                                Target.of(4, new BigDecimal("82"), null, null, null)),
                        List.of(new RecapSubmitted.Realisation(1, null, null, true,
                                "Survei kepuasan triwulan I ditunda karena anggaran survei belum cair",
                                "operator.perdagangan@disdagtrans", "division_head.perdagangan@disdagtrans", null,
                                List.of()))));
        return new RecapSubmitted("Dinas Perdagangan dan Transmigrasi", ROUND, 2025, 1,
                new PlanVersionRef(UUID.fromString("5e0b7a42-6c1d-4f3e-9b8a-2d4c6e8f0a1b"), PlanVersionKind.PK, 1),
                nodes, items);
    }
}
