package id.go.kinerja.measurement.recap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.infrastructure.EmbeddedPostgresServer;
import id.go.kinerja.infrastructure.KinerjaTestInfrastructure;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.measurement.support.MeasurementSop;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a recap submitted while measurement's database refuses connections was dead-lettered after the retries
 * ran out, and stayed SUBMITTED for ever. Now the consumer waits out the outage, shows as stalled, and measures the
 * recap once when the database is back.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final Pattern STALLED = Pattern.compile("^kinerja_consumer_stalled\\{[^}]*"
            + "consumer=\"measurement-service\"[^}]*topic=\"" + Pattern.quote(Events.RECAP_SUBMITTED)
            + "\"[^}]*} (\\S+)$", Pattern.MULTILINE);

    @Test
    void aRecapSubmittedWhileTheDatabaseRefusesConnectionsIsMeasuredOnceWhenItIsBackAndNeverDeadLettered()
            throws InterruptedException {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        ObjectNode submitted = Events.recapSubmitted(recapId, agency, 1);
        MeasurementSop.ready(agency, submitted.get("year").asInt(), submitted.get("quarter").asInt());

        try (EmbeddedPostgresServer.Outage outage = KinerjaTestInfrastructure.postgres()
                .refuseConnections(KinerjaTestInfrastructure.DATABASE)) {
            Events.send(Events.RECAP_SUBMITTED, submitted);
            awaitStalled(1);
            // ten times the longest backoff of the tests: the old consumer gave up after its deadline by now
            Thread.sleep(10_000);

            assertEquals(1, stalled(), "still reported stalled while the database is down");
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'Event consumers' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Event consumers' }.data.'" + Events.RECAP_SUBMITTED + "'",
                            containsString("not currently accepting connections"));
            given().get("/q/health/live").then().statusCode(200);
            assertEquals(0, Events.topics().all(Events.RECAP_SUBMITTED_DLQ, value -> value.contains(recapId.toString()),
                    Duration.ofSeconds(1)).size(), "a good event is never dead-lettered for an outage");
        }

        Events.awaitMeasured(recapId, 1, 1);
        assertEquals(1, Events.allMeasured(recapId, Duration.ofSeconds(2)).size(), "measured exactly once");
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(200)
                .body("recapState", equalTo("MEASURED"))
                .body("history.measuredRevision", contains(1));
        awaitStalled(0);
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'Event consumers' }.status", equalTo("UP"));
        assertEquals(0, Events.topics().all(Events.RECAP_SUBMITTED_DLQ, value -> value.contains(recapId.toString()),
                Duration.ofSeconds(1)).size());
    }

    private static void awaitStalled(int expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (stalled() != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(expected, stalled(), "kinerja_consumer_stalled of " + Events.RECAP_SUBMITTED);
    }

    /** The gauge, or -1 before the consumer was ever stalled. */
    private static int stalled() {
        Matcher gauge = STALLED.matcher(given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .extract().asString());
        return gauge.find() ? new BigDecimal(gauge.group(1)).intValueExact() : -1;
    }
}
