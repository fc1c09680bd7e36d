package id.go.kinerja.collection.errors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.collection.TestAgency;
import id.go.kinerja.infrastructure.EmbeddedPostgresServer;
import id.go.kinerja.infrastructure.KinerjaTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * While the service's database refuses connections, reads and writes answer 503 problem+json with Retry-After within
 * the configured timeouts (never a 500, never a hang), and the service works again by itself once it is back.
 */
@QuarkusTest
class DatabaseOutageTest {

    /** The acquisition timeout (5 s) with room for a loaded machine; a hang would run into the socket timeout. */
    private static final Duration PROMPT = Duration.ofSeconds(15);

    @Test
    void readsAndWritesAnswer503WithRetryAfterDuringAnOutageAndWorkAgainAfter() throws SQLException {
        TestAgency agency = new TestAgency();
        agency.as("ADMIN").body("{\"code\": \"HUKUM\", \"name\": \"Bidang Hukum\"}")
                .when().post("/api/collection/divisions").then().statusCode(201);

        refuseConnections(true);
        try {
            unavailable(() -> agency.as("ADMIN").when().get("/api/collection/divisions").then());
            unavailable(() -> agency.as("ADMIN").body("{\"code\": \"UMUM\", \"name\": \"Bidang Umum\"}")
                    .when().post("/api/collection/divisions").then());
            unavailable(() -> agency.as("HEAD").body(TestAgency.newRound(2025, 1))
                    .when().post("/api/collection/rounds").then());
        } finally {
            refuseConnections(false);
        }

        long deadline = System.nanoTime() + PROMPT.toNanos();
        int status;
        do {
            status = agency.as("ADMIN").when().get("/api/collection/divisions").then().extract().statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        agency.as("ADMIN").when().get("/api/collection/divisions").then().statusCode(200).body("items.code", equalTo(List.of("HUKUM")));
    }

    private static void unavailable(Supplier<ValidatableResponse> request) {
        long start = System.nanoTime();
        ValidatableResponse response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        response.log().ifValidationFails().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("status", equalTo(503))
                .body("detail", containsString("database"));
        assertTrue(took.compareTo(PROMPT) < 0, "answered after " + took);
    }

    /** What an operator does to take a database away: no new connections, and the open ones ended. */
    private static void refuseConnections(boolean refuse) throws SQLException {
        EmbeddedPostgresServer postgres = KinerjaTestInfrastructure.postgres();
        try (Connection admin = DriverManager.getConnection(postgres.jdbcUrl("postgres"), EmbeddedPostgresServer.USER, "");
             Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE " + KinerjaTestInfrastructure.DATABASE + " ALLOW_CONNECTIONS " + !refuse);
            if (refuse) {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + KinerjaTestInfrastructure.DATABASE + "'");
            }
        }
    }
}
