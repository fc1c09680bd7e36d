package id.go.kinerja.collection.round;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rounds per status, as the SOP dashboard shows them for collection. */
@QuarkusTest
class RoundMetricsTest {

    @Test
    void anOpenedRoundIsCountedAndTheAgencysOtherStatusesReadZero() {
        TestAgency agency = TestAgency.withPlan();
        agency.openRound(2025, 1);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString()
                    .replace(",}", "}");
            assertThat(metrics, containsString("kinerja_recaps{agency=\"" + agency.code + "\",status=\"OPEN\"} 1.0"));
            // every status of the agency is there, so one that empties reads 0 rather than disappearing
            assertThat(metrics, containsString("kinerja_recaps{agency=\"" + agency.code + "\",status=\"SUBMITTED\"} 0.0"));
            assertThat(metrics, containsString("kinerja_recaps{agency=\"" + agency.code + "\",status=\"ARCHIVED\"} 0.0"));
        });
    }
}
