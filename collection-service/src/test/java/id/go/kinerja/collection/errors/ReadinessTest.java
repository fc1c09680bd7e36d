package id.go.kinerja.collection.errors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Readiness waits for the warm-up, so the first requests a load balancer sends are answered promptly. */
@QuarkusTest
class ReadinessTest {

    @Test
    void readinessReportsTheWarmUpOfDatabaseTokensJsonAndTheRestLayer() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (given().when().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("warm-up"))
                .body("checks.find { it.name == 'warm-up' }.status", containsString("UP"))
                .body("checks.find { it.name == 'warm-up' }.data.database", containsString("entities"))
                .body("checks.find { it.name == 'warm-up' }.data.'token verification'", containsString("refused"))
                .body("checks.find { it.name == 'warm-up' }.data.http", containsString("answered 404"));
    }
}
