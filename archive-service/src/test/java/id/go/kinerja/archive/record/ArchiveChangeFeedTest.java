package id.go.kinerja.archive.record;

import static id.go.kinerja.archive.Disposals.archive;
import static id.go.kinerja.archive.Disposals.behindTheTrigger;
import static id.go.kinerja.archive.Disposals.newRecap;
import static id.go.kinerja.archive.Disposals.token;
import static id.go.kinerja.archive.Disposals.uniqueAgency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * e-sakip pulls the agency's archived records by updatedSince and the cursor (docs/integration.md): each record once,
 * also when several were archived at the same instant across a page boundary; another agency's never.
 */
@QuarkusTest
class ArchiveChangeFeedTest {

    private static final Instant SAME_INSTANT = Instant.parse("2025-05-02T01:30:00.654321Z");

    @Test
    void theMachineAccountPagesThroughRecordsArchivedAtOneInstantWithoutSkippingOrRepeatingOne() throws SQLException {
        String agency = uniqueAgency("feed");
        List<String> archived = archivedAtTheSameInstant(agency, 3);
        String integration = token(Roles.INTEGRATION, agency);

        JsonPath first = page(integration, "updatedSince", "2025-05-02T00:00:00Z");
        assertEquals(2, first.getList("items").size());
        JsonPath second = page(integration, "cursor", first.getString("next"));
        assertEquals(1, second.getList("items").size());
        Set<String> seen = new HashSet<>(first.getList("items.archiveId"));
        seen.addAll(second.getList("items.archiveId"));
        assertEquals(Set.copyOf(archived), seen);
        assertEquals(List.of(), page(integration, "cursor", second.getString("next")).getList("items"));

        given().auth().oauth2(integration).queryParam("updatedSince", SAME_INSTANT.plusSeconds(1).toString())
                .get("/api/archive/records")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        given().auth().oauth2(integration).get("/api/archive/records/{id}", archived.get(0))
                .then().statusCode(200).body("metadata.archiveId", equalTo(archived.get(0)));
    }

    @Test
    void anotherAgencysMachineAccountSeesNoneOfThem() throws SQLException {
        String agency = uniqueAgency("feed-own");
        List<String> archived = archivedAtTheSameInstant(agency, 1);
        String stranger = token(Roles.INTEGRATION, uniqueAgency("feed-stranger"));

        given().auth().oauth2(stranger).queryParam("updatedSince", "2000-01-01T00:00:00Z").get("/api/archive/records")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        given().auth().oauth2(stranger).get("/api/archive/records/{id}", archived.get(0))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token(Roles.INTEGRATION, agency))
                .get("/api/archive/records/{id}/verification", archived.get(0))
                .then().statusCode(403);
    }

    @Test
    void sortTakesTheDocumentedFieldsAndAnOtherIsA400Problem() throws SQLException {
        String agency = uniqueAgency("feed-sort");
        archivedAtTheSameInstant(agency, 2);
        String auditor = token(Roles.AUDITOR, agency);

        given().auth().oauth2(auditor).queryParam("sort", "chainPosition,asc").get("/api/archive/records")
                .then().statusCode(200).body("items[0].chainPosition", equalTo(1)).body("next", nullValue());
        given().auth().oauth2(auditor).queryParam("sort", "-chainPosition").get("/api/archive/records")
                .then().statusCode(200).body("items[0].chainPosition", equalTo(2));
        for (String sort : List.of("seal", "document", "chainPosition,up")) {
            given().auth().oauth2(auditor).queryParam("sort", sort).get("/api/archive/records")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("sort"));
        }
    }

    private static JsonPath page(String token, String parameter, String value) {
        return given().auth().oauth2(token).queryParam(parameter, value).queryParam("size", 2)
                .get("/api/archive/records")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Archives {@code count} recaps of the agency, then puts their archive instant on one microsecond. */
    private static List<String> archivedAtTheSameInstant(String agency, int count) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID archiveId = archive(newRecap(agency));
            behindTheTrigger("update archive_record set archived_at = '" + SAME_INSTANT + "' where id = '" + archiveId + "'");
            ids.add(archiveId.toString());
        }
        return ids;
    }
}
