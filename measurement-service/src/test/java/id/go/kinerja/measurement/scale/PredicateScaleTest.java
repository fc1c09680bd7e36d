package id.go.kinerja.measurement.scale;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Predicate scales are data (docs/measurement.md 4): a default, and scales an agency adopts from a date. */
@QuarkusTest
class PredicateScaleTest {

    private static Map<String, Object> band(String name, Integer lower, Integer upper) {
        Map<String, Object> band = new HashMap<>();
        band.put("name", name);
        band.put("lowerBound", lower);
        band.put("upperBound", upper);
        return band;
    }

    @SafeVarargs
    private static Map<String, Object> scale(String name, String effectiveFrom, Map<String, Object>... bands) {
        return Map.of("name", name, "effectiveFrom", effectiveFrom, "bands", Arrays.asList(bands));
    }

    private static Map<String, Object> fourBands(String effectiveFrom) {
        return scale("SAKIP_4", effectiveFrom, band("SANGAT_BAIK", 90, null), band("BAIK", 80, 90),
                band("CUKUP", 60, 80), band("KURANG", null, 60));
    }

    @Test
    void theDefaultScaleIsLoadedAndInEffectForEveryAgency() {
        Api.as(Roles.HEAD, Events.newAgency())
                .when().get("/api/measurement/predicate-scales")
                .then().statusCode(200)
                .body("items.name", contains("RKPD_5"))
                .body("items[0].inEffect", equalTo(true))
                .body("items[0].agencyCode", equalTo(null))
                .body("items[0].bands.name", contains("SANGAT_RENDAH", "RENDAH", "SEDANG", "TINGGI", "SANGAT_TINGGI"))
                .body("items[0].bands[3].lowerBound", equalTo(76));
    }

    @Test
    void anAgencyAdoptsItsOwnScaleFromADateAndLaterRecapsUseIt() {
        String agency = Events.newAgency();
        String location = Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON).body(fourBands("2025-01-01"))
                .when().post("/api/measurement/predicate-scales")
                .then().statusCode(201)
                .header("Location", containsString("/api/measurement/predicate-scales/"))
                .body("bands.name", contains("KURANG", "CUKUP", "BAIK", "SANGAT_BAIK"))
                .extract().header("Location");
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get(location.substring(location.indexOf("/api/")))
                .then().statusCode(200).body("name", equalTo("SAKIP_4")).body("inEffect", equalTo(true));
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/predicate-scales")
                .then().statusCode(200)
                .body("items.name", contains("RKPD_5", "SAKIP_4"))
                .body("items.inEffect", contains(false, true));
        Api.as(Roles.ADMIN, Events.newAgency())
                .when().get(location.substring(location.indexOf("/api/")))
                .then().statusCode(404);

        UUID in2025 = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(in2025, agency, 1));
        JsonNode measured = Events.awaitMeasured(in2025, 1, 1);
        assertEquals("SAKIP_4", measured.get("predicateScale").get("name").asText());
        assertEquals("BAIK", Events.find(measured.get("items"), "indicatorCode", "IKP-02").get("result").get("predicate").asText());

        UUID in2024 = UUID.randomUUID();
        ObjectNode earlier = Events.recapSubmitted(in2024, agency, 1);
        earlier.put("year", 2024);
        Events.submit(earlier);
        JsonNode measuredEarlier = Events.awaitMeasured(in2024, 1, 1);
        assertEquals("RKPD_5", measuredEarlier.get("predicateScale").get("name").asText(),
                "a 2024 report keeps the scale in effect then");
        assertEquals("TINGGI", Events.find(measuredEarlier.get("items"), "indicatorCode", "IKP-02").get("result")
                .get("predicate").asText());
    }

    @Test
    void scalesWithGapsOrOverlapsAreRefused() {
        String agency = Events.newAgency();
        refused(agency, scale("GAP", "2025-01-01", band("TINGGI", 60, null), band("RENDAH", null, 50)), "gap");
        refused(agency, scale("OVERLAP", "2025-01-01", band("TINGGI", 50, null), band("RENDAH", null, 60)), "overlap");
        refused(agency, scale("NO_FLOOR", "2025-01-01", band("TINGGI", 50, null), band("RENDAH", 0, 50)), "gap");
        refused(agency, scale("NO_CEILING", "2025-01-01", band("TINGGI", 50, 100), band("RENDAH", null, 50)), "gap");
        refused(agency, scale("TWICE", "2025-01-01", band("BAIK", 50, null), band("BAIK", null, 50)), "twice");
        Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON)
                .body(Map.of("name", "EMPTY", "effectiveFrom", "2025-01-01", "bands", List.of()))
                .when().post("/api/measurement/predicate-scales")
                .then().statusCode(400).body("errors.field", hasItem(endsWith("bands")));
        Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON)
                .body(Map.of("name", "DATE", "effectiveFrom", "1 Januari 2025", "bands", List.of()))
                .when().post("/api/measurement/predicate-scales")
                .then().statusCode(400);

        Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON).body(fourBands("2026-01-01"))
                .when().post("/api/measurement/predicate-scales")
                .then().statusCode(201);
        Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON).body(fourBands("2026-01-01"))
                .when().post("/api/measurement/predicate-scales")
                .then().statusCode(409);
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(fourBands("2027-01-01"))
                .when().post("/api/measurement/predicate-scales")
                .then().statusCode(403);
    }

    @Test
    void anAdoptionSentAgainWithItsIdempotencyKeyAnswersTheFirstResultOnce() {
        String agency = Events.newAgency();
        String key = UUID.randomUUID().toString();
        var first = Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(fourBands("2025-01-01")).when().post("/api/measurement/predicate-scales")
                .then().statusCode(201).extract();
        var again = Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(fourBands("2025-01-01")).when().post("/api/measurement/predicate-scales")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).extract();
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.asString(), again.asString());
        Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(fourBands("2025-07-01")).when().post("/api/measurement/predicate-scales")
                .then().statusCode(409).body("detail", containsString("different request"));
        // one adopted, plus the default
        Api.as(Roles.HEAD, agency).when().get("/api/measurement/predicate-scales")
                .then().statusCode(200).body("items.name", contains("RKPD_5", "SAKIP_4"));
        // bounds are numbers: a string for one is refused, not read as the number it spells
        Map<String, Object> spelled = band("SANGAT_BAIK", 90, null);
        spelled.put("lowerBound", "90");
        Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON)
                .body(scale("TEXT", "2026-01-01", spelled, band("KURANG", null, 90)))
                .when().post("/api/measurement/predicate-scales")
                .then().statusCode(400).body("errors[0].field", equalTo("bands[0].lowerBound"));
    }

    private static void refused(String agency, Map<String, Object> scale, String reason) {
        Api.as(Roles.ADMIN, agency).contentType(ContentType.JSON).body(scale)
                .when().post("/api/measurement/predicate-scales")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(reason));
    }
}
