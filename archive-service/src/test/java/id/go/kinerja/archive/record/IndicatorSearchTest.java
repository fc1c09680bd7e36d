package id.go.kinerja.archive.record;

import static id.go.kinerja.archive.Disposals.archive;
import static id.go.kinerja.archive.Disposals.newLargeRecap;
import static id.go.kinerja.archive.Disposals.newRecap;
import static id.go.kinerja.archive.Disposals.token;
import static id.go.kinerja.archive.Disposals.uniqueAgency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.kinerja.archive.Disposals.Disposal;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorSearchTest {

    @Test
    void archivesAreFoundByAnIndicatorTheyContain() {
        String agency = uniqueAgency("search");
        Disposal sample = newRecap(agency);
        Disposal renumbered = newLargeRecap(agency, 3);
        archive(sample);
        archive(renumbered);
        String auditor = token(Roles.AUDITOR, agency);

        given().auth().oauth2(auditor).queryParam("indicatorCode", "IKS-02").get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items.recapId", equalTo(List.of(sample.recapId().toString())));
        given().auth().oauth2(auditor).queryParam("indicatorCode", "IKU-0002").queryParam("year", 2025)
                .get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items.recapId", equalTo(List.of(renumbered.recapId().toString())));
        given().auth().oauth2(auditor).queryParam("indicatorCode", "IKU-9999").get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(auditor).queryParam("indicatorCode", "IKS-02").queryParam("quarter", 2)
                .get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(0));
        // a code is matched whole, not as a prefix or pattern
        given().auth().oauth2(auditor).queryParam("indicatorCode", "IKS").get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(auditor).queryParam("indicatorCode", "%").get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(0));

        given().auth().oauth2(token(Roles.AUDITOR, uniqueAgency("stranger"))).queryParam("indicatorCode", "IKS-02")
                .get("/api/archive/records")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
