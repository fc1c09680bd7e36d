package id.go.kinerja.approval.disposition;

import id.go.kinerja.approval.recap.DocumentJson;
import id.go.kinerja.approval.review.Decision;
import id.go.kinerja.approval.review.ReturnTo;
import id.go.kinerja.approval.review.ReviewOutcome;
import id.go.kinerja.approval.review.ReviewView;
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
 * Producer side of {@code RecapDisposed}: measurement's RecapMeasured sample, kept as approval keeps a measured
 * document ({@link DocumentJson#documentOf}) and disposed with {@link RecapDisposed#of}, is written by the outbox's
 * serializer as the committed docs/events/samples/RecapDisposed.json, which the archive's, collection's and
 * measurement's contract tests read. A field measurement renames thus reaches the archive's test too.
 */
class RecapDisposedContractTest {

    static final UUID ROUND = UUID.fromString("0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b");

    @Test
    void disposingTheMeasuredSampleWritesTheSample() {
        List<ReviewView> reviews = List.of(
                new ReviewView(1, 1, ReviewOutcome.RETURNED, "sekretaris@disdagtrans",
                        Instant.parse("2025-04-14T02:30:00Z"), "Satu indikator perlu diperbaiki", List.of(
                        new ReviewView.Item("IKP-02", Decision.ACCEPTED, null, null),
                        new ReviewView.Item("IKP-05", Decision.ACCEPTED, null, null),
                        new ReviewView.Item("IKS-01", Decision.RETURNED, "Gunakan rumus rasio untuk indikator ini",
                                ReturnTo.MEASUREMENT))),
                new ReviewView(1, 2, ReviewOutcome.APPROVED, "sekretaris@disdagtrans",
                        Instant.parse("2025-04-17T04:00:00Z"), null, List.of(
                        new ReviewView.Item("IKP-02", Decision.ACCEPTED, null, null),
                        new ReviewView.Item("IKP-05", Decision.ACCEPTED, null, null),
                        new ReviewView.Item("IKS-01", Decision.ACCEPTED, null, null))));
        RecapDisposed disposed = RecapDisposed.of(DocumentJson.documentOf(EventContracts.sample("RecapMeasured")),
                "Dinas Perdagangan dan Transmigrasi", ROUND, 2025, 1, 2, reviews,
                new RecapDisposed.Disposition("Lanjutkan; tingkatkan pelatihan pelaku usaha", "kepala@disdagtrans",
                        Instant.parse("2025-04-18T03:00:00Z")));
        EventEnvelope envelope = new EventEnvelope(UUID.fromString("6f708192-a3b4-45c6-87d8-e9f0a1b2c3d4"),
                RecapDisposed.EVENT_TYPE, 1, Instant.parse("2025-04-18T03:00:00Z"), "DISDAGTRANS",
                UUID.fromString("7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90"), 1, new Actor("kepala@disdagtrans", "HEAD"));

        EventContracts.assertProduces("RecapDisposed", EventJson.write(envelope, disposed));
        EventSchemas.assertSchema(RecapDisposed.EVENT_TYPE, EventEnvelope.class, RecapDisposed.class, "RecapDisposed");
    }
}
