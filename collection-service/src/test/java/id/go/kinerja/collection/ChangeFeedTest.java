package id.go.kinerja.collection;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * SIPD reads back the rounds and plan versions of its agency by updatedSince and cursor (docs/integration.md): each
 * once, also when several changed at the same instant across a page boundary; sort by a documented field only.
 */
@QuarkusTest
class ChangeFeedTest {

    private static final Instant SAME_INSTANT = Instant.parse("2025-06-30T09:15:00.000001Z");

    @Inject
    DataSource dataSource;

    @Test
    void roundsChangedAtOneInstantArePagedWithoutSkippingOrRepeatingOne() throws SQLException {
        TestAgency agency = TestAgency.withPlan();
        List<String> rounds = List.of(agency.openRoundWithMemo(2025, 1), agency.openRoundWithMemo(2025, 2),
                agency.openRoundWithMemo(2025, 3));
        changedAt("update collection_round set updated_at = ? where agency_code = ?", agency);

        assertEquals(Set.copyOf(rounds), pageThrough(agency, "/api/collection/rounds", "roundId", 3));
        agency.as("INTEGRATION").queryParam("updatedSince", SAME_INSTANT.plusSeconds(1).toString())
                .when().get("/api/collection/rounds")
                .then().statusCode(200).body("total", equalTo(0));
        agency.as("INTEGRATION").queryParam("sort", "quarter,desc")
                .when().get("/api/collection/rounds")
                .then().statusCode(200).body("items[0].roundId", equalTo(rounds.get(2)))
                .body("items[0].updatedAt", equalTo("2025-06-30T09:15:00.000Z")); // instants go out in milliseconds
    }

    @Test
    void planVersionsPublishedAtOneInstantArePagedWithoutSkippingOrRepeatingOne() throws SQLException {
        TestAgency agency = TestAgency.withPlan();
        agency.publish("PK_PERUBAHAN", 2025, "Refocusing anggaran").statusCode(201);
        agency.publish("PK_PERUBAHAN", 2025, "Penyesuaian target").statusCode(201);
        // what only a superuser can do: a published version is immutable behind a trigger
        changedAt("alter table plan_version disable trigger plan_version_no_update_or_delete; "
                + "update plan_version set published_at = ? where agency_code = ?; "
                + "alter table plan_version enable trigger plan_version_no_update_or_delete", agency);

        Set<String> versions = pageThrough(agency, "/api/collection/plan/versions", "id", 3);
        assertEquals(3, versions.size());
        agency.as("AUDITOR").queryParam("sort", "number")
                .when().get("/api/collection/plan/versions?kind=PK_PERUBAHAN")
                .then().statusCode(200).body("items.number", equalTo(List.of(1, 2)));
    }

    @Test
    void anUnknownSortFieldIsA400ProblemNamingTheParameter() {
        TestAgency agency = TestAgency.withPlan();
        for (String path : List.of("/api/collection/rounds", "/api/collection/plan/versions")) {
            agency.as("INTEGRATION").queryParam("sort", "agencyCode")
                    .when().get(path)
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("sort"));
        }
    }

    /** Reads the list as the machine account two at a time from updatedSince, following next; the ids it saw. */
    private static Set<String> pageThrough(TestAgency agency, String path, String idField, int expected) {
        Set<String> seen = new HashSet<>();
        int read = 0;
        JsonPath page = agency.as("INTEGRATION").queryParam("updatedSince", SAME_INSTANT.toString()).queryParam("size", 2)
                .when().get(path).then().statusCode(200).extract().jsonPath();
        while (!page.getList("items").isEmpty()) {
            read += page.getList("items").size();
            seen.addAll(page.getList("items." + idField));
            page = agency.as("INTEGRATION").queryParam("cursor", page.getString("next")).queryParam("size", 2)
                    .when().get(path).then().statusCode(200).extract().jsonPath();
        }
        assertEquals(expected, read, "every item once, none twice");
        return seen;
    }

    private void changedAt(String update, TestAgency agency) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setTimestamp(1, Timestamp.from(SAME_INSTANT));
            statement.setString(2, agency.code);
            statement.execute();
        }
    }
}
