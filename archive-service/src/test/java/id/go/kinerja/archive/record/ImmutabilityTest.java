package id.go.kinerja.archive.record;

import static id.go.kinerja.archive.Disposals.archive;
import static id.go.kinerja.archive.Disposals.behindTheTrigger;
import static id.go.kinerja.archive.Disposals.database;
import static id.go.kinerja.archive.Disposals.fetch;
import static id.go.kinerja.archive.Disposals.newRecap;
import static id.go.kinerja.archive.Disposals.token;
import static id.go.kinerja.archive.Disposals.uniqueAgency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.archive.Disposals.Disposal;
import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.archive.seal.Seal;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImmutabilityTest {

    @Test
    void theApiHasNoWayToChangeOrDeleteARecord() {
        Disposal disposal = newRecap(uniqueAgency("no-api"));
        UUID archiveId = archive(disposal);
        String head = token(Roles.HEAD, disposal.agency());

        for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
            given().auth().oauth2(head).contentType(ContentType.JSON).body("{\"document\": {}}")
                    .request(method, "/api/archive/records/{id}", archiveId)
                    .then().statusCode(405)
                    .contentType("application/problem+json")
                    .header("Allow", "GET")
                    .body("status", equalTo(405))
                    .body("detail", containsString("cannot be changed or deleted"));
            given().auth().oauth2(head).contentType(ContentType.JSON).body("{}")
                    .request(method, "/api/archive/records")
                    .then().statusCode(405)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(head).contentType(ContentType.JSON).body("{}")
                .post("/api/archive/records")
                .then().statusCode(405).contentType("application/problem+json");

        given().auth().oauth2(head).get("/api/archive/records/{id}/verification", archiveId)
                .then().statusCode(200).body("status", equalTo("VALID"));
        assertEquals(disposal.contentHash(), fetch(disposal.agency(), archiveId).at("/metadata/contentHash").asText());

        // the attempts are on the record, next to the archiving itself
        String auditor = token(Roles.AUDITOR, disposal.agency());
        given().auth().oauth2(auditor).queryParam("outcome", "REFUSED").queryParam("action", "DELETE")
                .get("/api/archive/audit")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].status", equalTo(405));
        given().auth().oauth2(auditor).queryParam("action", "RecapArchived").queryParam("target", archiveId.toString())
                .get("/api/archive/audit")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].outcome", equalTo("DONE"));
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheArchive() throws SQLException {
        Disposal disposal = newRecap(uniqueAgency("trigger"));
        UUID archiveId = archive(disposal);

        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            for (String change : new String[] {
                    "update archive_record set year = 2024 where id = '" + archiveId + "'",
                    "update archive_record set document = jsonb_set(document, '{disposition,text}', '\"Ditolak\"')",
                    "delete from archive_record where id = '" + archiveId + "'",
                    "truncate archive_record cascade"}) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(change), change);
                assertTrue(refused.getMessage().contains("archive_record is immutable"), refused.getMessage());
            }
        }

        given().auth().oauth2(token(Roles.AUDITOR, disposal.agency()))
                .get("/api/archive/records/{id}", archiveId)
                .then().statusCode(200)
                .body("metadata.year", equalTo(2025))
                .body("document.disposition.text", startsWith("Capaian sasaran"));
    }

    @Test
    void aDocumentChangedBehindTheTriggersBackFailsVerification() throws SQLException {
        String agency = uniqueAgency("tamper");
        UUID tampered = archive(newRecap(agency));
        archive(newRecap(agency));

        behindTheTrigger("update archive_record set document = jsonb_set(document, '{items,3,realisations,0,value}', '25')"
                + " where id = '" + tampered + "'");

        String auditor = token(Roles.AUDITOR, agency);
        given().auth().oauth2(auditor).get("/api/archive/records/{id}/verification", tampered)
                .then().statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("failedCheck", equalTo("CONTENT_HASH"))
                .body("checks.find { it.check == 'CONTENT_HASH' }.passed", equalTo(false))
                .body("checks.find { it.check == 'CONTENT_HASH' }.detail", containsString("changed after it was archived"));
        given().auth().oauth2(auditor).get("/api/archive/chain/verification")
                .then().statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("recordsChecked", equalTo(0))
                .body("firstBroken.chainPosition", equalTo(1))
                .body("firstBroken.archiveId", equalTo(tampered.toString()))
                .body("firstBroken.failedCheck", equalTo("CONTENT_HASH"));
    }

    @Test
    void aRecordRewrittenWithFreshHashAndSealStillBreaksTheChain() throws SQLException {
        String agency = uniqueAgency("reseal");
        UUID rewritten = archive(newRecap(agency));
        UUID next = archive(newRecap(agency));

        String forged;
        try (Connection connection = database();
             PreparedStatement read = connection.prepareStatement(
                     "select jsonb_set(document, '{disposition,text}', '\"Tidak disetujui\"')::text from archive_record where id = ?")) {
            read.setObject(1, rewritten);
            try (ResultSet result = read.executeQuery()) {
                result.next();
                forged = result.getString(1);
            }
        }
        String forgedHash = CanonicalJson.sha256(forged);
        behindTheTrigger("update archive_record set document = '" + forged.replace("'", "''") + "'::jsonb,"
                + " content_hash = '" + forgedHash + "', seal = '" + Seal.of(Seal.GENESIS, forgedHash) + "'"
                + " where id = '" + rewritten + "'");

        String auditor = token(Roles.AUDITOR, agency);
        given().auth().oauth2(auditor).get("/api/archive/records/{id}/verification", rewritten)
                .then().statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("failedCheck", equalTo("NEXT_LINK"));
        given().auth().oauth2(auditor).get("/api/archive/records/{id}/verification", next)
                .then().statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("failedCheck", equalTo("PREVIOUS_LINK"));
        given().auth().oauth2(auditor).get("/api/archive/chain/verification")
                .then().statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("recordsChecked", equalTo(1))
                .body("firstBroken.chainPosition", equalTo(2))
                .body("firstBroken.failedCheck", equalTo("PREVIOUS_LINK"));
    }
}
