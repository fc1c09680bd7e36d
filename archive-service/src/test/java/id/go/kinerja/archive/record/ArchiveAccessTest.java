package id.go.kinerja.archive.record;

import static id.go.kinerja.archive.Disposals.archive;
import static id.go.kinerja.archive.Disposals.newRecap;
import static id.go.kinerja.archive.Disposals.token;
import static id.go.kinerja.archive.Disposals.uniqueAgency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.go.kinerja.archive.Disposals.Disposal;
import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArchiveAccessTest {

    @Test
    void anotherAgencySeesNothingOfTheArchive() {
        Disposal disposal = newRecap(uniqueAgency("own"));
        UUID archiveId = archive(disposal);
        String stranger = token(Roles.HEAD, uniqueAgency("stranger"));

        given().auth().oauth2(stranger).get("/api/archive/records/{id}", archiveId)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(stranger).get("/api/archive/records/{id}/verification", archiveId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stranger).get("/api/archive/records")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        given().auth().oauth2(stranger).queryParam("recapId", disposal.recapId()).get("/api/archive/records")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        given().auth().oauth2(stranger).get("/api/archive/chain/verification")
                .then().statusCode(200).body("recordsChecked", equalTo(0)).body("status", equalTo("VALID"));
    }

    @Test
    void onlyTheHeadSecretaryTeamAuditorsAndTheMachineAccountReadTheArchive() {
        Disposal disposal = newRecap(uniqueAgency("roles"));
        UUID archiveId = archive(disposal);

        for (String role : List.of(Roles.HEAD, Roles.SECRETARY, Roles.SAKIP_TEAM, Roles.AUDITOR, Roles.INTEGRATION)) {
            given().auth().oauth2(token(role, disposal.agency())).get("/api/archive/records/{id}", archiveId)
                    .then().statusCode(200).body("metadata.archiveId", equalTo(archiveId.toString()));
        }
        for (String role : List.of(Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.ADMIN)) {
            given().auth().oauth2(DevTokens.mint(role, disposal.agency(), "PERDAGANGAN"))
                    .get("/api/archive/records/{id}", archiveId)
                    .then().statusCode(403);
            given().auth().oauth2(DevTokens.mint(role, disposal.agency(), "PERDAGANGAN"))
                    .get("/api/archive/records")
                    .then().statusCode(403);
        }
        given().get("/api/archive/records").then().statusCode(401);
        given().auth().oauth2("not.a.token").get("/api/archive/records").then().statusCode(401);
    }

    @Test
    void listsFilterByPeriodAndRecapAndPage() {
        String agency = uniqueAgency("list");
        Disposal first = newRecap(agency);
        Disposal second = newRecap(agency);
        archive(first);
        archive(second);
        String secretary = token(Roles.SECRETARY, agency);

        given().auth().oauth2(secretary).queryParam("year", 2025).queryParam("quarter", 1)
                .get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.recapId", equalTo(List.of(second.recapId().toString(), first.recapId().toString())))
                .body("items[0].document", equalTo(null));
        given().auth().oauth2(secretary).queryParam("year", 2024).get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(secretary).queryParam("quarter", 2).get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(secretary).queryParam("recapId", first.recapId()).get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].recapId", equalTo(first.recapId().toString()));
        given().auth().oauth2(secretary).queryParam("size", 1).queryParam("page", 1).get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(2)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("items", hasSize(1)).body("items[0].recapId", equalTo(first.recapId().toString()));
    }

    @Test
    void badInputIsAClearProblemNeverAServerError() {
        String auditor = token(Roles.AUDITOR, uniqueAgency("input"));

        given().auth().oauth2(auditor).get("/api/archive/records/{id}", "not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("archiveId: 'not-a-uuid' is not a UUID"));
        given().auth().oauth2(auditor).get("/api/archive/records/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("does not exist"));
        for (String[] query : new String[][] {{"size", "0"}, {"size", "201"}, {"page", "-1"}, {"quarter", "5"},
                {"quarter", "x"}, {"year", "abc"}, {"recapId", "nope"}, {"page", "1.5"}}) {
            given().auth().oauth2(auditor).queryParam(query[0], query[1]).get("/api/archive/records")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                    .body(containsString("\"" + query[0]));
        }
    }

    @Test
    void operationsSeeReadinessMetricsAndTheApiDescription() {
        archive(newRecap(uniqueAgency("ops")));

        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Kafka broker"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("kinerja_archive_records_archived_total"))
                .body(containsString("kinerja_outbox_backlog_events"));
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/archive/records/{archiveId}/verification"))
                .body(containsString("/api/archive/chain/verification"))
                .body(containsString("realisasi"));
    }
}
