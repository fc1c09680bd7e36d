package id.go.kinerja.approval.recap;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.approval.ApprovalTestSupport;
import id.go.kinerja.approval.RecapMeasuredSample;
import id.go.kinerja.infrastructure.InMemoryDelivery;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import id.go.kinerja.platform.security.Roles;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What approval decides about RecapMeasured and RecapArchived, checked without the broker: both consumers read the
 * in-memory connector, and each test hands a consumer one record at a time and waits for its answer. Applied, or left
 * alone by the rules (acknowledged, the reason counted), or refused (negatively acknowledged with
 * {@link MalformedEventException}, which the Kafka connector dead-letters: MeasuredRecapIntakeTest and the operations
 * tests check that part on the real broker).
 */
@QuarkusTest
@TestProfile(ConsumerDecisionsTest.InMemoryChannels.class)
class ConsumerDecisionsTest extends ApprovalTestSupport {

    /** The service as configured, its consumers reading in-memory channels instead of Kafka topics. */
    public static class InMemoryChannels implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return InMemoryDelivery.channels(RecapMeasuredConsumer.CHANNEL, RecapArchivedConsumer.CHANNEL);
        }
    }

    @Inject
    MeterRegistry meters;

    @Test
    void aMeasuredRecapReachesTheSecretaryOnceHoweverOftenItIsDelivered() {
        String measured = measured(RecapMeasuredSample.REVISION_1, 1, 1);

        applied(RecapMeasuredConsumer.CHANNEL, measured);
        ignored(RecapMeasuredConsumer.CHANNEL, measured, IgnoredEvents.Reason.REDELIVERED);

        recap().body("status", equalTo("AWAITING_REVIEW")).body("document.revision", equalTo(1));
    }

    @Test
    void anOlderMeasurementIsStaleAndAnythingAfterApprovalIsSuperseded() {
        applied(RecapMeasuredConsumer.CHANNEL, measured(RecapMeasuredSample.REVISION_1, 1, 2));
        ignored(RecapMeasuredConsumer.CHANNEL, measured(RecapMeasuredSample.REVISION_1, 1, 1),
                IgnoredEvents.Reason.STALE_REVISION);
        recap().body("document.measuredRevision", equalTo(2));

        accept(1, ITEMS);
        approve(1, "Setuju").then().statusCode(200);
        ignored(RecapMeasuredConsumer.CHANNEL, measured(RecapMeasuredSample.REVISION_2, 2, 1),
                IgnoredEvents.Reason.SUPERSEDED);

        recap().body("status", equalTo("APPROVED")).body("document.revision", equalTo(1));
    }

    @Test
    void aMeasuredRecapTheSecretaryCouldNotReviewIsRefused() {
        refused(RecapMeasuredConsumer.CHANNEL, "not an event");
        refused(RecapMeasuredConsumer.CHANNEL, sample(RecapMeasuredSample.REVISION_1, 1, 1).without("items").json());
        refused(RecapMeasuredConsumer.CHANNEL, sample(RecapMeasuredSample.REVISION_1, 1, 1).without("roundId").json());
        refused(RecapMeasuredConsumer.CHANNEL,
                sample(RecapMeasuredSample.REVISION_1, 1, 1).set("eventType", "RecapSubmitted").json());

        applied(RecapMeasuredConsumer.CHANNEL, measured(RecapMeasuredSample.REVISION_1, 1, 1));
        // the same recap claimed by another agency
        refused(RecapMeasuredConsumer.CHANNEL,
                sample(RecapMeasuredSample.REVISION_2, 2, 1).agency(OTHER_AGENCY).json());

        recap().body("document.revision", equalTo(1));
    }

    @Test
    void theArchiveReceiptOfADisposedRecapIsTakenOnce() {
        String receipt = archived(1);
        refused(RecapArchivedConsumer.CHANNEL, receipt);

        applied(RecapMeasuredConsumer.CHANNEL, measured(RecapMeasuredSample.REVISION_1, 1, 1));
        refused(RecapArchivedConsumer.CHANNEL, archived(1));
        accept(1, ITEMS);
        approve(1, "Setuju").then().statusCode(200);
        dispose("Arsipkan").then().statusCode(200);
        refused(RecapArchivedConsumer.CHANNEL, archived(2));

        applied(RecapArchivedConsumer.CHANNEL, receipt);
        ignored(RecapArchivedConsumer.CHANNEL, receipt, IgnoredEvents.Reason.REDELIVERED);
        ignored(RecapArchivedConsumer.CHANNEL, archived(1), IgnoredEvents.Reason.SUPERSEDED);

        as(Roles.AUDITOR).get("/api/approval/recaps/{id}", recapId).then().statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("archive.archiveId", equalTo(RecapMeasuredSample.of(RecapMeasuredSample.ARCHIVED).tree()
                        .get("archiveId").asText()));
    }

    private RecapMeasuredSample sample(String sample, int revision, int measuredRevision) {
        return RecapMeasuredSample.of(sample).recap(recapId, roundId).revision(revision, measuredRevision);
    }

    private String measured(String sample, int revision, int measuredRevision) {
        return sample(sample, revision, measuredRevision).json();
    }

    /** The archive's receipt of this recap's revision, a new event each time. */
    private String archived(int revision) {
        return sample(RecapMeasuredSample.ARCHIVED, revision, 1).json();
    }

    private void applied(String channel, String json) {
        Optional<Throwable> refusal = deliver(channel, json);
        assertTrue(refusal.isEmpty(), () -> channel + " refused it: " + refusal.get());
    }

    private void ignored(String channel, String json, IgnoredEvents.Reason reason) {
        String type = parse(json).get("eventType").asText();
        double before = ignoredSoFar(type, reason);
        applied(channel, json);
        assertEquals(before + 1, ignoredSoFar(type, reason), () -> type + " not ignored as " + reason);
    }

    private void refused(String channel, String json) {
        Optional<Throwable> refusal = deliver(channel, json);
        assertTrue(refusal.isPresent(), () -> channel + " took " + json);
        assertNotNull(InMemoryDelivery.causeOf(refusal.get(), MalformedEventException.class),
                () -> channel + " refused it for another reason: " + refusal.get());
    }

    private Optional<Throwable> deliver(String channel, String json) {
        String topic = channel.equals(RecapArchivedConsumer.CHANNEL) ? RecapArchived.TOPIC : RecapMeasured.TOPIC;
        return InMemoryDelivery.answer(channel, topic, recapId.toString(), json);
    }

    private double ignoredSoFar(String eventType, IgnoredEvents.Reason reason) {
        return meters.find(IgnoredEvents.METRIC).tag("event_type", eventType).tag("reason", reason.name())
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    private ValidatableResponse recap() {
        return secretary().get("/api/approval/recaps/{id}", recapId).then().statusCode(200);
    }
}
