package id.go.kinerja.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.kinerja.infrastructure.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A fresh agency per test, so tests sharing one database never see each other's data, with the people
 * of the SOP as tokens and the small plan most tests use:
 * <pre>
 * T1 (GOAL) ─ S1 (OBJECTIVE)   IKU-01 % NEGATIVE AVERAGE quarterly, PERDAGANGAN; IKU-02 grade, annual, METROLOGI
 *              └ 3.30.03 (PROGRAM, pagu 1,000,000)          IKP-01 count SUM quarterly, PERDAGANGAN
 *                 └ 3.30.03.2.01 (ACTIVITY, pagu 600,000)   IKK-01 % LAST quarterly, METROLOGI
 * T9 (GOAL) ─ S9 (OBJECTIVE)   no indicators: never part of a recap
 * </pre>
 */
public final class TestAgency {

    public static final String PLAN = """
            {
              "agencyName": "Dinas Uji",
              "divisions": [{"code": "PERDAGANGAN", "name": "Bidang Perdagangan"},
                            {"code": "METROLOGI", "name": "Bidang Metrologi Legal"}],
              "nodes": [
                {"code": "T1", "level": "GOAL", "name": "Meningkatnya kinerja perdagangan"},
                {"code": "S1", "level": "OBJECTIVE", "name": "Stabilnya harga", "parentCode": "T1"},
                {"code": "3.30.03", "level": "PROGRAM", "name": "Program Peningkatan Sarana Distribusi Perdagangan",
                 "parentCode": "S1", "budgetCeiling": 1000000},
                {"code": "3.30.03.2.01", "level": "ACTIVITY", "name": "Pembangunan Sarana Distribusi",
                 "parentCode": "3.30.03", "budgetCeiling": 600000},
                {"code": "T9", "level": "GOAL", "name": "Tujuan lain"},
                {"code": "S9", "level": "OBJECTIVE", "name": "Sasaran lain", "parentCode": "T9"}
              ],
              "indicators": [
                {"code": "IKU-01", "name": "Koefisien variasi harga barang kebutuhan pokok", "unit": "%",
                 "nodeCode": "S1", "divisionCode": "PERDAGANGAN", "polarity": "NEGATIVE", "valueType": "PERCENT",
                 "frequency": "QUARTERLY", "periodAggregation": "AVERAGE",
                 "targets": [{"quarter": 1, "value": 5}, {"quarter": 2, "value": 5}, {"quarter": 3, "value": 5},
                             {"quarter": 4, "value": 5}]},
                {"code": "IKU-02", "name": "Nilai SAKIP", "unit": "predikat", "nodeCode": "S1",
                 "divisionCode": "METROLOGI", "polarity": "POSITIVE", "valueType": "PREDICATE",
                 "frequency": "ANNUAL", "periodAggregation": "LAST", "targets": [{"quarter": 4, "grade": "BB"}]},
                {"code": "IKP-01", "name": "Jumlah pelaku usaha yang mengikuti pelatihan", "unit": "orang",
                 "nodeCode": "3.30.03", "divisionCode": "PERDAGANGAN", "polarity": "POSITIVE", "valueType": "NUMBER",
                 "frequency": "QUARTERLY", "periodAggregation": "SUM",
                 "targets": [{"quarter": 1, "value": 25}, {"quarter": 2, "value": 25}, {"quarter": 3, "value": 25},
                             {"quarter": 4, "value": 25}]},
                {"code": "IKK-01", "name": "Persentase UTTP bertanda tera sah", "unit": "%",
                 "nodeCode": "3.30.03.2.01", "divisionCode": "METROLOGI", "polarity": "POSITIVE",
                 "valueType": "PERCENT", "frequency": "QUARTERLY", "periodAggregation": "LAST",
                 "targets": [{"quarter": 1, "min": 70, "max": 80}, {"quarter": 2, "value": 75},
                             {"quarter": 3, "value": 80}, {"quarter": 4, "value": 85}]}
              ]
            }""";

    /** The division of each indicator of {@link #PLAN}. */
    public static String divisionOf(String indicatorCode) {
        return switch (indicatorCode) {
            case "IKU-01", "IKP-01" -> "PERDAGANGAN";
            default -> "METROLOGI";
        };
    }

    public final String code = "AG" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);

    /** An agency with {@link #PLAN} as its live plan of 2025, published as its performance agreement (PK). */
    public static TestAgency withPlan() {
        TestAgency agency = new TestAgency();
        agency.as("ADMIN").body(PLAN).when().put("/api/collection/plan/2025").then().statusCode(200);
        agency.publish("PK", 2025, null).statusCode(201);
        return agency;
    }

    /** Publishes the live plan as a version of the year; reason only when given. */
    public ValidatableResponse publish(String kind, int year, String reason) {
        String body = "{\"kind\": \"" + kind + "\", \"year\": " + year
                + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}";
        return as("SAKIP_TEAM").body(body).when().post("/api/collection/plan/versions").then();
    }

    public String token(String role) {
        return DevTokens.mint(role, code);
    }

    public String token(String role, String division) {
        return DevTokens.mint(role, code, division);
    }

    public RequestSpecification as(String role) {
        return given().auth().oauth2(token(role)).contentType(ContentType.JSON);
    }

    public RequestSpecification as(String role, String division) {
        return given().auth().oauth2(token(role, division)).contentType(ContentType.JSON);
    }

    /** A round opened and prepared as the SOP wants before data entry: A1 (opening) through A5 recorded. */
    public String openRound(int year, int quarter) {
        String round = openRoundWithMemo(year, quarter);
        prepare(round);
        return round;
    }

    /** The body of POST /api/collection/rounds: the period and the Head's memo (A1). */
    public static String newRound(int year, int quarter) {
        return "{\"year\": " + year + ", \"quarter\": " + quarter
                + ", \"memo\": {\"number\": \"800/" + quarter + "/DP-Trans/" + year + "\", \"date\": \"" + year + "-04-01\"}}";
    }

    /** A1 only: the Head's memo opens the round; A2-A5 are still to do. */
    public String openRoundWithMemo(int year, int quarter) {
        return as("HEAD").body(newRound(year, quarter))
                .when().post("/api/collection/rounds")
                .then().statusCode(201).extract().path("roundId");
    }

    /** A2-A5, each by its owner: the meeting, the work plan, the document checklist, the operators' briefing. */
    public void prepare(String roundId) {
        step(roundId, "A2", "SECRETARY", MINUTES).statusCode(200);
        step(roundId, "A3", "SAKIP_TEAM", WORK_PLAN).statusCode(200);
        step(roundId, "A4", "SAKIP_TEAM", CHECKLIST).statusCode(200);
        step(roundId, "A5", "SAKIP_TEAM", briefing(roundId)).statusCode(200);
    }

    public static final String MINUTES = """
            {"date": "2025-04-02", "attendees": ["Sekretaris", "Ketua Tim SAKIP"],
             "summary": "Pengumpulan data TW I selesai dalam dua hari kerja"}""";

    public static final String WORK_PLAN = """
            {"activities": [{"activity": "Pengarahan operator", "start": "2025-04-03", "end": "2025-04-03",
                             "responsible": "Tim SAKIP"}]}""";

    public static final String CHECKLIST = """
            {"documents": [{"kind": "PK", "status": "AVAILABLE", "attachment": "PK-2025.pdf"},
                           {"kind": "IKU", "status": "AVAILABLE"}, {"kind": "DPA", "status": "AVAILABLE"},
                           {"kind": "ACTIVITY_EVIDENCE", "status": "INCOMPLETE"},
                           {"kind": "SURVEY_RESULTS", "status": "AVAILABLE"},
                           {"kind": "EVALUATION_REPORTS", "status": "AVAILABLE"},
                           {"kind": "SAKIP_ASSESSMENT", "status": "AVAILABLE"},
                           {"kind": "DATA_COLLECTION_FORM", "status": "NOT_AVAILABLE"}]}""";

    /** A5's body naming one operator of every division with items in the round. */
    public String briefing(String roundId) {
        List<String> divisions = as("SAKIP_TEAM").when().get("/api/collection/rounds/{round}", roundId)
                .then().statusCode(200).extract().path("items.divisionCode");
        return "{\"date\": \"2025-04-03\", \"divisions\": [" + divisions.stream().distinct()
                .map(division -> "{\"divisionCode\": \"" + division + "\", \"attendees\": [\"operator " + division + "\"]}")
                .collect(Collectors.joining(", ")) + "]}";
    }

    public ValidatableResponse step(String roundId, String step, String role, String body) {
        return as(role).body(body).when().post("/api/collection/rounds/{round}/steps/" + step, roundId).then();
    }

    public ValidatableResponse timeline(String roundId) {
        return as("AUDITOR").when().get("/api/collection/rounds/{round}/timeline", roundId).then().statusCode(200);
    }

    /** The operator reads the entry and enters the body with its ETag as If-Match, as a client does. */
    public ValidatableResponse enter(String roundId, String indicatorCode, String body) {
        String etag = as("OPERATOR", divisionOf(indicatorCode))
                .when().get("/api/collection/rounds/{round}/entries/{code}", roundId, indicatorCode)
                .then().statusCode(200).extract().header("ETag");
        return as("OPERATOR", divisionOf(indicatorCode)).header("If-Match", etag).body(body)
                .when().put("/api/collection/rounds/{round}/entries/{code}", roundId, indicatorCode).then();
    }

    /** The ETag of a record as the ADMIN reads it, e.g. "/api/collection/plan/nodes/{code}" → "\"3\"". */
    public String etag(String path, Object... parameters) {
        return as("ADMIN").when().get(path, parameters).then().statusCode(200).extract().header("ETag");
    }

    public ValidatableResponse enter(String roundId, String indicatorCode, Number value) {
        return enter(roundId, indicatorCode, "{\"value\": " + value + ", \"note\": \"data " + indicatorCode + "\"}");
    }

    public ValidatableResponse decide(String roundId, String indicatorCode, String decision, String reason) {
        String body = reason == null ? "{\"decision\": \"" + decision + "\"}"
                : "{\"decision\": \"" + decision + "\", \"reason\": \"" + reason + "\"}";
        return as("DIVISION_HEAD", divisionOf(indicatorCode)).body(body)
                .when().post("/api/collection/rounds/{round}/entries/{code}/verification", roundId, indicatorCode).then();
    }

    public void enterAndVerify(String roundId, String indicatorCode, Number value) {
        enter(roundId, indicatorCode, value).statusCode(200);
        decide(roundId, indicatorCode, "VERIFY", null).statusCode(200).body("state", equalTo("VERIFIED"));
    }

    /** A Q1 2025 round of {@link #PLAN} with every entry verified: IKU-01 4.2, IKP-01 20, IKK-01 72. */
    public String verifiedFirstQuarter() {
        String round = openRound(2025, 1);
        enterAndVerify(round, "IKU-01", 4.2);
        enterAndVerify(round, "IKP-01", 20);
        enterAndVerify(round, "IKK-01", 72);
        return round;
    }

    public ValidatableResponse submit(String roundId) {
        return as("SAKIP_TEAM").when().post("/api/collection/rounds/{round}/recap", roundId).then();
    }

    public ValidatableResponse entry(String roundId, String indicatorCode) {
        return as("SAKIP_TEAM").when().get("/api/collection/rounds/{round}/entries/{code}", roundId, indicatorCode).then();
    }
}
