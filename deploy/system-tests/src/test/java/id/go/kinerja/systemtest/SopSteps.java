package id.go.kinerja.systemtest;

import static id.go.kinerja.systemtest.SystemUnderTest.Service.APPROVAL;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.ARCHIVE;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.COLLECTION;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.MEASUREMENT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.notNullValue;

import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.systemtest.SystemUnderTest.Service;
import io.restassured.config.JsonConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The SOP's steps for one agency and one period, as its people do them through the services' REST APIs: the
 * plan, the round, the preparations (A2-A5, B1-B4), entry, verification, recap, review, disposition and the
 * archive. Each step asserts only that it was taken; the tests that use it assert what matters to them.
 */
public final class SopSteps {

    /** How long an effect that travels over Kafka may take. */
    public static final Duration EVENTUALLY = Duration.ofSeconds(90);

    /** Decimals stay decimals; a failed expectation prints the request and the response. */
    private static final RestAssuredConfig REST = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
            .logConfig(LogConfig.logConfig().enableLoggingOfRequestAndResponseIfValidationFails());

    /** Who takes a step: the token of a person with this role (and division, or null) of the agency. */
    @FunctionalInterface
    public interface People {
        String token(String role, String division);
    }

    private final SystemUnderTest.Running system;
    private final String agency;
    private final int year;
    private final int quarter;
    private final People people;

    /** The steps taken with dev tokens of the agency, as the services trust them in tests and local runs. */
    public SopSteps(SystemUnderTest.Running system, String agency, int year, int quarter) {
        this(system, agency, year, quarter, (role, division) ->
                division == null ? DevTokens.mint(role, agency) : DevTokens.mint(role, agency, division));
    }

    /** The steps taken by these people, e.g. users of a real identity provider. */
    public SopSteps(SystemUnderTest.Running system, String agency, int year, int quarter, People people) {
        this.system = system;
        this.agency = agency;
        this.year = year;
        this.quarter = quarter;
        this.people = people;
    }

    /** The same agency and year, another quarter. */
    public SopSteps quarter(int otherQuarter) {
        return new SopSteps(system, agency, year, otherQuarter, people);
    }

    public String agency() {
        return agency;
    }

    public RequestSpecification as(String token, Service service) {
        return given().config(REST)
                .baseUri(system.baseUrl(service))
                .auth().oauth2(token)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public String token(String role) {
        return people.token(role, null);
    }

    public String token(String role, String division) {
        return people.token(role, division);
    }

    /** The agency's master data and plan of the year: divisions, plan nodes, indicators with quarterly targets. */
    public void adminLoadsThePlan(String plan) {
        as(token("ADMIN"), COLLECTION).body(plan)
                .put("/api/collection/plan/{year}", year)
                .then().statusCode(200);
    }

    /** The signed perjanjian kinerja of the year, published from the loaded plan: rounds measure against it. */
    public void teamPublishesThePerformanceAgreement() {
        as(token("SAKIP_TEAM"), COLLECTION)
                .body(Map.of("kind", "PK", "year", year, "documentNumber", "800/001/" + agency + "/" + year))
                .post("/api/collection/plan/versions")
                .then().statusCode(201);
    }

    /** A1: the Head's memo (Nota Dinas) orders the collection and opens the round for the period. */
    public UUID headOrdersTheCollection() {
        return UUID.fromString(as(token("HEAD"), COLLECTION)
                .body(Map.of("year", year, "quarter", quarter,
                        "memo", Map.of("number", "800/112/" + agency + "/" + year, "date", dayAfterThePeriod(0))))
                .post("/api/collection/rounds")
                .then().statusCode(201)
                .body("status", notNullValue())
                .body("planVersion.kind", equalTo("PK"))
                .extract().path("roundId"));
    }

    /** The round's items, none entered yet. */
    public List<Map<String, Object>> itemsOf(UUID roundId) {
        return as(token("SECRETARY"), COLLECTION).get("/api/collection/rounds/{id}", roundId)
                .then().statusCode(200)
                .body("items", everyItem(hasEntry("state", "NOT_ENTERED")))
                .extract().path("items");
    }

    /** A2-A5: the Secretary's meeting, the team's work plan, document checklist and the operators' briefing. */
    public void secretaryAndTeamPrepareTheCollection(UUID roundId, List<Map<String, Object>> items) {
        secretaryHoldsTheCollectionMeeting(roundId);
        teamPlansGathersTheDocumentsAndBriefsTheOperators(roundId, items);
    }

    /** A2: the Secretary's meeting with the team. */
    public void secretaryHoldsTheCollectionMeeting(UUID roundId) {
        as(token("SECRETARY"), COLLECTION)
                .body(Map.of("date", dayAfterThePeriod(1), "attendees", List.of("Sekretaris", "Ketua Tim SAKIP"),
                        "summary", "Pengumpulan data triwulan " + quarter + " selesai dalam dua hari kerja"))
                .post("/api/collection/rounds/{round}/steps/A2", roundId)
                .then().statusCode(200);
    }

    /** A3-A5: the team's work plan, document checklist and the operators' briefing; entry (A6) opens. */
    public void teamPlansGathersTheDocumentsAndBriefsTheOperators(UUID roundId, List<Map<String, Object>> items) {
        as(token("SAKIP_TEAM"), COLLECTION)
                .body(Map.of("activities", List.of(Map.of("activity", "Pengarahan operator",
                        "start", dayAfterThePeriod(2), "end", dayAfterThePeriod(2), "responsible", "Tim SAKIP"))))
                .post("/api/collection/rounds/{round}/steps/A3", roundId)
                .then().statusCode(200);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String kind : List.of("PK", "IKU", "DPA", "ACTIVITY_EVIDENCE", "SURVEY_RESULTS", "EVALUATION_REPORTS",
                "SAKIP_ASSESSMENT", "DATA_COLLECTION_FORM")) {
            documents.add(Map.of("kind", kind, "status", "AVAILABLE"));
        }
        as(token("SAKIP_TEAM"), COLLECTION).body(Map.of("documents", documents))
                .post("/api/collection/rounds/{round}/steps/A4", roundId)
                .then().statusCode(200);
        List<Map<String, Object>> divisions = items.stream().map(item -> (String) item.get("divisionCode")).distinct()
                .map(division -> Map.<String, Object>of("divisionCode", division, "attendees", List.of("operator " + division)))
                .toList();
        as(token("SAKIP_TEAM"), COLLECTION).body(Map.of("date", dayAfterThePeriod(2), "divisions", divisions))
                .post("/api/collection/rounds/{round}/steps/A5", roundId)
                .then().statusCode(200)
                .body("steps.find { it.step == 'A6' }.status", equalTo("RUNNING"));
    }

    /**
     * B1-B4: the Head's memo orders the measurement, the Secretary meets the team, the team plans and declares the
     * methodology ready. Until then measurement holds any recap of the period.
     */
    public void headSecretaryAndTeamPrepareTheMeasurement() {
        String steps = "/api/measurement/rounds/{year}/{quarter}/steps/{step}";
        as(token("HEAD"), MEASUREMENT).body(Map.of("number", "800/113/" + agency + "/" + year, "date", dayAfterThePeriod(0)))
                .post(steps, year, quarter, "B1").then().statusCode(200);
        as(token("SECRETARY"), MEASUREMENT)
                .body(Map.of("date", dayAfterThePeriod(1), "attendees", List.of("Sekretaris", "Ketua Tim SAKIP"),
                        "summary", "Pengukuran triwulan " + quarter + " setelah data terverifikasi"))
                .post(steps, year, quarter, "B2").then().statusCode(200);
        as(token("SAKIP_TEAM"), MEASUREMENT)
                .body(Map.of("activities", List.of(Map.of("activity", "Penyusunan kertas kerja pengukuran",
                        "start", dayAfterThePeriod(2), "end", dayAfterThePeriod(3), "responsible", "Tim SAKIP"))))
                .post(steps, year, quarter, "B3").then().statusCode(200);
        as(token("SAKIP_TEAM"), MEASUREMENT).body(Map.of("note", "Metodologi ditetapkan"))
                .post(steps, year, quarter, "B4").then().statusCode(200)
                .body("steps.find { it.step == 'B4' }.endedAt", notNullValue());
    }

    /** A6: each division's operator enters the realisation of the division's indicators, as {@code entry} says. */
    public void operatorsEnterRealisations(UUID roundId, List<Map<String, Object>> items,
                                           Function<Map<String, Object>, Map<String, Object>> entry) {
        for (Map<String, Object> item : items) {
            String operator = token("OPERATOR", (String) item.get("divisionCode"));
            // as a client does: read the entry, then enter on the version read (If-Match its ETag)
            String read = as(operator, COLLECTION)
                    .get("/api/collection/rounds/{round}/entries/{code}", roundId, item.get("indicatorCode"))
                    .then().statusCode(200).extract().header("ETag");
            as(operator, COLLECTION).header("If-Match", read).body(entry.apply(item))
                    .put("/api/collection/rounds/{round}/entries/{code}", roundId, item.get("indicatorCode"))
                    .then().statusCode(200)
                    .body("state", equalTo("ENTERED"));
        }
    }

    /** A7: each division head cross-checks and verifies the entries of their division. */
    public void divisionHeadsVerify(UUID roundId, List<Map<String, Object>> items) {
        for (Map<String, Object> item : items) {
            as(token("DIVISION_HEAD", (String) item.get("divisionCode")), COLLECTION)
                    .body(Map.of("decision", "VERIFY"))
                    .post("/api/collection/rounds/{round}/entries/{code}/verification", roundId, item.get("indicatorCode"))
                    .then().statusCode(200)
                    .body("state", equalTo("VERIFIED"));
        }
    }

    /** A8-A9: the team recaps and reports to the Secretary; publishes RecapSubmitted. */
    public UUID teamSubmitsTheRecap(UUID roundId, int expectedRevision) {
        return UUID.fromString(as(token("SAKIP_TEAM"), COLLECTION)
                .post("/api/collection/rounds/{round}/recap", roundId)
                .then().statusCode(201)
                .body("currentRevision", equalTo(expectedRevision))
                .extract().path("recapId"));
    }

    /** B5-B7: measurement computes every achievement and reports the recap to the Secretary (RecapMeasured). */
    public void awaitInTheSecretarysInbox(UUID recapId, int revision) {
        eventually("revision " + revision + " of recap " + recapId + " is measured and in the Secretary's inbox", () ->
                as(token("SECRETARY"), APPROVAL).get("/api/approval/inbox")
                        .then().statusCode(200)
                        .extract().jsonPath().getList("items", Map.class).stream()
                        .anyMatch(entry -> recapId.toString().equals(entry.get("recapId"))
                                && revision == ((Number) entry.get("revision")).intValue()));
    }

    /** A10 / B8: the Secretary's decision on every item of the revision. */
    public void secretaryDecides(UUID recapId, int revision, List<Map<String, Object>> decisions) {
        as(token("SECRETARY"), APPROVAL).body(Map.of("revision", revision, "decisions", decisions))
                .put("/api/approval/recaps/{id}/decisions", recapId)
                .then().statusCode(200);
    }

    /** A10 / B8: the revision goes back with the returned items; publishes RecapReturned. */
    public void secretaryReturns(UUID recapId, int revision, String note) {
        as(token("SECRETARY"), APPROVAL).body(Map.of("revision", revision, "note", note))
                .post("/api/approval/recaps/{id}/return", recapId)
                .then().statusCode(200)
                .body("decision", equalTo("RETURNED"));
    }

    /** A10 / B8: every item accepted, the revision approved; publishes RecapApproved. */
    public void secretaryAcceptsEverythingAndApproves(UUID recapId, int revision, List<String> codes, String note) {
        secretaryDecides(recapId, revision, codes.stream()
                .map(code -> Map.<String, Object>of("indicatorCode", code, "decision", "ACCEPTED"))
                .toList());
        as(token("SECRETARY"), APPROVAL).body(Map.of("revision", revision, "note", note))
                .post("/api/approval/recaps/{id}/approval", recapId)
                .then().statusCode(200)
                .body("decision", equalTo("APPROVED"));
    }

    /** A11 / B9: the Head's disposition; publishes RecapDisposed with the complete document. */
    public void headRecordsTheDisposition(UUID recapId, String text) {
        as(token("HEAD"), APPROVAL).body(Map.of("text", text))
                .post("/api/approval/recaps/{id}/disposition", recapId)
                .then().statusCode(200)
                .body("text", equalTo(text));
    }

    /** A12 / B10: the archive stores the disposed recap; answers its archive id. */
    public String awaitTheArchive(UUID recapId) {
        String head = token("HEAD");
        eventually("the archive stores recap " + recapId, () ->
                !as(head, ARCHIVE).queryParam("recapId", recapId).get("/api/archive/records")
                        .then().statusCode(200).extract().jsonPath().getList("items").isEmpty());
        return as(head, ARCHIVE).queryParam("recapId", recapId).get("/api/archive/records")
                .then().statusCode(200).extract().path("items[0].archiveId");
    }

    /** Waits for an effect that travels over Kafka; on timeout the failure carries the end of every service's log. */
    public void eventually(String description, Callable<Boolean> condition) {
        try {
            Awaitility.await(description).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300))
                    .ignoreExceptions().until(condition);
        } catch (ConditionTimeoutException e) {
            StringBuilder logs = new StringBuilder();
            for (Service service : Service.values()) {
                logs.append("\n--- ").append(service).append(" ---\n").append(system.logTail(service));
            }
            throw new AssertionError("Not within " + EVENTUALLY.toSeconds() + " s: " + description + logs, e);
        }
    }

    /** A realisation on target: the value, the middle of a range, or the grade; with the operator's note. */
    public static Map<String, Object> onTarget(Map<String, Object> item, String note) {
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) item.get("target");
        Map<String, Object> entry = new LinkedHashMap<>();
        if (target.get("grade") != null) {
            entry.put("grade", target.get("grade"));
        } else if (target.get("value") != null) {
            entry.put("value", decimal(target.get("value")));
        } else {
            entry.put("value", decimal(target.get("min")).add(decimal(target.get("max")))
                    .divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP));
        }
        entry.put("note", note);
        return entry;
    }

    public static List<String> codesOf(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("indicatorCode")).toList();
    }

    public static String division(List<Map<String, Object>> items, String code) {
        return items.stream().filter(item -> code.equals(item.get("indicatorCode")))
                .map(item -> (String) item.get("divisionCode")).findFirst().orElseThrow();
    }

    private static BigDecimal decimal(Object number) {
        return new BigDecimal(String.valueOf(number));
    }

    /** Dates of the SOP's documents: the first working days after the quarter. */
    private String dayAfterThePeriod(int days) {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).plusDays(days).toString();
    }
}
