package id.go.kinerja.measurement.recap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every query is scoped to the caller's agency, every endpoint has a role rule, and bad input is never a 500. */
@QuarkusTest
class AccessAndInputTest {

    private String agency;
    private UUID recapId;

    @BeforeEach
    void measureARecap() {
        agency = Events.newAgency();
        recapId = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(recapId, agency, 1));
        Events.awaitMeasured(recapId, 1, 1);
    }

    @Test
    void anotherAgencySeesNothingOfTheRecapAndItsMethodologies() {
        String other = Events.newAgency();
        for (String path : new String[] {"/api/measurement/recaps/{id}", "/api/measurement/recaps/{id}/revisions/1",
                "/api/measurement/recaps/{id}/worksheet", "/api/measurement/recaps/{id}/reopened"}) {
            Api.as(Roles.SAKIP_TEAM, other)
                    .when().get(path, recapId)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        Api.as(Roles.SAKIP_TEAM, other)
                .when().post("/api/measurement/recaps/{id}/remeasure", recapId)
                .then().statusCode(404);
        Api.as(Roles.HEAD, other)
                .when().get("/api/measurement/recaps")
                .then().statusCode(200).body("total", equalTo(0));
        Api.as(Roles.HEAD, other)
                .when().get("/api/measurement/methodologies")
                .then().statusCode(200).body("total", equalTo(0));
        Api.as(Roles.HEAD, other)
                .when().get("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(404);
        Api.as(Roles.HEAD, agency)
                .when().get("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(200);
    }

    @Test
    void rolesWithoutARuleForAnEndpointAreRefused() {
        Api.anonymous()
                .when().get("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(401);
        Api.as(Roles.ADMIN, agency)
                .when().get("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(403);
        Api.as(Roles.INTEGRATION, agency)
                .when().get("/api/measurement/methodologies")
                .then().statusCode(403);
        Api.as(Roles.SECRETARY, agency)
                .when().post("/api/measurement/recaps/{id}/remeasure", recapId)
                .then().statusCode(403);
        Api.as(Roles.OPERATOR, agency, "PERDAGANGAN")
                .when().get("/api/measurement/recaps/{id}/reopened", recapId)
                .then().statusCode(403);
    }

    @Test
    void badInputIsAClientErrorNeverAServerError() {
        String[] paths = {
                "/api/measurement/recaps/not-a-uuid",
                "/api/measurement/recaps/" + recapId + "/revisions/first",
                "/api/measurement/recaps/" + recapId + "/revisions/0",
                "/api/measurement/recaps/" + recapId + "/revisions/99999999999",
                "/api/measurement/recaps/" + recapId + "/revisions/1?measuredRevision=-1",
                "/api/measurement/recaps?year=last",
                "/api/measurement/recaps?quarter=5",
                "/api/measurement/recaps?page=-1",
                "/api/measurement/recaps?size=100000",
                "/api/measurement/recaps/%00",
                "/api/measurement/methodologies/" + "X".repeat(300),
                "/api/measurement/methodologies?q=" + "%25".repeat(200),
                "/api/measurement/predicate-scales/42",
        };
        for (String path : paths) {
            Api.as(Roles.SAKIP_TEAM, agency).urlEncodingEnabled(false)
                    .when().get(path)
                    .then().statusCode(lessThan(500));
        }
        Api.as(Roles.SAKIP_TEAM, agency)
                .queryParam("size", 1000)
                .when().get("/api/measurement/recaps")
                .then().statusCode(400).contentType("application/problem+json");
        Api.as(Roles.SAKIP_TEAM, agency)
                .queryParam("state", "LOST")
                .when().get("/api/measurement/recaps")
                .then().statusCode(400).body("errors.field", hasItem("state"));
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.TEXT).body("NEGATIVE")
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(415);
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body("[]")
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(400);
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().delete("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(405);
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().post("/api/measurement/recaps/{id}/remeasure", UUID.randomUUID())
                .then().statusCode(404);
    }
}
