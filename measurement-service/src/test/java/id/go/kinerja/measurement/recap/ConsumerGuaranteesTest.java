package id.go.kinerja.measurement.recap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.infrastructure.ConsumerPoison;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.measurement.support.LargeRecaps;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The three promises every consumer keeps (docs/events.md): a redelivered event changes nothing, a stale
 * revision is ignored, and a message that cannot be read goes to the dead-letter topic while the
 * stream goes on; and every consumer of the service treats the platform's poison set alike.
 */
@QuarkusTest
class ConsumerGuaranteesTest {

    @Test
    void theSameEventDeliveredTwiceGivesOneMeasurementAndOneRecapMeasured() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        ObjectNode submitted = Events.recapSubmitted(recapId, agency, 1);

        Events.submit(submitted);
        Events.submit(submitted);
        // same key, same partition: once revision 2 is measured, both deliveries of revision 1 were consumed
        Events.submit(Events.recapSubmitted(recapId, agency, 2));
        Events.awaitMeasured(recapId, 2, 1);

        List<JsonNode> measured = Events.allMeasured(recapId, Duration.ofSeconds(2));
        assertEquals(1, measured.stream().filter(event -> event.get("revision").asInt() == 1).count());
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(200)
                .body("history.revision", contains(1, 2))
                .body("history.measuredRevision", contains(1, 1));
    }

    @Test
    void anOlderRevisionArrivingLateChangesNothing() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        ObjectNode revision2 = Events.recapSubmitted(recapId, agency, 2);
        ((ObjectNode) Events.item(revision2, "IKP-02").get("realisations").get(0)).put("value", 25);

        Events.submit(revision2);
        Events.awaitMeasured(recapId, 2, 1);
        Events.submit(Events.recapSubmitted(recapId, agency, 1));
        Events.submit(Events.recapSubmitted(recapId, agency, 3));
        Events.awaitMeasured(recapId, 3, 1);

        List<JsonNode> measured = Events.allMeasured(recapId, Duration.ofSeconds(2));
        assertFalse(measured.stream().anyMatch(event -> event.get("revision").asInt() == 1),
                "revision 1 came after revision 2 and must not be measured");
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}/revisions/2", recapId)
                .then().statusCode(200)
                .body("items.find { it.indicatorCode == 'IKP-02' }.result.achievement", equalTo(100))
                .body("history.revision", contains(2, 3));
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}/revisions/1", recapId)
                .then().statusCode(404);
    }

    @Test
    void everyConsumerDeadLettersThePoisonSetAndIgnoresAStaleRevision() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(recapId, agency, 1));
        Events.submit(Events.recapSubmitted(recapId, agency, 2));
        Events.awaitMeasured(recapId, 2, 1);

        ConsumerPoison.of(Events.RECAP_SUBMITTED).isDeadLetteredOrIgnoredByTheRules(
                Events.recapSubmitted(recapId, agency, 2), Events.recapSubmitted(recapId, agency, 1));
        ConsumerPoison.of(Events.RECAP_RETURNED).isDeadLetteredOrIgnoredByTheRules(
                Events.recapReturned(recapId, agency, 2, "IKP-02:COLLECTION"),
                Events.recapReturned(recapId, agency, 1, "IKP-02:COLLECTION"));
        ConsumerPoison.of(Events.RECAP_APPROVED).isDeadLetteredOrIgnoredByTheRules(
                Events.recapApproved(recapId, agency, 2), Events.recapApproved(recapId, agency, 1));
        ConsumerPoison.of(Events.RECAP_DISPOSED).isDeadLetteredOrIgnoredByTheRules(
                Events.recapDisposed(recapId, agency, 2), Events.recapDisposed(recapId, agency, 1));
        ConsumerPoison.of(Events.RECAP_ARCHIVED).isDeadLetteredOrIgnoredByTheRules(
                Events.recapArchived(recapId, agency, 2), Events.recapArchived(recapId, agency, 1));
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(200)
                .body("recapState", equalTo("MEASURED"))
                .body("history.revision", contains(1, 2));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextRecapIsStillMeasured() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        String poison = "{\"this is not\": \"an event\" " + recapId;
        ObjectNode unusable = Events.recapSubmitted(UUID.randomUUID(), agency, 1);
        unusable.put("recapId", recapId.toString());
        unusable.put("quarter", 9);

        Events.topics().send(Events.RECAP_SUBMITTED, recapId.toString(), poison, "RecapSubmitted");
        Events.send(Events.RECAP_SUBMITTED, unusable);
        Events.submit(Events.recapSubmitted(recapId, agency, 1));

        Events.awaitMeasured(recapId, 1, 1);
        List<String> deadLetters = Events.topics().await(Events.RECAP_SUBMITTED_DLQ,
                value -> value.contains(recapId.toString()), 2, Duration.ofSeconds(20));
        assertEquals(2, deadLetters.size(), "the unreadable message and the one with quarter 9");
        Api.as(Roles.SECRETARY, agency)
                .when().get("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(200)
                .body("recapState", equalTo("MEASURED"))
                .body("history.measuredRevision", contains(1));
    }

    @Test
    void aPoisonMessageOfTwoThousandIndicatorsStillFitsTheDeadLetterTopic() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        ObjectNode unusable = LargeRecaps.yearEnd(recapId, agency, 2_000);
        unusable.putNull("year");

        Events.send(Events.RECAP_SUBMITTED, unusable);
        Events.submit(Events.recapSubmitted(recapId, agency, 1));

        Events.awaitMeasured(recapId, 1, 1);
        assertEquals(1, Events.topics().await(Events.RECAP_SUBMITTED_DLQ,
                value -> value.contains(recapId.toString()), 1, Duration.ofSeconds(20)).size());
    }
}
