package id.go.kinerja.measurement.recap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.infrastructure.InMemoryDelivery;
import id.go.kinerja.measurement.methodology.PlanPublishedConsumer;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.measurement.support.MeasurementSop;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import id.go.kinerja.platform.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What each consumer of measurement decides about an event, checked without the broker: the five channels read from
 * the in-memory connector ({@link InMemoryChannels}), and each test hands a consumer one record at a time and waits
 * for its answer. An event applied or left alone is acknowledged (why it was left alone is counted); poison is
 * refused (negatively acknowledged with {@link MalformedEventException}), which the Kafka connector turns into a
 * dead letter: ConsumerGuaranteesTest and the other tests on the real broker check that part and the topics.
 */
@QuarkusTest
@TestProfile(ConsumerDecisionsTest.InMemoryChannels.class)
public class ConsumerDecisionsTest {

    /** The service as configured, with its consumers reading in-memory channels instead of Kafka topics. */
    public static class InMemoryChannels implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return InMemoryDelivery.channels(RecapSubmittedConsumer.CHANNEL, RecapReturnedConsumer.CHANNEL,
                    RecapApprovedConsumer.CHANNEL, RecapDisposedConsumer.CHANNEL, RecapArchivedConsumer.CHANNEL,
                    PlanPublishedConsumer.CHANNEL);
        }
    }

    @Inject
    MeterRegistry meters;

    private final String agency = Events.newAgency();
    private final UUID recapId = UUID.randomUUID();

    @Test
    void aSubmittedRevisionIsMeasuredOnceHowEverOftenItIsDelivered() {
        MeasurementSop.ready(agency, 2025, 1);
        ObjectNode submitted = Events.recapSubmitted(recapId, agency, 1);

        applied(RecapSubmittedConsumer.CHANNEL, submitted);
        ignored(RecapSubmittedConsumer.CHANNEL, submitted, IgnoredEvents.Reason.REDELIVERED);

        recap().body("recapState", equalTo("MEASURED"))
                .body("history.revision", contains(1))
                .body("history.measuredRevision", contains(1));
    }

    @Test
    void aRevisionSubmittedBeforeB1ToB4IsHeldUntilTheyAreDone() {
        applied(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 1));
        recapOfList().body("state", equalTo("AWAITING_SOP"));

        MeasurementSop.ready(agency, 2025, 1);

        recap().body("recapState", equalTo("MEASURED")).body("history.measuredRevision", contains(1));
    }

    @Test
    void aRevisionNotNewerThanTheLatestIsIgnoredAsStale() {
        MeasurementSop.ready(agency, 2025, 1);
        applied(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 2));

        ignored(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 2),
                IgnoredEvents.Reason.STALE_REVISION);
        ignored(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 1),
                IgnoredEvents.Reason.STALE_REVISION);

        recap().body("history.revision", contains(2));
    }

    @Test
    void anApprovedRevisionIsFrozenAndANewerOneIsIgnoredAsSuperseded() {
        MeasurementSop.ready(agency, 2025, 1);
        applied(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 1));
        applied(RecapApprovedConsumer.CHANNEL, Events.recapApproved(recapId, agency, 1));

        ignored(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 2),
                IgnoredEvents.Reason.SUPERSEDED);
        ignored(RecapReturnedConsumer.CHANNEL, Events.recapReturned(recapId, agency, 1, "IKP-02:MEASUREMENT"),
                IgnoredEvents.Reason.SUPERSEDED);

        recap().body("recapState", equalTo("APPROVED"))
                .body("frozen", equalTo(true))
                .body("history.revision", contains(1));
    }

    @Test
    void theSecretaryDecidesOnlyOnTheMeasuredLatestRevision() {
        MeasurementSop.ready(agency, 2025, 1);
        applied(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 1));
        applied(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 2));

        ignored(RecapReturnedConsumer.CHANNEL, Events.recapReturned(recapId, agency, 1, "IKP-02:MEASUREMENT"),
                IgnoredEvents.Reason.STALE_REVISION);
        ignored(RecapApprovedConsumer.CHANNEL, Events.recapApproved(recapId, agency, 1),
                IgnoredEvents.Reason.STALE_REVISION);
        applied(RecapReturnedConsumer.CHANNEL, Events.recapReturned(recapId, agency, 2, "IKP-02:MEASUREMENT"));
        ignored(RecapApprovedConsumer.CHANNEL, Events.recapApproved(recapId, agency, 2),
                IgnoredEvents.Reason.SUPERSEDED);

        recap().body("recapState", equalTo("RETURNED"));
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}/reopened", recapId)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("items.indicatorCode", contains("IKP-02"));
    }

    @Test
    void theDispositionAndTheSealOfAnOlderRevisionAreIgnoredAsStale() {
        MeasurementSop.ready(agency, 2025, 1);
        applied(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 1));
        applied(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 2));
        applied(RecapApprovedConsumer.CHANNEL, Events.recapApproved(recapId, agency, 2));

        ignored(RecapDisposedConsumer.CHANNEL, Events.recapDisposed(recapId, agency, 1),
                IgnoredEvents.Reason.STALE_REVISION);
        ignored(RecapArchivedConsumer.CHANNEL, Events.recapArchived(recapId, agency, 1),
                IgnoredEvents.Reason.STALE_REVISION);
        applied(RecapDisposedConsumer.CHANNEL, Events.recapDisposed(recapId, agency, 2));
        applied(RecapArchivedConsumer.CHANNEL, Events.recapArchived(recapId, agency, 2));

        Api.as(Roles.AUDITOR, agency)
                .when().get("/api/measurement/rounds/2025/1/timeline")
                .then().statusCode(200)
                .body("steps.find { it.step == 'B9' }.output.disposition", equalTo("Lanjutkan ke pelaporan"))
                .body("steps.find { it.step == 'B10' }.output.contentHash", equalTo("ab".repeat(32)));
    }

    @Test
    void anEventThatCanNeverBeAppliedIsRefused() {
        MeasurementSop.ready(agency, 2025, 1);
        ObjectNode quarterNine = Events.recapSubmitted(recapId, agency, 1);
        quarterNine.put("quarter", 9);
        refused(RecapSubmittedConsumer.CHANNEL, quarterNine);
        refused(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 1).put("eventType", "RecapApproved"));
        refused(RecapApprovedConsumer.CHANNEL, Events.recapApproved(recapId, agency, 1));
        refused(RecapDisposedConsumer.CHANNEL, Events.recapDisposed(recapId, agency, 1));

        applied(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, agency, 1));
        refused(RecapSubmittedConsumer.CHANNEL, Events.recapSubmitted(recapId, Events.newAgency(), 2));
        refused(RecapReturnedConsumer.CHANNEL, Events.recapReturned(recapId, agency, 1, "IKP-02:ELSEWHERE"));
        refused(RecapApprovedConsumer.CHANNEL, Events.recapApproved(recapId, agency, 2));
        refused(RecapArchivedConsumer.CHANNEL, Events.recapArchived(recapId, Events.newAgency(), 1));

        recap().body("recapState", equalTo("MEASURED")).body("history.revision", contains(1));
    }

    private void applied(String channel, JsonNode event) {
        assertNull(deliver(channel, event), () -> channel + " refused " + event);
    }

    private void ignored(String channel, JsonNode event, IgnoredEvents.Reason reason) {
        String type = event.get("eventType").asText();
        long before = ignoredSoFar(type, reason);
        assertNull(deliver(channel, event), () -> channel + " refused " + event);
        assertEquals(before + 1, ignoredSoFar(type, reason), () -> type + " was not ignored as " + reason);
    }

    private void refused(String channel, JsonNode event) {
        assertNotNull(InMemoryDelivery.causeOf(deliver(channel, event), MalformedEventException.class),
                () -> channel + " did not refuse " + event);
    }

    /** Hands the event to the channel's consumer as its topic would, and waits: null when acknowledged. */
    private Throwable deliver(String channel, JsonNode event) {
        return InMemoryDelivery.answer(channel, channel, event.get("recapId").asText(), event.toString()).orElse(null);
    }

    /** Counters count whole events; read as a whole number so a difference of one is exact. */
    private long ignoredSoFar(String eventType, IgnoredEvents.Reason reason) {
        return meters.find(IgnoredEvents.METRIC).tag("event_type", eventType).tag("reason", reason.name())
                .counters().stream().mapToLong(counter -> Math.round(counter.count())).sum();
    }

    private ValidatableResponse recap() {
        return Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(200);
    }

    private ValidatableResponse recapOfList() {
        return Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps")
                .then().statusCode(200)
                .rootPath("items.find { it.recapId == '" + recapId + "' }");
    }
}
