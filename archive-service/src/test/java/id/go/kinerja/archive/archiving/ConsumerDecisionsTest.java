package id.go.kinerja.archive.archiving;

import static id.go.kinerja.archive.Disposals.newRecap;
import static id.go.kinerja.archive.Disposals.token;
import static id.go.kinerja.archive.Disposals.uniqueAgency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.archive.Disposals.Disposal;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the archive decides about a RecapDisposed, checked without the broker: the consumer reads the in-memory
 * connector, and each test hands it one record and waits for its answer. Archived, or left alone by the rules
 * (acknowledged, the reason counted), or refused (negatively acknowledged with {@link MalformedEventException}, which
 * the Kafka connector dead-letters: ArchivingTest checks that part on the real broker).
 */
@QuarkusTest
@TestProfile(ConsumerDecisionsTest.InMemoryChannel.class)
class ConsumerDecisionsTest {

    /** The service as configured, its consumer reading an in-memory channel instead of the Kafka topic. */
    public static class InMemoryChannel implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return InMemoryDelivery.channels(RecapDisposedConsumer.CHANNEL);
        }
    }

    @Inject
    MeterRegistry meters;

    @Test
    void aDisposedRecapIsArchivedOnceHoweverOftenItIsDelivered() {
        Disposal disposal = newRecap(uniqueAgency("memory"));

        archived(disposal);
        ignored(disposal, IgnoredEvents.Reason.REDELIVERED);
        ignored(disposal.again(), IgnoredEvents.Reason.SUPERSEDED);

        records(disposal).body("total", equalTo(1)).body("items[0].revision", equalTo(2));
    }

    @Test
    void anOlderRevisionIsIgnoredAndANewerOneSupersedesTheArchivedOne() {
        Disposal disposal = newRecap(uniqueAgency("memory"));
        archived(disposal);

        ignored(disposal.revision(1), IgnoredEvents.Reason.STALE_REVISION);
        archived(disposal.revision(3));

        records(disposal).body("total", equalTo(2)).body("items.revision", equalTo(List.of(3, 2)));
    }

    @Test
    void aDisposalThatCanNeverBeArchivedIsRefused() {
        Disposal disposal = newRecap(uniqueAgency("memory"));
        String json = disposal.json();
        for (String poison : List.of(
                "not json at all",
                json.replace("\"disposition\":", "\"draftDisposition\":"),
                json.replace("\"reviews\":", "\"reviewHistory\":"),
                json.replace("\"quarter\": 1,\n", "\"quarter\": 5,\n"),
                json.replace("\"eventType\": \"RecapDisposed\"", "\"eventType\": \"RecapApproved\""))) {
            refused(disposal, poison);
        }
        archived(disposal);
        // the same recap, but another agency's: its chain is not this agency's
        Disposal elsewhere = disposal.revision(3);
        refused(elsewhere, elsewhere.json().replace("\"agencyCode\": \"" + disposal.agency() + "\"",
                "\"agencyCode\": \"" + uniqueAgency("other") + "\""));

        records(disposal).body("total", equalTo(1)).body("items[0].revision", equalTo(2));
    }

    private void archived(Disposal disposal) {
        Optional<Throwable> refusal = deliver(disposal, disposal.json());
        assertTrue(refusal.isEmpty(), () -> "the archive refused it: " + refusal.get());
    }

    private void ignored(Disposal disposal, IgnoredEvents.Reason reason) {
        double before = ignoredSoFar(reason);
        archived(disposal);
        assertEquals(before + 1, ignoredSoFar(reason), () -> "not ignored as " + reason);
    }

    private void refused(Disposal disposal, String json) {
        Optional<Throwable> refusal = deliver(disposal, json);
        assertTrue(refusal.isPresent(), () -> "the archive took " + json);
        assertNotNull(InMemoryDelivery.causeOf(refusal.get(), MalformedEventException.class),
                () -> "refused for another reason: " + refusal.get());
    }

    private Optional<Throwable> deliver(Disposal disposal, String json) {
        return InMemoryDelivery.answer(RecapDisposedConsumer.CHANNEL, RecapDisposedConsumer.TOPIC,
                disposal.recapId().toString(), json);
    }

    private double ignoredSoFar(IgnoredEvents.Reason reason) {
        return meters.find(IgnoredEvents.METRIC).tag("event_type", RecapDisposed.EVENT_TYPE)
                .tag("reason", reason.name()).counters().stream().mapToDouble(Counter::count).sum();
    }

    private static ValidatableResponse records(Disposal disposal) {
        return given().auth().oauth2(token(Roles.AUDITOR, disposal.agency()))
                .queryParam("recapId", disposal.recapId())
                .get("/api/archive/records")
                .then().statusCode(200);
    }
}
