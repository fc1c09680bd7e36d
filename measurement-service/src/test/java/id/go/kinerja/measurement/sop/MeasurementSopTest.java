package id.go.kinerja.measurement.sop;

import static id.go.kinerja.measurement.support.MeasurementSop.MEMO;
import static id.go.kinerja.measurement.support.MeasurementSop.METHODOLOGY_READY;
import static id.go.kinerja.measurement.support.MeasurementSop.MINUTES;
import static id.go.kinerja.measurement.support.MeasurementSop.WORK_PLAN;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.measurement.support.MeasurementSop;
import id.go.kinerja.infrastructure.MovableClock;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SOP part B as a tracked process: B1-B4 recorded by people in order, B5-B10 from measuring and from the events of
 * approval and archive, a recap held until B1-B4 are done, standard times per agency in working time, and one
 * StepOverdue per late step.
 */
@QuarkusTest
class MeasurementSopTest {

    private static final Map<String, Object> RATIO = Map.of("polarity", "NEGATIVE", "valueType", "PERCENT",
            "frequency", "QUARTERLY", "periodAggregation", "AVERAGE", "negativeFormula", "RATIO", "weight", 1,
            "reason", "Sekretaris: gunakan rumus rasio untuk indikator negatif");

    @Inject
    SopSteps sopSteps;

    @AfterEach
    void releaseClock() {
        MovableClock.release();
    }

    @Test
    void theStepsB1ToB10AreWalkedInOrderAndOutOfOrderStepsAreRefused() {
        String agency = Events.newAgency();
        MeasurementSop.record(agency, 2025, 1, "B2", Roles.SECRETARY, MINUTES).statusCode(409)
                .body("context.mustComeFirst", equalTo("B1")).body("context.step", equalTo("B2"));
        MeasurementSop.record(agency, 2025, 1, "B1", Roles.SECRETARY, MEMO).statusCode(403);
        MeasurementSop.record(agency, 2025, 1, "B1", Roles.HEAD, Map.of("number", "")).statusCode(400);

        MeasurementSop.record(agency, 2025, 1, "B1", Roles.HEAD, MEMO).statusCode(200)
                .body(step("B1", 1, "status"), equalTo("DONE_ON_TIME"))
                .body(step("B1", 1, "output.number"), equalTo("800/112/DP-Trans/2025"))
                .body(step("B2", 1, "status"), equalTo("RUNNING"))
                .body(step("B2", 1, "heldBy"), equalTo("SECRETARY"))
                .body(step("B5", 1, "status"), equalTo("NOT_STARTED"));
        MeasurementSop.record(agency, 2025, 1, "B1", Roles.HEAD, MEMO).statusCode(409)
                .body("detail", containsString("recorded already"));
        MeasurementSop.record(agency, 2025, 1, "B4", Roles.SAKIP_TEAM, METHODOLOGY_READY).statusCode(409)
                .body("context.mustComeFirst", equalTo("B2"));
        myWork(agency, Roles.SECRETARY).body("items.step", contains("B2"));

        MeasurementSop.step(agency, 2025, 1, "B2", Roles.SECRETARY, MINUTES);
        MeasurementSop.record(agency, 2025, 1, "B4", Roles.SAKIP_TEAM, METHODOLOGY_READY).statusCode(409)
                .body("context.mustComeFirst", equalTo("B3"));
        myWork(agency, Roles.SAKIP_TEAM).body("items.step", contains("B3"));
        MeasurementSop.step(agency, 2025, 1, "B3", Roles.SAKIP_TEAM, WORK_PLAN);
        MeasurementSop.record(agency, 2025, 1, "B4", Roles.SAKIP_TEAM, METHODOLOGY_READY).statusCode(200)
                .body(step("B4", 1, "doneBy.role"), equalTo("SAKIP_TEAM"))
                .body(step("B5", 1, "status"), equalTo("NOT_STARTED"))
                .body("recap", nullValue());

        UUID recapId = UUID.randomUUID();
        Events.send(Events.RECAP_SUBMITTED, Events.recapSubmitted(recapId, agency, 1));
        Events.awaitMeasured(recapId, 1, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> timeline(agency, 2025, 1)
                .body(step("B5", 1, "status"), equalTo("DONE_ON_TIME"))
                .body(step("B5", 1, "doneBy.userId"), equalTo("measurement-service"))
                .body(step("B6", 1, "output.items"), equalTo(7))
                .body(step("B7", 1, "status"), equalTo("DONE_ON_TIME"))
                .body(step("B8", 1, "status"), equalTo("RUNNING"))
                .body("recap.recapId", equalTo(recapId.toString())));
        myWork(agency, Roles.SECRETARY).body("items.step", contains("B8"));

        Events.send(Events.RECAP_RETURNED, Events.recapReturned(recapId, agency, 1, "IKS-02:MEASUREMENT"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> timeline(agency, 2025, 1)
                .body("cycle", equalTo(2))
                .body(step("B8", 1, "output.decision"), equalTo("RETURNED"))
                .body(step("B5", 2, "status"), equalTo("RUNNING"))
                .body(step("B8", 2, "status"), equalTo("NOT_STARTED")));
        myWork(agency, Roles.SAKIP_TEAM)
                .body("items.kind", hasItem("FIX"))
                .body("items.find { it.kind == 'FIX' }.indicatorCode", equalTo("IKS-02"))
                .body("items.find { it.kind == 'STEP' }.step", equalTo("B5"));
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(RATIO)
                .header("If-Match", Api.methodologyETag(agency, "IKS-02"))
                .when().put("/api/measurement/methodologies/{code}", "IKS-02")
                .then().statusCode(200);
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().post("/api/measurement/recaps/{id}/remeasure", recapId)
                .then().statusCode(200);
        Events.awaitMeasured(recapId, 1, 2);
        timeline(agency, 2025, 1)
                .body(step("B5", 2, "doneBy.role"), equalTo("SAKIP_TEAM"))
                .body(step("B7", 2, "output.measuredRevision"), equalTo(2))
                .body(step("B8", 2, "status"), equalTo("RUNNING"));

        Events.send(Events.RECAP_APPROVED, Events.recapApproved(recapId, agency, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> timeline(agency, 2025, 1)
                .body(step("B8", 2, "output.decision"), equalTo("APPROVED"))
                .body(step("B9", 1, "status"), equalTo("RUNNING")));
        myWork(agency, Roles.HEAD).body("items.step", contains("B9"));
        Events.send(Events.RECAP_DISPOSED, Events.recapDisposed(recapId, agency, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> timeline(agency, 2025, 1)
                .body(step("B9", 1, "output.disposition"), equalTo("Lanjutkan ke pelaporan"))
                .body(step("B9", 1, "doneBy.role"), equalTo("HEAD"))
                .body(step("B10", 1, "status"), equalTo("RUNNING")));
        Events.send(Events.RECAP_ARCHIVED, Events.recapArchived(recapId, agency, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> timeline(agency, 2025, 1)
                .body(step("B10", 1, "output.contentHash"), equalTo("ab".repeat(32)))
                .body("steps.status.findAll { !it.startsWith('DONE') }", empty())
                .body("recap.state", equalTo("APPROVED")));
        myWork(agency, Roles.HEAD).body("items", empty());
    }

    @Test
    void aRecapArrivingBeforeB1ToB4IsHeldUntilTheStepThatCompletesThem() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        Events.send(Events.RECAP_SUBMITTED, Events.recapSubmitted(recapId, agency, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(Roles.SAKIP_TEAM, agency)
                .queryParam("state", "AWAITING_SOP")
                .when().get("/api/measurement/recaps")
                .then().statusCode(200).body("items.recapId", contains(recapId.toString())));
        myWork(agency, Roles.HEAD)
                .body("items.kind", contains("MEMO"))
                .body("items[0].step", equalTo("B1"))
                .body("items[0].recapId", equalTo(recapId.toString()));
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().post("/api/measurement/recaps/{id}/remeasure", recapId)
                .then().statusCode(409).body("context.mustComeFirst", equalTo("B1"));

        MeasurementSop.step(agency, 2025, 1, "B1", Roles.HEAD, MEMO);
        MeasurementSop.step(agency, 2025, 1, "B2", Roles.SECRETARY, MINUTES);
        MeasurementSop.step(agency, 2025, 1, "B3", Roles.SAKIP_TEAM, WORK_PLAN);
        timeline(agency, 2025, 1).body("recap.state", equalTo("AWAITING_SOP"));
        // the recap exists and waits: it says for what
        Api.as(Roles.SAKIP_TEAM, agency).when().get("/api/measurement/recaps/{id}", recapId).then().statusCode(200)
                .body("recapState", equalTo("AWAITING_SOP")).body("year", equalTo(2025)).body("quarter", equalTo(1))
                .body("items", empty()).body("waitingFor.step", contains("B4"))
                .body("waitingFor[0].ownerRole", equalTo("SAKIP_TEAM"));
        myWork(agency, Roles.HEAD).body("items", empty());

        MeasurementSop.record(agency, 2025, 1, "B4", Roles.SAKIP_TEAM, METHODOLOGY_READY).statusCode(200)
                .body("recap.state", equalTo("MEASURED"))
                .body(step("B5", 1, "status"), equalTo("DONE_ON_TIME"))
                .body(step("B8", 1, "status"), equalTo("RUNNING"));
        JsonNode measured = Events.awaitMeasured(recapId, 1, 1);
        assertEquals(7, measured.get("items").size());
    }

    @Test
    void theMethodologyIsNotReadyWhileAnIndicatorHasNone() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        ObjectNode submitted = Events.recapSubmitted(recapId, agency, 1);
        // the plan's hints contradict the rules (SUM of grades): no methodology can be taken from them
        Events.item(submitted, "IKS-03").put("periodAggregation", "SUM");
        Events.submit(submitted);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> timeline(agency, 2025, 1)
                .body("recap.state", equalTo("AWAITING_METHODOLOGY"))
                .body(step("B5", 1, "status"), equalTo("RUNNING"))
                .body(step("B5", 1, "heldBy"), equalTo("SAKIP_TEAM")));
        myWork(agency, Roles.SAKIP_TEAM)
                .body("items.kind", containsInAnyOrder("STEP", "METHODOLOGY"))
                .body("items.find { it.kind == 'METHODOLOGY' }.indicatorCode", equalTo("IKS-03"));

        MeasurementSop.step(agency, 2025, 2, "B1", Roles.HEAD, MEMO);
        MeasurementSop.step(agency, 2025, 2, "B2", Roles.SECRETARY, MINUTES);
        MeasurementSop.step(agency, 2025, 2, "B3", Roles.SAKIP_TEAM, WORK_PLAN);
        MeasurementSop.record(agency, 2025, 2, "B4", Roles.SAKIP_TEAM, METHODOLOGY_READY).statusCode(409)
                .body("context.indicators", contains("IKS-03"));
        timeline(agency, 2025, 2).body(step("B4", 1, "status"), equalTo("RUNNING"));
    }

    @Test
    void aStepPastItsAgencysStandardTimeIsPublishedOnceAndCounted() {
        String agency = Events.newAgency();
        String other = Events.newAgency();
        Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON).body(Map.of("standardTime", "30m"))
                .header("If-Match", Api.etag(Roles.ADMIN, agency, "/api/measurement/sop/steps/{step}", "B2"))
                .when().put("/api/measurement/sop/steps/{step}/standard-time", "b2")
                .then().statusCode(200).header("ETag", equalTo("\"30m\"")).body("standardTime", equalTo("30m")).body("sopStandardTime", equalTo("60m"));
        Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON).body(Map.of("standardTime", "soon"))
                .header("If-Match", "\"30m\"")
                .when().put("/api/measurement/sop/steps/{step}/standard-time", "B2")
                .then().statusCode(400);
        Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON).body(Map.of("standardTime", "1d"))
                .header("If-Match", "\"30m\"")
                .when().put("/api/measurement/sop/steps/{step}/standard-time", "B11")
                .then().statusCode(404);
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(Map.of("standardTime", "1d"))
                .when().put("/api/measurement/sop/steps/{step}/standard-time", "B2")
                .then().statusCode(403);
        Api.as(Roles.HEAD, other).when().get("/api/measurement/sop/steps")
                .then().statusCode(200).body("find { it.step == 'B2' }.standardTime", equalTo("60m"));

        // Friday 15:50 WIB: ten working minutes left that day, the rest of the 30 counted from Monday's opening
        MovableClock.set(wib("2025-03-21T15:50"));
        MeasurementSop.step(agency, 2025, 3, "B1", Roles.HEAD, MEMO);
        MovableClock.set(wib("2025-03-24T07:49"));
        sopSteps.checkOverdue();
        timeline(agency, 2025, 3).body(step("B2", 1, "status"), equalTo("RUNNING"))
                .body(step("B2", 1, "deadline"), equalTo("2025-03-24T00:50:00.000Z"))
                .body(step("B2", 1, "workingSeconds"), equalTo(1740));
        MovableClock.set(wib("2025-03-24T07:51"));
        sopSteps.checkOverdue();
        sopSteps.checkOverdue();

        List<String> published = Events.topics().await(Events.STEP_OVERDUE, value -> value.contains(agency), 1,
                Duration.ofSeconds(30));
        JsonNode event = Events.parse(published.get(0));
        assertEquals("StepOverdue", event.get("eventType").asText());
        assertEquals("MEASUREMENT", event.get("procedure").asText());
        assertEquals("B2", event.get("step").asText());
        assertEquals("SECRETARY", event.get("ownerRole").asText());
        assertEquals("30m", event.get("standardTime").asText());
        assertEquals(Instant.parse("2025-03-24T00:50:00Z"), Instant.parse(event.get("deadline").asText()));
        assertEquals(1, Events.topics().all(Events.STEP_OVERDUE, value -> value.contains(agency),
                Duration.ofSeconds(2)).size(), "one StepOverdue for the step, however many checks ran");
        timeline(agency, 2025, 3).body(step("B2", 1, "status"), equalTo("OVERDUE"))
                .body(step("B2", 1, "overdueReportedAt"), notNullValue());
        myWork(agency, Roles.SECRETARY).body("items[0].overdue", equalTo(true));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
            assertMetric(metrics, "kinerja_sop_steps_open", agency, "B2", "1.0");
            assertMetric(metrics, "kinerja_sop_steps_overdue", agency, "B2", "1.0");
            assertMetric(metrics, "kinerja_sop_steps_overdue", agency, "B3", "0.0");
            assertThat(metrics, containsString("kinerja_sop_step_duration_seconds_count{step=\"B1\""));
        });

        MeasurementSop.step(agency, 2025, 3, "B2", Roles.SECRETARY, MINUTES);
        timeline(agency, 2025, 3)
                .body(step("B1", 1, "status"), equalTo("DONE_ON_TIME"))
                .body(step("B2", 1, "status"), equalTo("DONE_LATE"))
                .body(step("B3", 1, "status"), equalTo("RUNNING"))
                .body(step("B3", 1, "standardTime"), equalTo("120m"))
                .body(step("B10", 1, "standardTime"), nullValue());
    }

    @Test
    void memosRacingForTheSamePeriodOpenOneRoundAndTheOthersHearItExists() throws Exception {
        String agency = Events.newAgency();
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            for (int year = 2026; year <= 2030; year++) {
                int period = year;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return MeasurementSop.record(agency, period, 1, "B1", Roles.HEAD, MEMO).extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS));
                }
                Collections.sort(statuses);
                assertEquals(List.of(200, 409, 409, 409, 409, 409), statuses, "the memos of " + year + " Q1");
                Api.as(Roles.HEAD, agency).when().get("/api/measurement/rounds/{year}/1/timeline", year).then()
                        .statusCode(200).body(step("B1", 1, "status"), equalTo("DONE_ON_TIME"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRoundIsSeenOnlyInItsAgencyAndMyWorkNeedsAWorkingRole() {
        String agency = Events.newAgency();
        MeasurementSop.step(agency, 2025, 4, "B1", Roles.HEAD, MEMO);
        Api.as(Roles.HEAD, Events.newAgency()).when().get("/api/measurement/rounds/2025/4/timeline")
                .then().statusCode(404);
        Api.as(Roles.HEAD, agency).when().get("/api/measurement/rounds/2025/5/timeline").then().statusCode(400);
        Api.as(Roles.AUDITOR, agency).when().get("/api/measurement/rounds/2025/4/timeline").then().statusCode(200);
        Api.as(Roles.AUDITOR, agency).when().get("/api/measurement/my-work").then().statusCode(403);
        Api.anonymous().when().get("/api/measurement/my-work").then().statusCode(401);
    }

    /** The exposition format may end the labels with a comma: {@code {agency="X",step="B2",} 1.0}. */
    private static void assertMetric(String metrics, String name, String agency, String step, String value) {
        String line = name + "{agency=\"" + agency + "\",step=\"" + step + "\"";
        assertTrue(Pattern.compile(Pattern.quote(line) + ",?} " + Pattern.quote(value)).matcher(metrics).find(),
                line + "} " + value + " is not among the metrics");
    }

    private static String step(String step, int cycle, String field) {
        return "steps.find { it.step == '" + step + "' && it.cycle == " + cycle + " }." + field;
    }

    private static ValidatableResponse timeline(String agency, int year, int quarter) {
        return Api.as(Roles.AUDITOR, agency)
                .when().get("/api/measurement/rounds/{year}/{quarter}/timeline", year, quarter)
                .then().statusCode(200);
    }

    private static ValidatableResponse myWork(String agency, String role) {
        return Api.as(role, agency).when().get("/api/measurement/my-work").then().statusCode(200);
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
    }
}
