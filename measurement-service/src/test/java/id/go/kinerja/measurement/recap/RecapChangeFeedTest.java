package id.go.kinerja.measurement.recap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * e-sakip pulls the agency's measured results by updatedSince and the cursor (docs/integration.md): every recap once,
 * also when several changed at the same instant across a page boundary; never another agency's.
 */
@QuarkusTest
class RecapChangeFeedTest {

    private static final Instant SAME_INSTANT = Instant.parse("2025-04-10T03:00:00.123456Z");

    private String agency;
    private final List<UUID> recaps = new ArrayList<>();

    @BeforeEach
    void threeRecapsMeasuredAtTheSameInstant() {
        agency = Events.newAgency();
        recaps.clear();
        for (int i = 0; i < 3; i++) {
            UUID recapId = UUID.randomUUID();
            Events.submit(Events.recapSubmitted(recapId, agency, 1));
            Events.awaitMeasured(recapId, 1, 1);
            recaps.add(recapId);
        }
        changedAt(SAME_INSTANT, recaps.toArray(UUID[]::new));
    }

    @Test
    void theMachineAccountPagesThroughRecapsChangedAtOneInstantWithoutSkippingOrRepeatingOne() {
        Set<String> seen = new HashSet<>();
        JsonPath first = page("updatedSince", "2025-04-10T00:00:00Z");
        assertEquals(2, first.getList("items").size());
        assertEquals(3, first.getLong("total"));
        seen.addAll(first.getList("items.recapId"));

        JsonPath second = page("cursor", first.getString("next"));
        assertEquals(1, second.getList("items").size());
        seen.addAll(second.getList("items.recapId"));
        assertEquals(Set.copyOf(recaps.stream().map(UUID::toString).toList()), seen);

        JsonPath after = page("cursor", second.getString("next"));
        assertEquals(List.of(), after.getList("items"));
        assertEquals(second.getString("next"), after.getString("next"), "an empty page keeps the place to resume from");

        changedAt(SAME_INSTANT.plusSeconds(60), recaps.get(0));
        JsonPath resumed = page("cursor", second.getString("next"));
        assertEquals(List.of(recaps.get(0).toString()), resumed.getList("items.recapId"),
                "the recap changed again comes once more, behind the cursor");
    }

    @Test
    void updatedSinceLeavesOutWhatChangedBefore() {
        changedAt(SAME_INSTANT.plusSeconds(3600), recaps.get(1));
        Api.as(Roles.INTEGRATION, agency)
                .queryParam("updatedSince", SAME_INSTANT.plusSeconds(1).toString())
                .when().get("/api/measurement/recaps")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.recapId", equalTo(List.of(recaps.get(1).toString())))
                .body("next", notNullValue());
        Api.as(Roles.INTEGRATION, agency)
                .queryParam("updatedSince", SAME_INSTANT.toString())
                .when().get("/api/measurement/recaps")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items[2].recapId", equalTo(recaps.get(1).toString()));
    }

    @Test
    void aPlainListSortsByTheFieldAskedForAndGivesNoCursor() {
        changedAt(SAME_INSTANT.plusSeconds(3600), recaps.get(2));
        Api.as(Roles.SAKIP_TEAM, agency)
                .queryParam("sort", "-updatedAt")
                .when().get("/api/measurement/recaps")
                .then().statusCode(200)
                .body("items[0].recapId", equalTo(recaps.get(2).toString()))
                .body("next", nullValue());
        Api.as(Roles.SAKIP_TEAM, agency)
                .queryParam("sort", "updatedAt,desc")
                .when().get("/api/measurement/recaps")
                .then().statusCode(200)
                .body("items[0].recapId", equalTo(recaps.get(2).toString()));
        Api.as(Roles.SAKIP_TEAM, agency)
                .queryParam("sort", "updatedAt,asc")
                .when().get("/api/measurement/recaps")
                .then().statusCode(200)
                .body("items[2].recapId", equalTo(recaps.get(2).toString()));
    }

    @Test
    void anUnknownSortFieldABadInstantOrAForgedCursorIsA400Problem() {
        for (String[] bad : new String[][] {{"sort", "agencyCode"}, {"sort", "updatedAt,sideways"},
                {"updatedSince", "yesterday"}, {"cursor", "not-a-cursor"}}) {
            Api.as(Roles.INTEGRATION, agency)
                    .queryParam(bad[0], bad[1])
                    .when().get("/api/measurement/recaps")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[0]));
        }
        Api.as(Roles.INTEGRATION, agency)
                .queryParam("updatedSince", SAME_INSTANT.toString()).queryParam("sort", "-year")
                .when().get("/api/measurement/recaps")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
    }

    @Test
    void theMachineAccountReadsItsOwnAgencysResultsAndNeverAnotherOnesNorWrites() {
        Api.as(Roles.INTEGRATION, agency)
                .when().get("/api/measurement/recaps/{id}", recaps.get(0))
                .then().statusCode(200).body("recapId", equalTo(recaps.get(0).toString()));
        Api.as(Roles.INTEGRATION, agency)
                .when().get("/api/measurement/recaps/{id}/revisions/1", recaps.get(0))
                .then().statusCode(200);

        String other = Events.newAgency();
        Api.as(Roles.INTEGRATION, other)
                .when().get("/api/measurement/recaps/{id}", recaps.get(0))
                .then().statusCode(404).contentType("application/problem+json");
        Api.as(Roles.INTEGRATION, other)
                .queryParam("updatedSince", "2000-01-01T00:00:00Z")
                .when().get("/api/measurement/recaps")
                .then().statusCode(200).body("total", equalTo(0));

        Api.as(Roles.INTEGRATION, agency)
                .when().post("/api/measurement/recaps/{id}/remeasure", recaps.get(0))
                .then().statusCode(403);
        Api.as(Roles.INTEGRATION, agency)
                .when().get("/api/measurement/recaps/{id}/reopened", recaps.get(0))
                .then().statusCode(403);
    }

    private JsonPath page(String parameter, String value) {
        return Api.as(Roles.INTEGRATION, agency)
                .queryParam(parameter, value).queryParam("size", 2)
                .when().get("/api/measurement/recaps")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void changedAt(Instant at, UUID... recapIds) {
        QuarkusTransaction.requiringNew().run(() ->
                Recap.update("updatedAt = ?1 where recapId in ?2", at, List.of(recapIds)));
    }
}
