package id.go.kinerja.archive.problem;

import static id.go.kinerja.archive.Disposals.token;
import static id.go.kinerja.archive.Disposals.uniqueAgency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every refusal carries a stable code and its own type, and says what happened in Bahasa Indonesia, or in English
 * when the request asks for it (docs/errors.md). (The tests' default language is English; these ask for each.)
 */
@QuarkusTest
class ProblemWordingTest {

    private static final String TYPES = "https://kinerja.go.id/problems/";

    @Test
    void anUnknownRecordIsNotFoundInBothLanguages() {
        String auditor = token(Roles.AUDITOR, uniqueAgency("wording"));
        UUID missing = UUID.randomUUID();
        given().auth().oauth2(auditor).header("Accept-Language", "id").get("/api/archive/records/{id}", missing)
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("RECORD_NOT_FOUND")).body("type", equalTo(TYPES + "record-not-found"))
                .body("title", equalTo("Arsip tidak ditemukan")).body("detail", equalTo("Arsip " + missing + " tidak ada"));
        given().auth().oauth2(auditor).header("Accept-Language", "en").get("/api/archive/records/{id}", missing)
                .then().statusCode(404).body("title", equalTo("Archived record not found"))
                .body("detail", equalTo("Archived record " + missing + " does not exist"));
    }

    @Test
    void writingToTheArchiveIsRefusedAsReadOnly() {
        String head = token(Roles.HEAD, uniqueAgency("wording"));
        given().auth().oauth2(head).header("Accept-Language", "id").delete("/api/archive/records/{id}", UUID.randomUUID())
                .then().statusCode(405).header("Allow", "GET")
                .body("code", equalTo("ARCHIVE_READ_ONLY")).body("type", equalTo(TYPES + "archive-read-only"))
                .body("title", equalTo("Arsip hanya dapat dibaca"));
    }

    @Test
    void aRoleRefusalListsEveryRoleThatMay() {
        String operator = token(Roles.OPERATOR, uniqueAgency("wording"));
        given().auth().oauth2(operator).header("Accept-Language", "id").get("/api/archive/records")
                .then().statusCode(403).body("code", equalTo("ROLE_NOT_ALLOWED"))
                .body("context.allowedRoles", contains("HEAD", "SECRETARY", "SAKIP_TEAM", "AUDITOR", "INTEGRATION"))
                .body("detail", startsWith("Hanya Kepala Perangkat Daerah (HEAD), Sekretaris (SECRETARY), Tim SAKIP "
                        + "(SAKIP_TEAM), Auditor (AUDITOR)"))
                .body("detail", endsWith(" akun integrasi (INTEGRATION) yang dapat melakukan tindakan ini."));
    }
}
