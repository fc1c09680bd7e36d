package id.go.kinerja.measurement.operations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What operations staff rely on: readiness, metrics and the API description. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessMetricsAndOpenApiAreServed() {
        UUID recapId = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(recapId, Events.newAgency(), 1));
        Events.awaitMeasured(recapId, 1, 1);

        Api.anonymous().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
        Api.anonymous().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("kinerja_measurement_duration_seconds_count{trigger=\"SUBMITTED\"}"))
                .body(containsString("kinerja_outbox_backlog_events"));
        Api.anonymous().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/measurement/methodologies/{indicatorCode}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/measurement/recaps/{recapId}/worksheet"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/measurement/recaps/{recapId}/remeasure"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/measurement/predicate-scales"));
    }
}
