package id.go.kinerja.approval.operations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.approval.ApprovalTestSupport;
import id.go.kinerja.approval.RecapMeasuredSample;
import id.go.kinerja.approval.recap.RecapArchived;
import id.go.kinerja.approval.recap.RecapMeasured;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: what a consumer dead-lettered can be read and replayed by the ADMIN once its cause is fixed, and replaying
 * twice changes nothing. The archive's confirmation of a recap that approval has not disposed yet is dead-lettered;
 * once the recap is disposed, its replay archives it, exactly once.
 */
@QuarkusTest
class DeadLetterReplayTest extends ApprovalTestSupport {

    /** An agency of its own, so that "replay all" here meets no other test's dead letters. */
    private static final String BAPPEDA = "BAPPEDA";
    private static final String DEAD_LETTERS = "/api/approval/operations/dead-letters";
    private static final String ARCHIVED_DLQ = RecapArchived.TOPIC + ".dlq";
    /** Each look reads the whole dead-letter topic; on a busy machine a round trip through a consumer takes a while. */
    private static final Duration DEAD_LETTER_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void aConfirmationThatCameTooEarlyIsReplayedAfterTheFixAndAppliedOnceHoweverOftenItIsReplayed() {
        String archived = RecapMeasuredSample.of(RecapMeasuredSample.ARCHIVED).recap(recapId, roundId).revision(1, 1)
                .agency(BAPPEDA).json();
        String eventId = parse(archived).path("eventId").asText();
        topics().send(RecapArchived.TOPIC, recapId.toString(), archived, "RecapArchived");

        // the ADMIN finds it, with the connector's error
        Map<String, Object> first = awaitDeadLetters(eventId, 1).get(0);
        assertEquals(recapId.toString(), first.get("key"));
        assertEquals("RecapArchived", first.get("eventType"));
        assertEquals(BAPPEDA, first.get("agencyCode"));
        assertEquals(RecapArchived.TOPIC, first.get("sourceTopic"));
        assertThat((String) first.get("reason"), containsString("which approval never disposed"));
        assertEquals("id.go.kinerja.platform.events.MalformedEventException", first.get("exceptionClass"));
        assertThat((String) first.get("valueStart"), startsWith("{\"eventId\":\"" + eventId + "\""));
        assertEquals(archived.length(), first.get("valueBytes"));
        assertThat(first.get("replay"), nullValue());
        String original = first.get("partition") + "/" + first.get("offset");
        admin().get(DEAD_LETTERS + "/{topic}/" + original, ARCHIVED_DLQ).then().statusCode(200)
                .body("eventId", equalTo(eventId));

        // another agency's ADMIN neither sees nor replays it
        List<String> othersSee = as(Roles.ADMIN, OTHER_AGENCY).queryParam("size", 200)
                .get(DEAD_LETTERS + "/{topic}", ARCHIVED_DLQ).then().statusCode(200).extract().path("items.eventId");
        assertThat(othersSee, not(hasItem(eventId)));
        as(Roles.ADMIN, OTHER_AGENCY).post(DEAD_LETTERS + "/{topic}/" + original + "/replay", ARCHIVED_DLQ).then()
                .statusCode(404).contentType("application/problem+json");

        // replayed before the cause is fixed, it fails again and comes back, saying where from
        admin().post(DEAD_LETTERS + "/{topic}/" + original + "/replay", ARCHIVED_DLQ).then().statusCode(200)
                .body("status", equalTo("REPLAYED"))
                .body("eventId", equalTo(eventId))
                .body("replay.targetTopic", equalTo(RecapArchived.TOPIC))
                .body("replay.replayedBy", equalTo("admin@bappeda"));
        Map<String, Object> again = awaitDeadLetters(eventId, 2).get(1);
        assertEquals(ARCHIVED_DLQ + "/" + original, again.get("replayOf"));

        // the fix: the recap is reviewed and disposed; then all of it is replayed
        disposeBappedaRecap();
        JsonPath all = replayAll();
        assertEquals(List.of(((Number) again.get("offset")).longValue()), all.getList("replayed.offset", Long.class));
        assertEquals(1, all.getInt("alreadyReplayed"));
        await().atMost(DEAD_LETTER_TIMEOUT).until(() -> "ARCHIVED".equals(
                as(Roles.AUDITOR, BAPPEDA).get("/api/approval/recaps/{id}", recapId).path("status")));

        // replayed again, one and all: nothing is sent, nothing changes
        admin().post(DEAD_LETTERS + "/{topic}/" + original + "/replay", ARCHIVED_DLQ).then().statusCode(200)
                .body("status", equalTo("ALREADY_REPLAYED"));
        assertThat(replayAll().getList("replayed"), empty());
        assertThat(replayAll().getList("replayed"), empty());
        // the original and one replay of each dead letter; no third copy
        assertEquals(3, topics().all(RecapArchived.TOPIC, value -> value.contains(eventId), Duration.ofSeconds(2)).size());

        // a copy replayed once more, as another service sharing the dead-letter topic could: the inbox ignores it
        topics().send(RecapArchived.TOPIC, recapId.toString(), archived, "RecapArchived");
        awaitRecapArchivedConsumed();
        assertEquals(2, deadLettersOf(eventId).size());
        as(Roles.AUDITOR, BAPPEDA).queryParam("action", "RecapArchived").queryParam("target", recapId.toString())
                .get("/api/approval/audit").then().statusCode(200).body("total", equalTo(1));
        as(Roles.AUDITOR, BAPPEDA).get("/api/approval/recaps/{id}", recapId).then()
                .body("status", equalTo("ARCHIVED"))
                .body("archive.archiveId", equalTo(parse(archived).path("archiveId").asText()));
        admin().get(DEAD_LETTERS + "/{topic}/" + original, ARCHIVED_DLQ).then().statusCode(200)
                .body("replay.replayedBy", equalTo("admin@bappeda"));
    }

    @Test
    void onlyTheAdminReadsAndReplaysAndBadRequestsAreExplained() {
        given().get(DEAD_LETTERS).then().statusCode(401).contentType("application/problem+json");
        given().post(DEAD_LETTERS + "/{topic}/replay", ARCHIVED_DLQ).then().statusCode(401);
        for (String role : List.of(Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR, Roles.INTEGRATION)) {
            as(role).get(DEAD_LETTERS).then().statusCode(403).contentType("application/problem+json");
            as(role).get(DEAD_LETTERS + "/{topic}", ARCHIVED_DLQ).then().statusCode(403);
            as(role).post(DEAD_LETTERS + "/{topic}/0/0/replay", ARCHIVED_DLQ).then().statusCode(403);
            as(role).post(DEAD_LETTERS + "/{topic}/replay", ARCHIVED_DLQ).then().statusCode(403);
        }

        as(Roles.ADMIN).get(DEAD_LETTERS).then().statusCode(200)
                .body("topic", equalTo(List.of(RecapMeasured.TOPIC + ".dlq", ARCHIVED_DLQ).stream().sorted().toList()))
                .body("find { it.topic == '" + ARCHIVED_DLQ + "' }.sourceTopic", equalTo(RecapArchived.TOPIC));

        as(Roles.ADMIN).get(DEAD_LETTERS + "/{topic}", "kinerja.collection.recap-submitted.dlq").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(ARCHIVED_DLQ));
        as(Roles.ADMIN).post(DEAD_LETTERS + "/{topic}/replay", RecapArchived.TOPIC).then().statusCode(404);
        as(Roles.ADMIN).post(DEAD_LETTERS + "/{topic}/0/999999999/replay", ARCHIVED_DLQ).then().statusCode(404)
                .contentType("application/problem+json");
        as(Roles.ADMIN).get(DEAD_LETTERS + "/{topic}/99/0", ARCHIVED_DLQ).then().statusCode(404);
        as(Roles.ADMIN).post(DEAD_LETTERS + "/{topic}/zero/0/replay", ARCHIVED_DLQ).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("partition"));
        as(Roles.ADMIN).post(DEAD_LETTERS + "/{topic}/0/-1/replay", ARCHIVED_DLQ).then().statusCode(400)
                .contentType("application/problem+json");
        as(Roles.ADMIN).queryParam("size", 201).get(DEAD_LETTERS + "/{topic}", ARCHIVED_DLQ).then().statusCode(400)
                .contentType("application/problem+json");
        as(Roles.ADMIN).queryParam("page", -1).get(DEAD_LETTERS + "/{topic}", ARCHIVED_DLQ).then().statusCode(400);
    }

    private static RequestSpecification admin() {
        return as(Roles.ADMIN, BAPPEDA);
    }

    /** The dead letters of this test's event as the ADMIN lists them, oldest first, once there are {@code count}. */
    private List<Map<String, Object>> awaitDeadLetters(String eventId, int count) {
        await().atMost(DEAD_LETTER_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> deadLettersOf(eventId).size() >= count);
        return deadLettersOf(eventId);
    }

    private List<Map<String, Object>> deadLettersOf(String eventId) {
        List<Map<String, Object>> items = admin().queryParam("size", 200).get(DEAD_LETTERS + "/{topic}", ARCHIVED_DLQ)
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(item -> eventId.equals(item.get("eventId"))).toList();
    }

    private JsonPath replayAll() {
        return admin().post(DEAD_LETTERS + "/{topic}/replay", ARCHIVED_DLQ).then().statusCode(200)
                .body("topic", equalTo(ARCHIVED_DLQ)).extract().jsonPath();
    }

    private void disposeBappedaRecap() {
        topics().send(RecapMeasured.TOPIC, recapId.toString(), RecapMeasuredSample.of(RecapMeasuredSample.REVISION_1)
                .recap(recapId, roundId).revision(1, 1).agency(BAPPEDA).json(), RecapMeasured.EVENT_TYPE);
        await().atMost(DEAD_LETTER_TIMEOUT).until(() -> as(Roles.SECRETARY, BAPPEDA)
                .get("/api/approval/recaps/{id}", recapId).statusCode() == 200);
        List<Map<String, Object>> decisions = ITEMS.stream()
                .map(code -> Map.<String, Object>of("indicatorCode", code, "decision", "ACCEPTED")).toList();
        as(Roles.SECRETARY, BAPPEDA).body(Map.of("revision", 1, "decisions", decisions))
                .put("/api/approval/recaps/{id}/decisions", recapId).then().statusCode(200);
        as(Roles.SECRETARY, BAPPEDA).body(Map.of("revision", 1, "note", "Setuju"))
                .post("/api/approval/recaps/{id}/approval", recapId).then().statusCode(200);
        as(Roles.HEAD, BAPPEDA).body(Map.of("text", "Arsipkan")).post("/api/approval/recaps/{id}/disposition", recapId)
                .then().statusCode(200);
    }

    /** Approval consumed the recap-archived topic up to here: a marker behind it, on the same partition, is dead-lettered. */
    private void awaitRecapArchivedConsumed() {
        String marker = "consumed-up-to-here " + UUID.randomUUID();
        topics().send(RecapArchived.TOPIC, recapId.toString(), marker);
        if (topics().await(ARCHIVED_DLQ, marker::equals, 1, DEAD_LETTER_TIMEOUT).isEmpty()) {
            throw new AssertionError("approval did not consume " + RecapArchived.TOPIC + " up to the marker");
        }
    }
}
