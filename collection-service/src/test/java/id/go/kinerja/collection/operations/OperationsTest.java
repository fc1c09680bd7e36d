package id.go.kinerja.collection.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operations staff and front-end developers rely on: health, metrics, the API description, security. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessCoversTheDatabaseAndTheBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka broker", "Database connections health check"));
    }

    @Test
    void metricsIncludeTheOutboxBacklog() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("kinerja_outbox_backlog_events"))
                .body(containsString("kinerja_outbox_oldest_unsent_age_seconds"));
    }

    @Test
    void theApiIsDescribedWithItsIndonesianTerms() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/collection/rounds/{roundId}/recap"))
                .body(containsString("/api/collection/plan/{year}"))
                .body(containsString("realisasi"))
                .body(containsString("sasaran"));
    }

    @Test
    void everyEndpointWantsAValidTokenWithAnAgency() {
        given().when().get("/api/collection/rounds").then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/api/collection/rounds").then().statusCode(401);
        TestAgency agency = new TestAgency();
        agency.as("OPERATOR", "PERDAGANGAN").when().post("/api/collection/rounds/{id}/recap",
                "0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b").then().statusCode(403);
    }
}
