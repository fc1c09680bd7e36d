package id.go.kinerja.collection.round;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Realisations pushed by an integration wait for the operator's confirmation and the division head's verification. */
@QuarkusTest
class RealisationPushTest {

    private static final String PUSH = "/api/collection/rounds/{round}/realisations";

    @Test
    void pushedRealisationsWaitForTheOperatorAndThenTheDivisionHead() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        push(agency, round, """
                {"source": "SIPD-Keuangan", "items": [
                  {"indicatorCode": "IKP-01", "value": 18, "note": "SP2D s.d. 31 Maret"},
                  {"indicatorCode": "IKK-01", "value": 71}]}""").statusCode(200)
                .body("proposed", equalTo(2))
                .body("items.state", equalTo(List.of("PROPOSED", "PROPOSED")));
        agency.entry(round, "IKP-01").statusCode(200)
                .body("state", equalTo("PROPOSED")).body("source", equalTo("SIPD-Keuangan"))
                .body("value", equalTo(18)).body("note", equalTo("SP2D s.d. 31 Maret"))
                .body("enteredBy", nullValue())
                .body("history[-1].action", equalTo("PROPOSED"))
                .body("history[-1].role", equalTo("INTEGRATION"));

        agency.decide(round, "IKP-01", "VERIFY", null).statusCode(409)
                .body("detail", containsString("awaits the operator's confirmation"));
        agency.as("OPERATOR", "METROLOGI").when()
                .post("/api/collection/rounds/{round}/entries/IKP-01/confirmation", round).then().statusCode(403);
        agency.as("OPERATOR", "PERDAGANGAN").when()
                .post("/api/collection/rounds/{round}/entries/IKP-01/confirmation", round).then().statusCode(200)
                .body("state", equalTo("ENTERED")).body("source", equalTo("SIPD-Keuangan"))
                .body("value", equalTo(18)).body("enteredBy", notNullValue())
                .body("history[-1].action", equalTo("CONFIRMED"));
        agency.decide(round, "IKP-01", "VERIFY", null).statusCode(200).body("state", equalTo("VERIFIED"));

        // the operator may put their own figure instead: it is then theirs, not the integration's
        agency.enter(round, "IKK-01", 73).statusCode(200)
                .body("state", equalTo("ENTERED")).body("source", nullValue()).body("value", equalTo(73));
        agency.as("OPERATOR", "METROLOGI").when()
                .post("/api/collection/rounds/{round}/entries/IKK-01/confirmation", round).then().statusCode(409);
    }

    @Test
    void aPushIsAllOrNothingAndNeverOverwritesAnOperatorsEntry() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        push(agency, round, """
                {"source": "SIPD-Keuangan", "items": [{"indicatorCode": "IKP-01", "value": 5},
                                                      {"indicatorCode": "IKU-02", "grade": "BB"}]}""").statusCode(400)
                .body("errors[0].field", equalTo("items[1].indicatorCode"))
                .body("errors[0].message", containsString("is not an item of round"));
        push(agency, round, """
                {"source": "SIPD-Keuangan", "items": [{"indicatorCode": "IKP-01", "value": -5}]}""").statusCode(400);
        push(agency, round, """
                {"source": "SIPD-Keuangan", "items": [{"indicatorCode": "IKP-01", "grade": "BB"}]}""").statusCode(400);
        push(agency, round, """
                {"source": " ", "items": [{"indicatorCode": "IKP-01", "value": 5}]}""").statusCode(400);

        agency.enter(round, "IKU-01", 4.5).statusCode(200);
        push(agency, round, """
                {"source": "SIPD-Keuangan", "items": [{"indicatorCode": "IKP-01", "value": 5},
                                                      {"indicatorCode": "IKU-01", "value": 3}]}""").statusCode(409)
                .body("detail", containsString("IKU-01 was entered by an operator"));
        agency.entry(round, "IKP-01").body("state", equalTo("NOT_ENTERED"));
        agency.entry(round, "IKU-01").body("state", equalTo("ENTERED")).body("value", equalTo(4.5f));

        agency.as("OPERATOR", "PERDAGANGAN").body("{\"source\": \"x\", \"items\": [{\"indicatorCode\": \"IKP-01\", \"value\": 1}]}")
                .when().post(PUSH, round).then().statusCode(403);
        TestAgency other = TestAgency.withPlan();
        push(other, round, """
                {"source": "SIPD-Keuangan", "items": [{"indicatorCode": "IKP-01", "value": 5}]}""").statusCode(404);
    }

    private static ValidatableResponse push(TestAgency agency, String round, String body) {
        return agency.as("INTEGRATION").body(body).when().post(PUSH, round).then();
    }
}
