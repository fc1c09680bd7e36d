package id.go.kinerja.approval;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.platform.security.Roles;
import id.go.kinerja.platform.worktime.StandardTime;
import id.go.kinerja.platform.worktime.WorkingCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What operations and front-end developers rely on: health, metrics, OpenAPI, and clear answers to bad requests. */
@QuarkusTest
class ServiceSurfaceTest extends ApprovalTestSupport {

    @Inject
    WorkingCalendar calendar;

    @Test
    void theWorkingCalendarIsInjectableWithTheDefaultWorkingHoursInWib() {
        // Friday 15:00 WIB + 1 working day: Monday 15:00
        assertEquals(LocalDateTime.parse("2025-05-12T15:00").atZone(WorkingCalendar.WIB).toInstant(),
                calendar.deadline(LocalDateTime.parse("2025-05-09T15:00").atZone(WorkingCalendar.WIB).toInstant(),
                        StandardTime.parse("1d")));
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Kafka broker"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsIncludeTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("kinerja_outbox_backlog_events"));
    }

    @Test
    void openApiDescribesTheEndpointsWithTheIndonesianTerms() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/approval/inbox"))
                .body(containsString("/api/approval/recaps/{recapId}/items/{indicatorCode}/decision"))
                .body(containsString("/api/approval/recaps/{recapId}/disposition"))
                .body(containsString("/api/approval/audit"))
                .body(containsString("jejak audit"))
                .body(containsString("/api/approval/operations/dead-letters/{topic}/{partition}/{offset}/replay"))
                .body(containsString("kirim ulang"))
                .body(containsString("disposisi"));
    }

    @Test
    void withoutATokenNothingIsShown() {
        given().get("/api/approval/inbox").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/approval/recaps/{id}", recapId).then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/approval/inbox").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void badInputIsAnsweredWithAClientErrorNeverAServerError() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        String decision = "/api/approval/recaps/{id}/items/IKS-01/decision";

        secretary().get("/api/approval/recaps/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'not-a-uuid' is not a UUID"));
        secretary().get("/api/approval/recaps/{id}/revisions/two", recapId).then().statusCode(400);
        secretary().get("/api/approval/recaps/{id}/revisions/0", recapId).then().statusCode(404);
        secretary().queryParam("page", -1).get("/api/approval/inbox").then().statusCode(400)
                .contentType("application/problem+json");
        secretary().queryParam("size", 201).get("/api/approval/inbox").then().statusCode(400);
        secretary().queryParam("size", "many").get("/api/approval/inbox").then().statusCode(400);
        secretary().queryParam("status", "SIDELINED").get("/api/approval/recaps").then().statusCode(400);
        secretary().queryParam("decision", "MAYBE").get("/api/approval/recaps/{id}", recapId).then().statusCode(400);

        secretary().put(decision, recapId).then().statusCode(400).contentType("application/problem+json");
        secretary().body("{").put(decision, recapId).then().statusCode(400).contentType("application/problem+json");
        secretary().body("[]").put(decision, recapId).then().statusCode(400).contentType("application/problem+json");
        secretary().body(Map.of("revision", "first", "decision", "ACCEPTED")).put(decision, recapId).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("revision"));
        secretary().body(Map.of("revision", 1, "decision", "MAYBE")).put(decision, recapId).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("decision"));
        secretary().body(Map.of("revision", 1, "decision", "ACCEPTED", "approvedBy", "me")).put(decision, recapId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("approvedBy"));
        as(Roles.HEAD).body(Map.of("revision", 1, "decision", "ACCEPTED")).put(decision, recapId).then().statusCode(403)
                .contentType("application/problem+json");
        secretary().body(Map.of("decision", "ACCEPTED")).put(decision, recapId).then().statusCode(400)
                .body("errors.field", hasItem("revision"));
        secretary().body(Map.of("revision", 0, "decision", "ACCEPTED")).put(decision, recapId).then().statusCode(400);
        secretary().body(Map.of("revision", 1, "decision", "RETURNED", "reason", "x".repeat(2001), "returnTo", "COLLECTION"))
                .put(decision, recapId).then().statusCode(400);
        secretary().body(Map.of("revision", 1, "decision", "ACCEPTED")).put("/api/approval/recaps/{id}/items/{code}/decision",
                recapId, "X".repeat(300)).then().statusCode(lessThan(500));
        secretary().contentType(ContentType.TEXT).body("ACCEPTED").put(decision, recapId).then().statusCode(415);
        secretary().body(Map.of("revision", 1, "decisions", List.of())).put("/api/approval/recaps/{id}/decisions", recapId)
                .then().statusCode(400);
        secretary().body(Map.of("revision", 1, "decisions", List.of(Map.of("indicatorCode", "IKS-01", "decision", "ACCEPTED"),
                        Map.of("indicatorCode", "IKS-01", "decision", "ACCEPTED"))))
                .put("/api/approval/recaps/{id}/decisions", recapId).then().statusCode(400)
                .body("errors[0].field", equalTo("decisions[1].indicatorCode"));
        secretary().body(Map.of("revision", 1, "decisions", List.of(Map.of("indicatorCode", "IKS-01", "decision", "RETURNED"))))
                .put("/api/approval/recaps/{id}/decisions", recapId).then().statusCode(400)
                .body("errors.field", hasItem("decisions[0].reason"));
        secretary().body(Map.of("revision", 1, "decisions", List.of(Map.of("indicatorCode", "NOPE", "decision", "ACCEPTED"))))
                .put("/api/approval/recaps/{id}/decisions", recapId).then().statusCode(404);
        secretary().post("/api/approval/recaps/{id}/approval", recapId).then().statusCode(400);
        secretary().body(Map.of("note", "tanpa revisi")).post("/api/approval/recaps/{id}/return", recapId).then().statusCode(400);
        as(Roles.HEAD).body(Map.of()).post("/api/approval/recaps/{id}/disposition", recapId).then().statusCode(400)
                .body("errors.field", hasItem("text"));
        as(Roles.HEAD).body(Map.of("text", "x".repeat(4001))).post("/api/approval/recaps/{id}/disposition", recapId)
                .then().statusCode(400);

        // nothing half-written stayed behind
        secretary().get("/api/approval/recaps/{id}", recapId).then().statusCode(200)
                .body("status", equalTo("AWAITING_REVIEW")).body("document.undecidedCount", equalTo(6));
    }
}
