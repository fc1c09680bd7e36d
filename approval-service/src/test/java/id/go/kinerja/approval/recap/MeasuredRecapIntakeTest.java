package id.go.kinerja.approval.recap;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.approval.ApprovalTestSupport;
import id.go.kinerja.approval.RecapMeasuredSample;
import id.go.kinerja.infrastructure.ConsumerPoison;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measured recaps arriving from measurement-service over the real broker: each applied once, newer ones
 * replacing what awaits review, stale ones ignored, poison messages set aside without stopping the stream.
 */
@QuarkusTest
class MeasuredRecapIntakeTest extends ApprovalTestSupport {

    @Test
    void redeliveredRecapMeasuredChangesNothing() {
        String event = receive(RecapMeasuredSample.REVISION_1, 1, 1);
        awaitCurrent(1, 1);
        decide("IKS-01", 1, "ACCEPTED", null, null).then().statusCode(200);
        String before = secretary().get("/api/approval/recaps/{id}", recapId).then().extract().path("document.receivedAt");

        send(event);
        awaitConsumed();

        secretary().get("/api/approval/recaps/{id}", recapId).then().statusCode(200)
                .body("document.receivedAt", equalTo(before))
                .body("document.acceptedCount", equalTo(1))
                .body("document.items[0].decision.decision", equalTo("ACCEPTED"));
        secretary().get("/api/approval/recaps/{id}/revisions/1", recapId).then().body("measuredRevisions", contains(1));
    }

    @Test
    void aStaleRevisionIsIgnored() {
        receiveAndAwait(RecapMeasuredSample.REVISION_2, 2, 1);

        // revision 1 arrives late (even as a later measurement of it): revision 2 is already here
        receive(RecapMeasuredSample.REVISION_1, 1, 3);
        awaitConsumed();

        secretary().get("/api/approval/recaps/{id}", recapId).then().statusCode(200)
                .body("document.revision", equalTo(2)).body("document.measuredRevision", equalTo(1));
        secretary().get("/api/approval/recaps/{id}/revisions/1", recapId).then().statusCode(404);
    }

    @Test
    void everyConsumerDeadLettersThePoisonSetAndIgnoresAStaleRevision() {
        receiveAndAwait(RecapMeasuredSample.REVISION_2, 2, 1);

        ConsumerPoison.of(RecapMeasured.TOPIC).isDeadLetteredOrIgnoredByTheRules(
                sample(RecapMeasuredSample.REVISION_2, 2, 1), sample(RecapMeasuredSample.REVISION_1, 1, 1));
        ConsumerPoison.of(RecapArchived.TOPIC).isDeadLetteredOrIgnoredByTheRules(
                sample(RecapMeasuredSample.ARCHIVED, 2, 1), sample(RecapMeasuredSample.ARCHIVED, 1, 1));

        secretary().get("/api/approval/recaps/{id}", recapId).then().statusCode(200)
                .body("status", equalTo("AWAITING_REVIEW"))
                .body("document.revision", equalTo(2)).body("document.measuredRevision", equalTo(1));
    }

    private ObjectNode sample(String resource, int revision, int measuredRevision) {
        return RecapMeasuredSample.of(resource).recap(recapId, roundId).revision(revision, measuredRevision).tree();
    }

    @Test
    void aNewerRevisionSupersedesTheOneAwaitingReview() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        decide("IKP-02", 1, "RETURNED", "Bukti belum lengkap", "COLLECTION").then().statusCode(200);

        receiveAndAwait(RecapMeasuredSample.REVISION_2, 2, 1);

        List<Integer> revisions = secretary().queryParam("size", 200).get("/api/approval/inbox").then().statusCode(200)
                .extract().path("items.findAll { it.recapId == '" + recapId + "' }.revision");
        assertEquals(List.of(2), revisions);
        secretary().get("/api/approval/recaps/{id}", recapId).then()
                .body("document.undecidedCount", equalTo(6)).body("reviews", hasSize(0));
        secretary().get("/api/approval/recaps/{id}/revisions/1", recapId).then().statusCode(200)
                .body("outcome", equalTo("SUPERSEDED")).body("review", nullValue())
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.decision.reason", equalTo("Bukti belum lengkap"));
        decide("IKP-02", 1, "ACCEPTED", null, null).then().statusCode(409);
    }

    @Test
    void aNewerMeasurementOfTheSameRevisionReplacesWhatAwaitsReview() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        decide("IKS-03", 1, "ACCEPTED", null, null).then().statusCode(200);

        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 2);

        secretary().get("/api/approval/recaps/{id}", recapId).then()
                .body("status", equalTo("AWAITING_REVIEW"))
                .body("document.undecidedCount", equalTo(6));
        secretary().get("/api/approval/recaps/{id}/revisions/1", recapId).then()
                .body("measuredRevisions", contains(1, 2)).body("document.measuredRevision", equalTo(2))
                .body("outcome", equalTo("UNDER_REVIEW"));
        secretary().queryParam("measuredRevision", 1).get("/api/approval/recaps/{id}/revisions/1", recapId).then()
                .body("outcome", equalTo("SUPERSEDED"))
                .body("document.acceptedCount", equalTo(1));
        // a decision naming the superseded measurement is stale
        secretary().body(Map.of("revision", 1, "measuredRevision", 1, "decision", "ACCEPTED"))
                .put("/api/approval/recaps/{id}/items/IKS-01/decision", recapId).then().statusCode(409)
                .body("context.currentMeasuredRevision", equalTo(2));
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterTopicAndTheNextOneIsProcessed() {
        String notJson = "{\"eventType\": \"RecapMeasured\", \"recapId\": \"" + recapId + "\", items: [";
        String noItems = RecapMeasuredSample.of(RecapMeasuredSample.REVISION_1).recap(recapId, roundId).without("items").json();
        String twice = RecapMeasuredSample.of(RecapMeasuredSample.REVISION_1).recap(recapId, roundId)
                .set("items", List.of(Map.of("indicatorCode", "IKS-01"), Map.of("indicatorCode", "IKS-01")))
                .json();
        send(notJson);
        send(noItems);
        send(twice);
        receive(RecapMeasuredSample.REVISION_1, 1, 1);

        List<String> dead = topics().await(RecapMeasured.TOPIC + ".dlq", value -> value.contains(recapId.toString()), 3,
                EVENT_TIMEOUT);
        assertThat(dead, contains(notJson, noItems, twice));
        awaitCurrent(1, 1);
        secretary().get("/api/approval/inbox?size=200").then().body("items.recapId", hasItem(recapId.toString()));
    }

    @Test
    void anApprovedRecapTakesNoNewMeasurement() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        accept(1, ITEMS);
        approve(1, "Setuju").then().statusCode(200);

        receive(RecapMeasuredSample.REVISION_2, 2, 1);
        awaitConsumed();

        secretary().get("/api/approval/recaps/{id}", recapId).then()
                .body("status", equalTo("APPROVED")).body("approvedRevision", equalTo(1))
                .body("document.revision", equalTo(1))
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.data.realisations[0].value", equalTo(20));
        secretary().get("/api/approval/recaps/{id}/revisions/2", recapId).then().statusCode(404);
    }
}
