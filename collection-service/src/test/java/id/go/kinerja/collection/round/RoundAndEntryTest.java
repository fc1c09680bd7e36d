package id.go.kinerja.collection.round;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Rounds, entries and the division head's verification (SOP A1-A7), with their role and division rules. */
@QuarkusTest
class RoundAndEntryTest {

    @Test
    void aRoundCollectsQuarterlyIndicatorsEveryQuarterAndAnnualOnesInTheFourth() {
        TestAgency agency = TestAgency.withPlan();
        String first = agency.openRound(2025, 1);
        agency.as("HEAD").when().get("/api/collection/rounds/{id}", first)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("items.indicatorCode", contains("IKK-01", "IKP-01", "IKU-01"))
                .body("items.state", contains("NOT_ENTERED", "NOT_ENTERED", "NOT_ENTERED"))
                .body("items.find { it.indicatorCode == 'IKK-01' }.target.min", equalTo(70))
                .body("items.find { it.indicatorCode == 'IKP-01' }.target.value", equalTo(25));
        String fourth = agency.openRound(2025, 4);
        agency.as("HEAD").when().get("/api/collection/rounds/{id}", fourth)
                .then().statusCode(200)
                .body("items.indicatorCode", contains("IKK-01", "IKP-01", "IKU-01", "IKU-02"))
                .body("items.find { it.indicatorCode == 'IKU-02' }.target.grade", equalTo("BB"));

        agency.as("HEAD").body(TestAgency.newRound(2025, 1))
                .when().post("/api/collection/rounds")
                .then().statusCode(409).body("detail", equalTo("The round of 2025 Q1 is open already"));
        agency.as("HEAD").body(TestAgency.newRound(2026, 1))
                .when().post("/api/collection/rounds")
                .then().statusCode(409)
                .body("detail", equalTo("No performance agreement of 2026 is published: publish the performance "
                        + "agreement (PK) of 2026 first"));
        agency.as("SECRETARY").body(TestAgency.newRound(2025, 2))
                .when().post("/api/collection/rounds").then().statusCode(403);
        agency.as("HEAD").body(TestAgency.newRound(2025, 5))
                .when().post("/api/collection/rounds")
                .then().statusCode(400).body("errors[0].field", equalTo("quarter"));
        agency.as("HEAD").body("{\"year\": 2025, \"quarter\": 2}")
                .when().post("/api/collection/rounds")
                .then().statusCode(400).body("errors[0].field", equalTo("memo"));

        agency.as("AUDITOR").when().get("/api/collection/rounds")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.quarter", contains(4, 1))
                .body("items[1].entries.NOT_ENTERED", equalTo(3));
        agency.as("AUDITOR").when().get("/api/collection/rounds?quarter=4&status=OPEN")
                .then().statusCode(200).body("items.roundId", contains(fourth));
    }

    @Test
    void operatorsEnterOnlyTheirOwnDivisionsIndicators() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 4);

        agency.enter(round, "IKP-01", 20).statusCode(200)
                .body("state", equalTo("ENTERED"))
                .body("value", equalTo(20))
                .body("enteredBy", equalTo("operator.perdagangan@" + agency.code.toLowerCase()))
                .body("target.value", equalTo(25));
        agency.as("OPERATOR", "METROLOGI").body("{\"value\": 21}")
                .when().put("/api/collection/rounds/{round}/entries/IKP-01", round)
                .then().statusCode(403).contentType("application/problem+json");
        new TestAgency().as("OPERATOR", "PERDAGANGAN").body("{\"value\": 21}")
                .when().put("/api/collection/rounds/{round}/entries/IKP-01", round)
                .then().statusCode(404);
        agency.as("OPERATOR", "PERDAGANGAN").body("{\"value\": 21}")
                .when().put("/api/collection/rounds/{round}/entries/IKX-99", round)
                .then().statusCode(404);

        // corrections are allowed while nobody verified the entry
        agency.enter(round, "IKP-01", "{\"value\": 22, \"note\": \"koreksi\"}").statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("value", equalTo(22)).body("note", equalTo("koreksi"))
                .body("version", equalTo(2));
        agency.enter(round, "IKP-01", -4).statusCode(400)
                .body("errors[0].field", equalTo("value")).body("errors[0].message", equalTo("must not be negative"));
        agency.enter(round, "IKP-01", "{\"grade\": \"BB\"}").statusCode(400).body("errors[0].field", equalTo("value"));
        agency.enter(round, "IKU-02", 5).statusCode(400).body("errors[0].field", equalTo("grade"));
        agency.enter(round, "IKU-02", "{\"grade\": \"B\"}").statusCode(200).body("grade", equalTo("B"));
        agency.enter(round, "IKP-01", "{\"value\": 1, \"colour\": \"red\"}").statusCode(400)
                .body("errors[0].field", equalTo("colour"));
        agency.enter(round, "IKP-01", "{\"value\": \"dua puluh\"}").statusCode(400)
                .body("errors[0].field", equalTo("value"));
        agency.as("OPERATOR", "PERDAGANGAN")
                .when().put("/api/collection/rounds/{round}/entries/IKP-01", round)
                .then().statusCode(400).contentType("application/problem+json");
        agency.as("OPERATOR", "PERDAGANGAN").body("{\"value\": 1}")
                .when().put("/api/collection/rounds/12345/entries/IKP-01")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("roundId: '12345' is not a UUID"));

        // an operator works on the own division's part of the round
        agency.as("OPERATOR", "METROLOGI").when().get("/api/collection/rounds/{round}", round)
                .then().statusCode(200).body("items.indicatorCode", contains("IKK-01", "IKU-02"));
        agency.as("OPERATOR", "METROLOGI").when().get("/api/collection/rounds/{round}/entries/IKP-01", round)
                .then().statusCode(403);
    }

    @Test
    void divisionHeadsVerifyOrSendBackTheirDivisionsEntries() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);

        agency.decide(round, "IKP-01", "VERIFY", null).statusCode(409)
                .body("code", equalTo("ENTRY_NOT_ENTERED")).body("detail", equalTo("IKP-01 has not been entered yet"));
        agency.enter(round, "IKP-01", 20).statusCode(200);
        agency.as("OPERATOR", "PERDAGANGAN").body("{\"decision\": \"VERIFY\"}")
                .when().post("/api/collection/rounds/{round}/entries/IKP-01/verification", round)
                .then().statusCode(403);
        agency.as("DIVISION_HEAD", "METROLOGI").body("{\"decision\": \"VERIFY\"}")
                .when().post("/api/collection/rounds/{round}/entries/IKP-01/verification", round)
                .then().statusCode(403);
        agency.decide(round, "IKP-01", "SEND_BACK", null).statusCode(400).body("errors[0].field", equalTo("reason"));
        agency.decide(round, "IKP-01", "MAYBE", null).statusCode(400).body("errors[0].field", equalTo("decision"));

        agency.decide(round, "IKP-01", "SEND_BACK", "Angka tidak sesuai daftar hadir").statusCode(200)
                .body("state", equalTo("SENT_BACK"));
        agency.as("OPERATOR", "PERDAGANGAN").when().get("/api/collection/rounds/{round}/entries/IKP-01", round)
                .then().statusCode(200)
                .body("state", equalTo("SENT_BACK"))
                .body("sentBack.reason", equalTo("Angka tidak sesuai daftar hadir"))
                .body("sentBack.by", equalTo("division_head.perdagangan@" + agency.code.toLowerCase()));
        agency.decide(round, "IKP-01", "VERIFY", null).statusCode(409).body("detail", containsString("sent back"));

        agency.enter(round, "IKP-01", 24).statusCode(200).body("state", equalTo("ENTERED"));
        agency.decide(round, "IKP-01", "VERIFY", null).statusCode(200)
                .body("state", equalTo("VERIFIED"))
                .body("verifiedBy", equalTo("division_head.perdagangan@" + agency.code.toLowerCase()));
        agency.enter(round, "IKP-01", 25).statusCode(409).body("detail", containsString("is verified"));
        agency.decide(round, "IKP-01", "VERIFY", null).statusCode(409);
        agency.entry(round, "IKP-01").statusCode(200)
                .body("history.action", contains("ENTERED", "SENT_BACK", "ENTERED", "VERIFIED"))
                .body("history.role", contains("OPERATOR", "DIVISION_HEAD", "OPERATOR", "DIVISION_HEAD"))
                .body("history[1].reason", equalTo("Angka tidak sesuai daftar hadir"))
                .body("history[2].value", equalTo(24))
                .body("returned", nullValue());

        // before submission the head may still take a verified value back
        agency.decide(round, "IKP-01", "SEND_BACK", "Lampirkan bukti").statusCode(200).body("state", equalTo("SENT_BACK"));
    }

    @Test
    void budgetRealisationAboveThePaguIsRefusedUnlessJustified() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        String path = "/api/collection/rounds/{round}/budget-realisations/{node}";

        agency.as("SAKIP_TEAM").body("{\"amount\": 1200000}")
                .when().put(path, round, "3.30.03")
                .then().statusCode(400).body("errors[0].field", equalTo("justification"))
                .body("errors[0].message", containsString("above the pagu"));
        agency.as("SAKIP_TEAM").body("{\"amount\": 1200000, \"justification\": \"Tambahan APBD Perubahan\"}")
                .when().put(path, round, "3.30.03")
                .then().statusCode(200).body("amount", equalTo(1200000)).body("budgetCeiling", equalTo(1000000));
        agency.as("SAKIP_TEAM").body("{\"amount\": 250000.50}")
                .when().put(path, round, "3.30.03.2.01")
                .then().statusCode(200).body("amount", equalTo(250000.5f));
        agency.as("SAKIP_TEAM").body("{\"amount\": 10}")
                .when().put(path, round, "S1")
                .then().statusCode(400).body("errors[0].field", equalTo("nodeCode"));
        agency.as("SAKIP_TEAM").body("{\"amount\": -10}")
                .when().put(path, round, "3.30.03")
                .then().statusCode(400).body("errors[0].field", equalTo("amount"));
        agency.as("OPERATOR", "PERDAGANGAN").body("{\"amount\": 10}")
                .when().put(path, round, "3.30.03")
                .then().statusCode(403);
        new TestAgency().as("SAKIP_TEAM").body("{\"amount\": 10}")
                .when().put(path, round, "3.30.03")
                .then().statusCode(404);
        agency.as("HEAD").when().get("/api/collection/rounds/{round}/budget-realisations", round)
                .then().statusCode(200)
                .body("nodeCode", contains("3.30.03", "3.30.03.2.01"))
                .body("justification", contains("Tambahan APBD Perubahan", null));
    }

    @Test
    void anotherAgencySeesNoRoundOfThisOne() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        TestAgency other = new TestAgency();
        other.as("HEAD").when().get("/api/collection/rounds").then().statusCode(200).body("items", empty());
        other.as("HEAD").when().get("/api/collection/rounds/{round}", round).then().statusCode(404);
        other.as("HEAD").when().get("/api/collection/rounds/{round}/entries/IKP-01", round).then().statusCode(404);
        other.as("DIVISION_HEAD", "PERDAGANGAN").body("{\"decision\": \"VERIFY\"}")
                .when().post("/api/collection/rounds/{round}/entries/IKP-01/verification", round)
                .then().statusCode(404);
        other.as("HEAD").when().get("/api/collection/rounds/{round}/budget-realisations", round).then().statusCode(404);
    }
}
