package id.go.kinerja.collection.problem;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
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
    void aFieldErrorKeepsItsFieldAndIsWordedInTheRequestsLanguage() {
        TestAgency agency = new TestAgency();
        String body = "{\"code\": \"HUKUM\", \"name\": \" \"}";
        agency.as("ADMIN").header("Accept-Language", "id").body(body).when().post("/api/collection/divisions").then()
                .statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("type", equalTo(TYPES + "validation-failed"))
                .body("title", equalTo("Isian tidak valid"))
                .body("detail", equalTo("name: wajib diisi dan tidak boleh kosong"))
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo("wajib diisi dan tidak boleh kosong"));
        agency.as("ADMIN").header("Accept-Language", "en-GB,en;q=0.8").body(body).when().post("/api/collection/divisions")
                .then().statusCode(400).body("title", equalTo("Invalid input"))
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo("must not be blank"));
    }

    @Test
    void aDomainFieldErrorIsWordedToo() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        agency.enter(round, "IKP-01", 20).statusCode(200);
        sendBackWithoutReason(agency, round, "id").statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", equalTo("sebutkan alasan entri dikembalikan ke operator"));
        sendBackWithoutReason(agency, round, "en").statusCode(400)
                .body("errors[0].message", equalTo("say why the entry goes back to the operator"));
    }

    @Test
    void aRoleRefusalNamesTheRoleThatMay() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        agency.as("OPERATOR", "PERDAGANGAN").header("Accept-Language", "id").body("{\"decision\": \"VERIFY\"}")
                .when().post("/api/collection/rounds/{round}/entries/IKP-01/verification", round).then()
                .statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("ROLE_NOT_ALLOWED")).body("type", equalTo(TYPES + "role-not-allowed"))
                .body("title", equalTo("Peran Anda tidak diizinkan"))
                .body("detail", equalTo("Hanya Kepala Bidang (DIVISION_HEAD) yang dapat memverifikasi entri."))
                .body("context.allowedRoles", contains("DIVISION_HEAD"));
        agency.as("OPERATOR", "PERDAGANGAN").header("Accept-Language", "en").body("{\"decision\": \"VERIFY\"}")
                .when().post("/api/collection/rounds/{round}/entries/IKP-01/verification", round).then()
                .statusCode(403).body("detail", equalTo("Only a division head (DIVISION_HEAD) may verify entries."));
    }

    @Test
    void anotherDivisionsEntryHasItsOwnCode() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        agency.as("OPERATOR", "PERDAGANGAN").header("Accept-Language", "id")
                .when().get("/api/collection/rounds/{round}/entries/IKK-01", round).then()
                .statusCode(403).body("code", equalTo("ENTRY_NOT_IN_YOUR_DIVISION"))
                .body("title", equalTo("Bukan data bidang Anda"));
    }

    @Test
    void anUnknownRoundIsNotFoundInBothLanguages() {
        TestAgency agency = new TestAgency();
        UUID missing = UUID.randomUUID();
        agency.as("HEAD").header("Accept-Language", "id").when().get("/api/collection/rounds/{id}", missing).then()
                .statusCode(404).body("code", equalTo("ROUND_NOT_FOUND")).body("type", equalTo(TYPES + "round-not-found"))
                .body("title", equalTo("Putaran tidak ditemukan"))
                .body("detail", equalTo("Putaran pengumpulan " + missing + " tidak ada"));
        agency.as("HEAD").header("Accept-Language", "en").when().get("/api/collection/rounds/{id}", missing).then()
                .statusCode(404).body("title", equalTo("Round not found"))
                .body("detail", equalTo("Round " + missing + " does not exist"));
    }

    @Test
    void stateConflictsHaveTypesOfTheirOwn() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRoundWithMemo(2025, 1);
        agency.step(round, "A3", "SAKIP_TEAM", TestAgency.WORK_PLAN).statusCode(409)
                .body("code", equalTo("STEP_OUT_OF_ORDER")).body("type", equalTo(TYPES + "step-out-of-order"));
        agency.prepare(round);
        agency.decide(round, "IKP-01", "VERIFY", null).statusCode(409)
                .body("code", equalTo("ENTRY_NOT_ENTERED")).body("type", equalTo(TYPES + "entry-not-entered"));
        agency.as("DIVISION_HEAD", "PERDAGANGAN").header("Accept-Language", "id").body("{\"decision\": \"VERIFY\"}")
                .when().post("/api/collection/rounds/{round}/entries/IKP-01/verification", round).then()
                .statusCode(409).body("title", equalTo("Entri belum diinput")).body("detail", equalTo("IKP-01 belum diinput"));
    }

    @Test
    void aStaleIfMatchAndAWrongListParameterHaveCodesOfTheirOwn() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        agency.as("OPERATOR", "PERDAGANGAN").header("Accept-Language", "id").header("If-Match", "\"7\"")
                .body("{\"value\": 18}").when().put("/api/collection/rounds/{round}/entries/IKP-01", round).then()
                .statusCode(412).body("code", equalTo("VERSION_STALE")).body("type", equalTo(TYPES + "version-stale"))
                .body("title", equalTo("Data telah diubah"))
                .body("detail", equalTo("Data ini telah diubah orang lain sejak Anda membacanya; muat ulang lalu ulangi "
                        + "perubahan Anda."));
        agency.as("HEAD").header("Accept-Language", "id").queryParam("sort", "colour").when().get("/api/collection/rounds")
                .then().statusCode(400).body("code", equalTo("LIST_PARAMETER_INVALID"))
                .body("errors[0].field", equalTo("sort")).body("errors[0].message", startsWith("harus salah satu dari"));
    }

    @Test
    void anIncompleteRecapSaysWhichQuartersRealisationIsMissing() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        agency.enterAndVerify(round, "IKU-01", 4.2);
        agency.enterAndVerify(round, "IKK-01", 72);
        agency.as("SAKIP_TEAM").header("Accept-Language", "id").when().post("/api/collection/rounds/{round}/recap", round)
                .then().statusCode(409)
                .body("code", equalTo("RECAP_INCOMPLETE")).body("type", equalTo(TYPES + "recap-incomplete"))
                .body("title", equalTo("Rekap belum lengkap"))
                .body("detail", equalTo("Realisasi triwulan 1 tahun 2025 belum lengkap: 1 dari 3 indikator belum memiliki "
                        + "entri terverifikasi (IKP-01); rekap tidak dapat diajukan sebelum pemeriksaan silang (SOP A7) selesai"))
                .body("context.missing", contains("IKP-01")).body("context.quarter", equalTo(1))
                .body("context.year", equalTo(2025));
        agency.as("SAKIP_TEAM").header("Accept-Language", "en").when().post("/api/collection/rounds/{round}/recap", round)
                .then().statusCode(409).body("title", equalTo("Recap incomplete"))
                .body("detail", equalTo("The realisation of Q1 2025 is incomplete: 1 of 3 indicators have no verified "
                        + "entry yet (IKP-01); the recap cannot be submitted before the cross-check (SOP A7) is done"));
    }

    private static ValidatableResponse sendBackWithoutReason(TestAgency agency, String round, String language) {
        return agency.as("DIVISION_HEAD", "PERDAGANGAN").header("Accept-Language", language)
                .body("{\"decision\": \"SEND_BACK\"}")
                .when().post("/api/collection/rounds/{round}/entries/IKP-01/verification", round).then();
    }
}
