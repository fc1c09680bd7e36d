package id.go.kinerja.measurement.problem;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
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
    void anUnknownRecapIsNotFoundInBothLanguages() {
        String agency = Events.newAgency();
        UUID missing = UUID.randomUUID();
        Api.as(Roles.SAKIP_TEAM, agency).header("Accept-Language", "id").when().get("/api/measurement/recaps/{id}", missing)
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("RECAP_NOT_FOUND")).body("type", equalTo(TYPES + "recap-not-found"))
                .body("title", equalTo("Rekap tidak ditemukan")).body("detail", equalTo("Rekap " + missing + " tidak ada"));
        Api.as(Roles.SAKIP_TEAM, agency).header("Accept-Language", "en").when().get("/api/measurement/recaps/{id}", missing)
                .then().statusCode(404).body("title", equalTo("Recap not found"))
                .body("detail", equalTo("Recap " + missing + " does not exist"));
    }

    @Test
    void aFilterThatDoesNotParseIsAFieldError() {
        Api.as(Roles.SAKIP_TEAM, Events.newAgency()).header("Accept-Language", "id").queryParam("state", "FOO")
                .when().get("/api/measurement/recaps").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("state"))
                .body("errors[0].message", equalTo("harus salah satu dari [MEASURED, AWAITING_METHODOLOGY, RETURNED, "
                        + "AWAITING_SOP, APPROVED]"));
    }

    @Test
    void aRecapWaitingForTheSopRefusesARemeasureNamingTheStepAndTheRole() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        Events.send(Events.RECAP_SUBMITTED, Events.recapSubmitted(recapId, agency, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}", recapId).then().statusCode(200)
                .body("recapState", equalTo("AWAITING_SOP"))
                .body("waitingFor.step", contains("B1", "B2", "B3", "B4")));

        Api.as(Roles.SAKIP_TEAM, agency).header("Accept-Language", "id")
                .when().post("/api/measurement/recaps/{id}/remeasure", recapId).then().statusCode(409)
                .body("code", equalTo("STEP_OUT_OF_ORDER")).body("type", equalTo(TYPES + "step-out-of-order"))
                .body("title", equalTo("Langkah SOP belum waktunya"))
                .body("detail", equalTo("Langkah SOP B1 (Kepala Dinas memerintahkan Sekretaris melaksanakan pengukuran "
                        + "kinerja) harus selesai lebih dulu sebelum langkah B5."))
                .body("context.mustComeFirst", equalTo("B1"));
        Api.as(Roles.DIVISION_HEAD, agency, "PERDAGANGAN").header("Accept-Language", "id")
                .when().post("/api/measurement/recaps/{id}/remeasure", recapId).then().statusCode(403)
                .body("code", equalTo("ROLE_NOT_ALLOWED"))
                .body("detail", equalTo("Hanya Tim SAKIP (SAKIP_TEAM) yang dapat mengukur ulang rekap."));
        Api.as(Roles.DIVISION_HEAD, agency, "PERDAGANGAN").header("Accept-Language", "en")
                .when().post("/api/measurement/recaps/{id}/remeasure", recapId).then().statusCode(403)
                .body("title", equalTo("Your role may not do this"))
                .body("detail", equalTo("Only the SAKIP team (SAKIP_TEAM) may remeasure a recap."));
    }
}
