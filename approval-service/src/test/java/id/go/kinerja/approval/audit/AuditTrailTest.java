package id.go.kinerja.approval.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.approval.ApprovalTestSupport;
import id.go.kinerja.approval.RecapMeasuredSample;
import id.go.kinerja.infrastructure.KinerjaTestInfrastructure;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit trail (issue 5): every change and every refused request is written down with who, what, when and
 * the request id; the Inspectorate and the Head read their agency's part; nobody can change what is written.
 */
@QuarkusTest
class AuditTrailTest extends ApprovalTestSupport {

    private static final String AUDIT = "/api/approval/audit";

    @Test
    void aDecisionIsRecordedWithItsActorTheStateBeforeAndAfterAndTheCallersRequestId() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        String requestId = "req-" + UUID.randomUUID();

        secretary().header("X-Request-Id", requestId).body(Map.of("revision", 1, "decision", "ACCEPTED"))
                .put("/api/approval/recaps/{id}/items/IKS-01/decision", recapId)
                .then().statusCode(200).header("X-Request-Id", equalTo(requestId));

        trail(Roles.AUDITOR, Map.of("requestId", requestId)).body("total", equalTo(2))
                .body("items.action", containsInAnyOrder("ItemDecided",
                        "PUT /api/approval/recaps/{recapId}/items/{indicatorCode}/decision"))
                .body("items.outcome", everyItem(equalTo("DONE")))
                .body("items.actorId", everyItem(equalTo("secretary@disdagtrans")))
                .body("items.actorRoles", everyItem(contains("SECRETARY")))
                .body("items.agencyCode", everyItem(equalTo(AGENCY)))
                .body("items.target", everyItem(equalTo(recapId + "/IKS-01")))
                .body("items.find { it.action == 'ItemDecided' }.before", nullValue())
                .body("items.find { it.action == 'ItemDecided' }.after.decision", equalTo("ACCEPTED"))
                .body("items.find { it.action == 'ItemDecided' }.status", nullValue())
                .body("items.find { it.action != 'ItemDecided' }.status", equalTo(200));
    }

    @Test
    void anApprovalGetsARequestIdWhenTheCallerSentNoneAndShowsTheRecapBeforeAndAfter() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        accept(1, ITEMS);

        String requestId = approve(1, "Setuju").then().statusCode(200).extract().header("X-Request-Id");

        assertTrue(requestId != null && !requestId.isBlank(), "the service hands back the request id it made");
        trail(Roles.HEAD, Map.of("requestId", requestId, "action", "RecapApproved")).body("total", equalTo(1))
                .body("items[0].target", equalTo(recapId.toString()))
                .body("items[0].before.status", equalTo("AWAITING_REVIEW"))
                .body("items[0].after.status", equalTo("APPROVED"))
                .body("items[0].after.approvedRevision", equalTo(1));
        trail(Roles.AUDITOR, Map.of("target", recapId.toString(), "outcome", "DONE"))
                .body("items.action", hasItem("POST /api/approval/recaps/{recapId}/approval"))
                .body("items.action", hasItem("PUT /api/approval/recaps/{recapId}/decisions"))
                .body("items.action", hasItem("ItemsDecided"))
                .body("items.action", hasItem("RecapReceivedForReview"));
    }

    @Test
    void aForbiddenApprovalIsRecordedAsRefusedThoughTheBusinessTransactionRolledBack() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        accept(1, ITEMS);

        as(Roles.HEAD).header("X-Request-Id", "forbidden-" + recapId).body(Map.of("revision", 1))
                .post("/api/approval/recaps/{id}/approval", recapId).then().statusCode(403);
        approve(1, "Setuju").then().statusCode(200);
        approve(1, "lagi").then().statusCode(409);

        trail(Roles.AUDITOR, Map.of("target", recapId.toString(), "outcome", "REFUSED",
                "action", "POST /api/approval/recaps/{recapId}/approval")).body("total", equalTo(2))
                .body("items.status", contains(409, 403))
                .body("items[1].actorId", equalTo("head@disdagtrans"))
                .body("items[1].actorRoles", contains("HEAD"))
                .body("items[1].requestId", equalTo("forbidden-" + recapId))
                .body("items[1].detail", equalTo("Only the Secretary (SECRETARY) may approve a recap."))
                .body("items[0].actorId", equalTo("secretary@disdagtrans"));
    }

    @Test
    void requestsWithoutAValidTokenAreRecordedAsAnonymous() throws SQLException {
        String missing = "no-token-" + UUID.randomUUID();
        String bad = "bad-token-" + UUID.randomUUID();

        given().header("X-Request-Id", missing).contentType(ContentType.JSON).body(Map.of("revision", 1))
                .post("/api/approval/recaps/{id}/approval", recapId).then().statusCode(401)
                .header("X-Request-Id", equalTo(missing));
        given().header("X-Request-Id", bad).auth().oauth2("not-a-token").get("/api/approval/recaps/{id}", recapId)
                .then().statusCode(401);

        // neither names an agency, so no agency's auditor sees them (the regency's does, at /audit/unattributed)
        for (String requestId : List.of(missing, bad)) {
            List<Map<String, Object>> rows = rows("select actor_id, agency_code, outcome, status, action, target "
                    + "from audit_entry where request_id = ?", requestId);
            assertEquals(1, rows.size(), requestId);
            assertEquals("anonymous", rows.get(0).get("actor_id"));
            assertEquals(null, rows.get(0).get("agency_code"));
            assertEquals("REFUSED", rows.get(0).get("outcome"));
            assertEquals(401, rows.get(0).get("status"));
            assertEquals(recapId.toString(), rows.get(0).get("target"));
        }
        assertEquals("POST /api/approval/recaps/{recapId}/approval",
                rows("select action from audit_entry where request_id = ?", missing).get(0).get("action"));
        assertEquals("GET /api/approval/recaps/{recapId}",
                rows("select action from audit_entry where request_id = ?", bad).get(0).get("action"));
    }

    @Test
    void aReadAnsweredNotFoundIsNotRecordedButAForbiddenReadIs() throws SQLException {
        String polling = "polling-" + UUID.randomUUID();
        String forbidden = "forbidden-read-" + UUID.randomUUID();

        as(Roles.SECRETARY).header("X-Request-Id", polling).get("/api/approval/recaps/{id}", UUID.randomUUID())
                .then().statusCode(404);
        as(Roles.OPERATOR).header("X-Request-Id", forbidden).get(AUDIT).then().statusCode(403);

        assertTrue(rows("select outcome from audit_entry where request_id = ?", polling).isEmpty());
        assertEquals("REFUSED", rows("select outcome from audit_entry where request_id = ?", forbidden).get(0).get("outcome"));
    }

    @Test
    void eachAgencyReadsOnlyItsOwnTrailAndOnlyTheInspectorateAndTheHeadReadIt() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        as(Roles.SECRETARY, OTHER_AGENCY).body(Map.of("revision", 1)).post("/api/approval/recaps/{id}/approval", recapId)
                .then().statusCode(404);

        trail(Roles.AUDITOR, Map.of("target", recapId.toString(), "outcome", "REFUSED"))
                .body("items.agencyCode", not(hasItem(OTHER_AGENCY)));
        as(Roles.AUDITOR, OTHER_AGENCY).queryParam("target", recapId.toString()).get(AUDIT).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actorId", equalTo("secretary@dinkes"))
                .body("items[0].status", equalTo(404));

        for (String role : List.of(Roles.SECRETARY, Roles.SAKIP_TEAM, Roles.OPERATOR, Roles.ADMIN)) {
            as(role).get(AUDIT).then().statusCode(403).contentType("application/problem+json");
        }
        trail(Roles.AUDITOR, Map.of("action", "GET /api/approval/audit", "outcome", "REFUSED", "actor", "operator@disdagtrans"))
                .body("items[0].status", equalTo(403));
        given().get(AUDIT).then().statusCode(401);
    }

    @Test
    void theTrailIsFilteredByTimeActorActionAndOutcomeAndPaged() {
        Instant before = Instant.now();
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        decide("IKS-01", 1, "ACCEPTED", null, null).then().statusCode(200);
        decide("IKS-02", 1, "RETURNED", "Bukti belum ada", "COLLECTION").then().statusCode(200);
        decide("IKS-02", 1, "ACCEPTED", null, null).then().statusCode(200);
        Instant after = Instant.now();

        Map<String, Object> decisions = Map.of("target", recapId.toString(), "action", "ItemDecided",
                "from", before.toString(), "to", after.toString());
        trail(Roles.AUDITOR, decisions).body("total", equalTo(3))
                .body("items.target", contains(recapId + "/IKS-02", recapId + "/IKS-02", recapId + "/IKS-01"))
                .body("items[0].before.decision", equalTo("RETURNED"))
                .body("items[0].before.reason", equalTo("Bukti belum ada"))
                .body("items[0].after.decision", equalTo("ACCEPTED"));
        trail(Roles.AUDITOR, Map.of("target", recapId + "/IKS-02", "action", "ItemDecided", "size", 1, "page", 1))
                .body("total", equalTo(2)).body("items", hasSize(1))
                .body("items[0].after.decision", equalTo("RETURNED"));
        trail(Roles.AUDITOR, Map.of("target", recapId.toString(), "actor", "head@disdagtrans")).body("total", equalTo(0));
        trail(Roles.AUDITOR, Map.of("target", recapId.toString(), "to", before.toString())).body("total", equalTo(0));
        trail(Roles.AUDITOR, Map.of("target", recapId.toString(), "action", "RecapReceivedForReview"))
                .body("total", equalTo(1))
                .body("items[0].actorId", equalTo("tim.sakip@disdagtrans"))
                .body("items[0].after.status", equalTo("AWAITING_REVIEW"))
                .body("items[0].requestId", notNullValue());

        as(Roles.AUDITOR).queryParam("from", "yesterday").get(AUDIT).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(Roles.AUDITOR).queryParam("size", 201).get(AUDIT).then().statusCode(400);
        as(Roles.AUDITOR).queryParam("outcome", "MAYBE").get(AUDIT).then().statusCode(400)
                .body("detail", containsString("outcome: 'MAYBE' is not one of"));
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheTrail() throws SQLException {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        decide("IKS-01", 1, "ACCEPTED", null, null).then().statusCode(200);
        List<Map<String, Object>> written = rows("select id, actor_id from audit_entry where target = ?", recapId + "/IKS-01");
        assertEquals(2, written.size());
        long id = ((Number) written.get(0).get("id")).longValue();

        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            for (String change : List.of("update audit_entry set actor_id = 'someone-else' where id = " + id,
                    "delete from audit_entry where id = " + id,
                    "truncate audit_entry")) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        assertEquals(written, rows("select id, actor_id from audit_entry where target = ?", recapId + "/IKS-01"));
    }

    private ValidatableResponse trail(String role, Map<String, Object> query) {
        return as(role).queryParams(query).get(AUDIT).then().statusCode(200);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(KinerjaTestInfrastructure.postgres().jdbcUrl(KinerjaTestInfrastructure.DATABASE),
                "postgres", "");
    }

    private static List<Map<String, Object>> rows(String sql, String parameter) throws SQLException {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                        row.put(result.getMetaData().getColumnName(column), result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
