package id.go.kinerja.approval.problem;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import id.go.kinerja.approval.ApprovalTestSupport;
import id.go.kinerja.approval.RecapMeasuredSample;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every refusal carries a stable code and its own type, and says what happened in Bahasa Indonesia, or in English
 * when the request asks for it (docs/errors.md). (The tests' default language is English; these ask for each.)
 */
@QuarkusTest
class ProblemWordingTest extends ApprovalTestSupport {

    private static final String TYPES = "https://kinerja.go.id/problems/";

    @Test
    void approvingWithItemsUndecidedIsAConflictOfItsOwn() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        secretary().header("Accept-Language", "id").body(Map.of("revision", 1))
                .post("/api/approval/recaps/{id}/approval", recapId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("ITEMS_NOT_ACCEPTED")).body("type", equalTo(TYPES + "items-not-accepted"))
                .body("title", equalTo("Belum semua butir diterima"))
                .body("detail", equalTo("Persetujuan memerlukan semua butir diterima: 6 belum diputuskan, 0 dikembalikan"))
                .body("context.undecided.size()", equalTo(6));
        secretary().header("Accept-Language", "en").body(Map.of("revision", 1))
                .post("/api/approval/recaps/{id}/approval", recapId).then().statusCode(409)
                .body("title", equalTo("Not every item accepted"))
                .body("detail", equalTo("Approval needs every item accepted: 6 undecided, 0 returned"));
    }

    @Test
    void onlyTheSecretaryApprovesAndTheRefusalSaysSo() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        as(Roles.HEAD).header("Accept-Language", "id").body(Map.of("revision", 1))
                .post("/api/approval/recaps/{id}/approval", recapId).then().statusCode(403)
                .body("code", equalTo("ROLE_NOT_ALLOWED")).body("context.allowedRoles", contains("SECRETARY"))
                .body("detail", equalTo("Hanya Sekretaris (SECRETARY) yang dapat menyetujui rekap."));
        as(Roles.HEAD).header("Accept-Language", "en").body(Map.of("revision", 1))
                .post("/api/approval/recaps/{id}/approval", recapId).then().statusCode(403)
                .body("detail", equalTo("Only the Secretary (SECRETARY) may approve a recap."));
    }

    @Test
    void aMissingRevisionAndAnUnknownRecapAreWorded() {
        UUID missing = UUID.randomUUID();
        secretary().header("Accept-Language", "id").body(Map.of()).post("/api/approval/recaps/{id}/approval", missing)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("revision")).body("errors[0].message", equalTo("wajib diisi"));
        secretary().header("Accept-Language", "id").get("/api/approval/recaps/{id}", missing).then().statusCode(404)
                .body("code", equalTo("RECAP_NOT_FOUND")).body("title", equalTo("Rekap tidak ditemukan"))
                .body("detail", equalTo("Rekap " + missing + " tidak ada"));
        secretary().header("Accept-Language", "en").get("/api/approval/recaps/{id}", missing).then().statusCode(404)
                .body("detail", equalTo("Recap " + missing + " does not exist"));
    }
}
