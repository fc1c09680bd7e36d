package id.go.kinerja.collection.conventions;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Values are read as the JSON type their field has, never converted, and numbers and instants leave in one form. */
@QuarkusTest
class WireFormatTest {

    private static final String MILLISECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Test
    void aValueOfAnotherJsonTypeIsRefusedNamingTheField() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        agency.enter(round, "IKP-01", "{\"value\": \"5\"}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("value"));
        agency.enter(round, "IKP-01", "{\"value\": 5, \"note\": 12}").statusCode(400)
                .body("errors[0].field", equalTo("note"));
        agency.as("ADMIN").body("{\"code\": \"GUDANG\", \"name\": true}").when().post("/api/collection/divisions")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        agency.as("HEAD").body("{\"year\": \"2025\", \"quarter\": 2, \"memo\": {\"number\": \"1\", \"date\": \"2025-04-01\"}}")
                .when().post("/api/collection/rounds").then().statusCode(400).body("errors[0].field", equalTo("year"));
        agency.as("HEAD").body("{\"year\": 2025, \"quarter\": 2.5, \"memo\": {\"number\": \"1\", \"date\": \"2025-04-01\"}}")
                .when().post("/api/collection/rounds").then().statusCode(400).body("errors[0].field", equalTo("quarter"));
        agency.as("DIVISION_HEAD", "PERDAGANGAN").body("{\"decision\": 0}")
                .when().post("/api/collection/rounds/{round}/entries/IKP-01/verification", round)
                .then().statusCode(400).body("errors[0].field", equalTo("decision"));
        agency.entry(round, "IKP-01").body("state", equalTo("NOT_ENTERED"));
    }

    @Test
    void decimalsLeaveWithoutTrailingZerosAndInstantsWithMilliseconds() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        agency.enter(round, "IKU-01", "{\"value\": 4.2000}").statusCode(200)
                .body("value", equalTo(4.2f))
                .body("enteredAt", matchesPattern(MILLISECONDS))
                .body("history[-1].at", matchesPattern(MILLISECONDS));
        String raw = agency.entry(round, "IKU-01").extract().asString();
        org.hamcrest.MatcherAssert.assertThat(raw, matchesPattern(".*\"value\":4\\.2[,}].*"));
        agency.as("ADMIN").header("If-Match", agency.etag("/api/collection/plan/nodes/3.30.03"))
                .body("{\"amount\": 4802.00}").when().put("/api/collection/plan/nodes/3.30.03/budget-ceilings/2025")
                .then().statusCode(200);
        String node = agency.as("ADMIN").when().get("/api/collection/plan/nodes/3.30.03").then().extract().asString();
        org.hamcrest.MatcherAssert.assertThat(node, matchesPattern(".*\"amount\":4802[,}].*"));
    }
}
