package id.go.kinerja.collection.sop;

import static id.go.kinerja.collection.Events.RECAP_APPROVED;
import static id.go.kinerja.collection.Events.RECAP_ARCHIVED;
import static id.go.kinerja.collection.Events.RECAP_DISPOSED;
import static id.go.kinerja.collection.Events.RECAP_RETURNED;
import static id.go.kinerja.collection.Events.STEP_OVERDUE;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.collection.Events;
import id.go.kinerja.collection.TestAgency;
import id.go.kinerja.collection.sop.SopSteps;
import id.go.kinerja.infrastructure.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The collection SOP A1-A12 as a tracked process: order, outputs, standard times in working time, overdue steps. */
@QuarkusTest
class SopStepsTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    SopSteps sopSteps;

    @AfterEach
    void releaseTheClock() {
        MovableClock.release();
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    @Test
    void aRoundWalksA1ToA12InTheSopsOrder() {
        TestAgency agency = TestAgency.withPlan();
        agency.as("SECRETARY").body(TestAgency.newRound(2025, 1)).when().post("/api/collection/rounds")
                .then().statusCode(403);
        String round = agency.openRoundWithMemo(2025, 1);
        agency.timeline(round)
                .body("cycle", equalTo(1))
                .body("steps.step", contains("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12"))
                .body("steps[0].status", equalTo("DONE_ON_TIME"))
                .body("steps[0].doneBy.role", equalTo("HEAD"))
                .body("steps[0].output.number", equalTo("800/1/DP-Trans/2025"))
                .body("steps[1].status", equalTo("RUNNING"))
                .body("steps[1].heldBy.role", equalTo("SECRETARY"))
                .body("steps[1].standardTime", equalTo("60m"))
                .body("steps[2].status", equalTo("NOT_STARTED"))
                .body("steps[11].standardTime", nullValue());

        // nothing may be done before the steps the SOP puts before it
        agency.step(round, "A3", "SAKIP_TEAM", TestAgency.WORK_PLAN).statusCode(409)
                .body("detail", equalTo("SOP step A2 (Secretary meets the Team to direct the work) must come first: "
                        + "A3 can be recorded once it is done"))
                .body("context.mustComeFirst", equalTo("A2"));
        agency.enter(round, "IKP-01", 20).statusCode(409).body("context.mustComeFirst", equalTo("A2"));
        agency.step(round, "A2", "SAKIP_TEAM", TestAgency.MINUTES).statusCode(403);
        agency.step(round, "A2", "SECRETARY", TestAgency.MINUTES).statusCode(200)
                .body("steps[1].status", equalTo("DONE_ON_TIME"))
                .body("steps[1].output.attendees", contains("Sekretaris", "Ketua Tim SAKIP"))
                .body("steps[2].status", equalTo("RUNNING"));
        agency.step(round, "A2", "SECRETARY", TestAgency.MINUTES).statusCode(409)
                .body("detail", containsString("was recorded already by secretary@"));
        // each activity of the work plan is checked
        agency.step(round, "A3", "SAKIP_TEAM", """
                {"activities": [{"activity": "Pengarahan operator", "start": "2025-04-03", "end": "2025-04-03"}]}""")
                .statusCode(400).body("errors.field", contains("activities[0].responsible"));
        agency.step(round, "A3", "SAKIP_TEAM", TestAgency.WORK_PLAN).statusCode(200);
        agency.step(round, "A4", "SAKIP_TEAM", "{\"documents\": [{\"kind\": \"PK\", \"status\": \"AVAILABLE\"}]}")
                .statusCode(400).body("errors.message", hasItem(containsString("DPA is missing")));
        agency.step(round, "A4", "SAKIP_TEAM", TestAgency.CHECKLIST).statusCode(200)
                .body("steps[3].output.documents[0].attachment", equalTo("PK-2025.pdf"));
        // operators cannot enter data before their briefing
        agency.enter(round, "IKP-01", 20).statusCode(409)
                .body("detail", equalTo("SOP step A5 (Team briefs each division's operators) must come first: "
                        + "data entry (A6) opens once it is recorded"));
        agency.step(round, "A5", "SAKIP_TEAM", """
                {"date": "2025-04-03", "divisions": [{"divisionCode": "PERDAGANGAN", "attendees": ["Rina"]}]}""")
                .statusCode(400).body("errors[0].message", containsString("operators of METROLOGI"));
        agency.step(round, "A5", "SAKIP_TEAM", agency.briefing(round)).statusCode(200)
                .body("steps[5].status", equalTo("RUNNING"))
                .body("steps[5].heldBy.divisions", contains("METROLOGI", "PERDAGANGAN"));

        // A6 ends when everything is entered, A7 when everything is verified
        agency.enter(round, "IKU-01", 4.2).statusCode(200);
        agency.enter(round, "IKP-01", 20).statusCode(200);
        agency.timeline(round).body("steps[5].heldBy.divisions", contains("METROLOGI"));
        agency.enter(round, "IKK-01", 72).statusCode(200);
        agency.timeline(round)
                .body("steps[5].status", equalTo("DONE_ON_TIME"))
                .body("steps[5].output.entries", equalTo(3))
                .body("steps[6].status", equalTo("RUNNING"))
                .body("steps[6].heldBy.role", equalTo("DIVISION_HEAD"));
        agency.submit(round).statusCode(409).body("detail", containsString("(SOP A7)"));
        agency.decide(round, "IKU-01", "VERIFY", null).statusCode(200);
        agency.decide(round, "IKP-01", "VERIFY", null).statusCode(200);
        agency.decide(round, "IKK-01", "VERIFY", null).statusCode(200);
        agency.timeline(round).body("steps[6].status", equalTo("DONE_ON_TIME")).body("steps[7].status", equalTo("RUNNING"));

        String recapId = agency.submit(round).statusCode(201).extract().path("recapId");
        agency.timeline(round)
                .body("steps[7].status", equalTo("DONE_ON_TIME"))
                .body("steps[8].output.revision", equalTo(1))
                .body("steps[9].status", equalTo("RUNNING"))
                .body("steps[9].heldBy.role", equalTo("SECRETARY"));

        // A10 returns: A6-A10 run again as cycle 2, from re-entry of the returned item
        Events.send(RECAP_RETURNED, recapId, Events.recapReturned(UUID.randomUUID().toString(), agency, recapId, round, 1,
                new String[] {"IKP-01", "Daftar hadir belum ada", "COLLECTION"}));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> agency.timeline(round).body("cycle", equalTo(2)));
        agency.timeline(round)
                .body("steps.find { it.step == 'A10' && it.cycle == 1 }.output.decision", equalTo("RETURNED"))
                .body("steps.findAll { it.step == 'A10' }.status", contains("DONE_ON_TIME", "NOT_STARTED"))
                .body("steps.find { it.step == 'A6' && it.cycle == 2 }.status", equalTo("RUNNING"))
                .body("steps.find { it.step == 'A6' && it.cycle == 2 }.heldBy.divisions", contains("PERDAGANGAN"));
        agency.enterAndVerify(round, "IKP-01", 26);
        agency.submit(round).statusCode(201);

        // A10 approves, A11 is the Head's disposition, A12 the archive
        Events.send(RECAP_APPROVED, recapId, Events.recapApproved(agency, recapId, round, 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> agency.timeline(round)
                .body("steps.find { it.step == 'A11' }.status", equalTo("RUNNING")));
        agency.as("HEAD").when().get("/api/collection/my-work").then().statusCode(200)
                .body("items.step", contains("A11"))
                .body("items[0].roundId", equalTo(round));
        Events.send(RECAP_DISPOSED, recapId, Events.recapDisposed(agency, recapId, round, 2, "Jadikan bahan LKjIP"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> agency.timeline(round)
                .body("steps.find { it.step == 'A11' }.output.disposition", equalTo("Jadikan bahan LKjIP")));
        Events.send(RECAP_ARCHIVED, recapId, Events.recapArchived(agency, recapId, round, 2, "ARS-1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> agency.timeline(round)
                .body("steps.find { it.step == 'A12' }.output.archiveId", equalTo("ARS-1")));
        agency.timeline(round)
                .body("steps.status", contains("DONE_ON_TIME", "DONE_ON_TIME", "DONE_ON_TIME", "DONE_ON_TIME",
                        "DONE_ON_TIME", "DONE_ON_TIME", "DONE_ON_TIME", "DONE_ON_TIME", "DONE_ON_TIME", "DONE_ON_TIME",
                        "DONE_ON_TIME", "DONE_ON_TIME", "DONE_ON_TIME", "DONE_ON_TIME", "DONE_ON_TIME", "DONE_ON_TIME",
                        "DONE_ON_TIME"))
                .body("steps.find { it.step == 'A12' }.doneBy.role", equalTo("SYSTEM"));
        new TestAgency().as("AUDITOR").when().get("/api/collection/rounds/{round}/timeline", round).then().statusCode(404);
    }

    @Test
    void anApprovalAfterAReturnToMeasurementOnlyLeavesNoStepWaiting() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRoundWithMemo(2025, 1);
        agency.prepare(round);
        for (String item : List.of("IKU-01", "IKP-01", "IKK-01")) {
            agency.enterAndVerify(round, item, 10);
        }
        String recapId = agency.submit(round).statusCode(201).extract().path("recapId");

        // the Secretary sends one item back to measurement only, then approves the re-measured revision as it is
        Events.send(RECAP_RETURNED, recapId, Events.recapReturned(UUID.randomUUID().toString(), agency, recapId, round, 1,
                new String[] {"IKP-01", "Rumus capaian keliru", "MEASUREMENT"}));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> agency.timeline(round).body("cycle", equalTo(2)));
        Events.send(RECAP_APPROVED, recapId, Events.recapApproved(agency, recapId, round, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> agency.timeline(round)
                .body("steps.find { it.step == 'A11' }.status", equalTo("RUNNING")));

        agency.timeline(round)
                .body("steps.findAll { it.status == 'RUNNING' || it.status == 'NOT_STARTED' }.step", contains("A11", "A12"))
                .body("steps.find { it.step == 'A8' && it.cycle == 2 }.output.notNeeded",
                        equalTo("revision 1 was approved without a resubmission"))
                .body("steps.find { it.step == 'A8' && it.cycle == 2 }.doneBy.role", equalTo("SYSTEM"))
                .body("steps.find { it.step == 'A10' && it.cycle == 2 }.output.decision", equalTo("APPROVED"));
        agency.as("SAKIP_TEAM").when().get("/api/collection/my-work").then().statusCode(200)
                .body("items.findAll { it.roundId == '" + round + "' }", empty());
    }

    @Test
    void workingTimeSkipsTheWeekendAndAHolidayAndEachAgencySetsItsOwnStandardTimes() {
        TestAgency agency = TestAgency.withPlan();
        TestAgency other = TestAgency.withPlan();
        // prepared on Friday 28 March 2025 at 15:00 WIB: data entry (A6, 2 working days) starts then
        MovableClock.set(wib("2025-03-28T15:00"));
        String round = agency.openRound(2025, 1);
        // Friday 1 h, Saturday, Sunday and Monday 31 March (Idul Fitri) nothing, Tuesday 8 h 30, Wednesday 2 h 30
        MovableClock.set(wib("2025-04-02T10:00"));
        agency.timeline(round)
                .body("steps[5].startedAt", equalTo("2025-03-28T08:00:00.000Z"))
                .body("steps[5].standardTime", equalTo("2d"))
                .body("steps[5].workingTime", equalTo("PT12H"))
                .body("steps[5].deadline", equalTo("2025-04-02T08:00:00.000Z"))
                .body("steps[5].status", equalTo("RUNNING"));

        agency.as("ADMIN").body("{\"standardTime\": \"1d\"}").header("If-Match", agency.etag("/api/collection/sop/steps/A6"))
                .when().put("/api/collection/sop/steps/A6/standard-time")
                .then().statusCode(200).header("ETag", equalTo("\"1d\"")).body("standardTime", equalTo("1d")).body("sopStandardTime", equalTo("2d"));
        agency.timeline(round)
                .body("steps[5].standardTime", equalTo("1d"))
                .body("steps[5].deadline", equalTo("2025-04-01T08:00:00.000Z"))
                .body("steps[5].status", equalTo("OVERDUE"));
        other.as("HEAD").when().get("/api/collection/sop/steps").then().statusCode(200)
                .body("find { it.step == 'A6' }.standardTime", equalTo("2d"))
                .body("find { it.step == 'A6' }.ownerRole", equalTo("OPERATOR"))
                .body("find { it.step == 'A6' }.predecessors", contains("A5"));

        agency.as("ADMIN").body("{\"standardTime\": \"two weeks\"}").header("If-Match", "\"1d\"")
                .when().put("/api/collection/sop/steps/A6/standard-time")
                .then().statusCode(400).body("errors[0].field", equalTo("standardTime"));
        agency.as("ADMIN").body("{\"standardTime\": \"1d\"}").header("If-Match", "\"1d\"")
                .when().put("/api/collection/sop/steps/A13/standard-time")
                .then().statusCode(404);
        agency.as("SECRETARY").body("{\"standardTime\": \"1d\"}").when().put("/api/collection/sop/steps/A6/standard-time")
                .then().statusCode(403);
    }

    @Test
    void anOverdueStepIsPublishedExactlyOnceAndCounted() {
        TestAgency agency = TestAgency.withPlan();
        MovableClock.set(wib("2025-03-24T08:00"));
        String round = agency.openRoundWithMemo(2025, 1);
        sopSteps.checkOverdue();
        MovableClock.advance(Duration.ofMinutes(61));
        sopSteps.checkOverdue();
        sopSteps.checkOverdue();

        List<ConsumerRecord<String, String>> published = Events.recordsWithKey(STEP_OVERDUE, round, 1);
        assertEquals(1, published.size());
        JsonPath event = Events.json(published.get(0).value());
        assertEquals("StepOverdue", event.getString("eventType"));
        assertEquals(agency.code, event.getString("agencyCode"));
        assertEquals("A2", event.getString("step"));
        assertEquals(1, event.getInt("cycle"));
        assertEquals("SECRETARY", event.getString("ownerRole"));
        assertEquals("60m", event.getString("standardTime"));
        assertEquals("2025-03-24T02:00:00Z", event.getString("deadline"));
        agency.timeline(round)
                .body("steps[1].status", equalTo("OVERDUE"))
                .body("steps[1].overdueReportedAt", notNullValue());

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString()
                    .replace(",}", "}");
            assertThat(metrics, containsString("kinerja_sop_steps_open{agency=\"" + agency.code + "\",step=\"A2\"} 1.0"));
            assertThat(metrics, containsString("kinerja_sop_steps_overdue{agency=\"" + agency.code + "\",step=\"A2\"} 1.0"));
            assertThat(metrics, containsString("kinerja_sop_steps_overdue{agency=\"" + agency.code + "\",step=\"A3\"} 0.0"));
            assertThat(metrics, containsString("kinerja_sop_step_duration_seconds_count{step=\"A1\"}"));
        });
        // a later check finds it reported: still one event on the topic
        sopSteps.checkOverdue();
        assertEquals(1, Events.records(STEP_OVERDUE, record -> round.equals(record.key()), 2, Duration.ofSeconds(5)).size());
    }

    @Test
    void everyoneSeesWhatWaitsForThemOldestFirst() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRoundWithMemo(2025, 1);
        agency.as("SECRETARY").when().get("/api/collection/my-work").then().statusCode(200)
                .body("items.kind", contains("STEP"))
                .body("items[0].step", equalTo("A2"))
                .body("items[0].standardTime", equalTo("60m"))
                .body("items[0].overdue", equalTo(false));
        agency.as("SAKIP_TEAM").when().get("/api/collection/my-work").then().statusCode(200).body("items", empty());
        agency.as("OPERATOR", "PERDAGANGAN").when().get("/api/collection/my-work").then().statusCode(200)
                .body("items", empty());
        agency.step(round, "A2", "SECRETARY", TestAgency.MINUTES).statusCode(200);
        agency.as("SAKIP_TEAM").when().get("/api/collection/my-work").then().statusCode(200)
                .body("items.step", contains("A3"));
        agency.step(round, "A3", "SAKIP_TEAM", TestAgency.WORK_PLAN).statusCode(200);
        agency.step(round, "A4", "SAKIP_TEAM", TestAgency.CHECKLIST).statusCode(200);
        agency.step(round, "A5", "SAKIP_TEAM", agency.briefing(round)).statusCode(200);

        agency.as("OPERATOR", "PERDAGANGAN").when().get("/api/collection/my-work").then().statusCode(200)
                .body("items.indicatorCode", contains("IKP-01", "IKU-01"))
                .body("items.kind", contains("ENTER", "ENTER"))
                .body("items[0].step", equalTo("A6"))
                .body("items[0].standardTime", equalTo("2d"));
        agency.enter(round, "IKU-01", 4.2).statusCode(200);
        agency.enter(round, "IKP-01", 20).statusCode(200);
        agency.decide(round, "IKU-01", "SEND_BACK", "Sumber data belum disebut").statusCode(200);
        agency.as("OPERATOR", "PERDAGANGAN").when().get("/api/collection/my-work").then().statusCode(200)
                .body("items.indicatorCode", contains("IKU-01"))
                .body("items.kind", contains("CORRECT"));
        agency.as("DIVISION_HEAD", "PERDAGANGAN").when().get("/api/collection/my-work").then().statusCode(200)
                .body("items.indicatorCode", contains("IKP-01"))
                .body("items.kind", contains("VERIFY"));
        agency.as("DIVISION_HEAD", "METROLOGI").when().get("/api/collection/my-work").then().statusCode(200)
                .body("items", empty());
        agency.as("OPERATOR", "METROLOGI").when().get("/api/collection/my-work").then().statusCode(200)
                .body("items.indicatorCode", contains("IKK-01"));
        agency.as("AUDITOR").when().get("/api/collection/my-work").then().statusCode(403);
    }
}
