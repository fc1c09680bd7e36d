package id.go.kinerja.approval.review;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.approval.ApprovalTestSupport;
import id.go.kinerja.approval.RecapMeasuredSample;
import id.go.kinerja.approval.recap.Recap;
import id.go.kinerja.approval.recap.RecapMeasured;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The approval lists read by updatedSince and cursor: every recap once, also when several changed at the same instant
 * across a page boundary; sort by a documented field only.
 */
@QuarkusTest
class RecapChangeFeedTest extends ApprovalTestSupport {

    /** Far ahead of every other test's recaps of the shared agency, so that updatedSince selects only this test's. */
    private final Instant sameInstant = Instant.parse("2090-01-01T00:00:00Z")
            .plus(ThreadLocalRandom.current().nextLong(1_000_000_000L), ChronoUnit.MICROS);

    @Test
    void theInboxAndTheListPageThroughRecapsChangedAtOneInstantWithoutSkippingOrRepeatingOne() {
        List<String> recaps = threeRecapsChangedAtTheSameInstant();
        for (String[] reader : new String[][] {{"/api/approval/inbox", Roles.SECRETARY},
                {"/api/approval/recaps", Roles.HEAD}}) {
            JsonPath first = page(reader, "updatedSince", sameInstant.toString());
            assertEquals(2, first.getList("items").size(), reader[0]);
            assertEquals(3, first.getLong("total"), reader[0]);
            JsonPath second = page(reader, "cursor", first.getString("next"));
            Set<String> seen = new HashSet<>(first.getList("items.recapId"));
            seen.addAll(second.getList("items.recapId"));
            assertEquals(Set.copyOf(recaps), seen, reader[0]);
            assertEquals(1, second.getList("items").size(), reader[0]);
            assertEquals(List.of(), page(reader, "cursor", second.getString("next")).getList("items"), reader[0]);
        }
        as(Roles.HEAD).queryParam("updatedSince", sameInstant.plusSeconds(1).toString()).get("/api/approval/recaps")
                .then().statusCode(200).body("total", equalTo(0)).body("next", notNullValue());
    }

    @Test
    void sortTakesTheDocumentedFieldsAndAnOtherIsA400Problem() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        as(Roles.HEAD).queryParam("sort", "-updatedAt").get("/api/approval/recaps")
                .then().statusCode(200).body("items[0].updatedAt", notNullValue());
        secretary().queryParam("sort", "receivedAt,desc").get("/api/approval/inbox")
                .then().statusCode(200).body("items[0].recapId", equalTo(recapId.toString()));
        for (String sort : List.of("status", "headlineAchievement", "receivedAt,newest")) {
            as(Roles.HEAD).queryParam("sort", sort).get("/api/approval/recaps")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("sort"));
        }
        as(Roles.HEAD, OTHER_AGENCY).queryParam("updatedSince", "2000-01-01T00:00:00Z").get("/api/approval/recaps")
                .then().statusCode(200).body("items.recapId", not(hasItem(recapId.toString())));
    }

    private List<String> threeRecapsChangedAtTheSameInstant() {
        List<UUID> ids = new ArrayList<>(List.of(recapId, UUID.randomUUID(), UUID.randomUUID()));
        for (UUID id : ids) {
            topics().send(RecapMeasured.TOPIC, id.toString(), RecapMeasuredSample.of(RecapMeasuredSample.REVISION_1)
                    .recap(id, UUID.randomUUID()).revision(1, 1).json(), RecapMeasured.EVENT_TYPE);
        }
        await().atMost(EVENT_TIMEOUT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Recap.count("id in ?1", ids)) == ids.size());
        QuarkusTransaction.requiringNew().run(() -> Recap.update("updatedAt = ?1 where id in ?2", sameInstant, ids));
        return ids.stream().map(UUID::toString).toList();
    }

    private static JsonPath page(String[] reader, String parameter, String value) {
        return as(reader[1]).queryParam(parameter, value).queryParam("size", 2).get(reader[0])
                .then().statusCode(200).extract().jsonPath();
    }
}
