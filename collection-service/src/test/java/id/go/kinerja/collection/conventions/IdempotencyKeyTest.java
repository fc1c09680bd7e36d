package id.go.kinerja.collection.conventions;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A write sent again with the same Idempotency-Key (a client retrying after a lost answer) gets the first answer and
 * happens once; the key is the caller's own, and it cannot be reused for another request.
 */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String ROUNDS = "/api/collection/rounds";
    private static final String MEMO = """
            {"year": 2025, "quarter": 2, "memo": {"number": "800/12/2025", "date": "2025-04-01"}}""";

    @Test
    void theSameRequestAgainReplaysTheFirstAnswerAndOpensNoSecondRound() {
        TestAgency agency = TestAgency.withPlan();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = agency.as("HEAD").header("Idempotency-Key", key).body(MEMO)
                .when().post(ROUNDS).then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract();
        ExtractableResponse<Response> again = agency.as("HEAD").header("Idempotency-Key", key).body(MEMO)
                .when().post(ROUNDS).then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .contentType("application/json").extract();
        assertThat(again.header("Location"), equalTo(first.header("Location")));
        assertThat(again.asString(), equalTo(first.asString()));
        agency.as("HEAD").queryParam("year", 2025).queryParam("quarter", 2).when().get(ROUNDS)
                .then().body("total", equalTo(1));

        // the same key for something else is refused; without a key, a second opening is the usual conflict
        agency.as("HEAD").header("Idempotency-Key", key).body(MEMO.replace("800/12", "800/13"))
                .when().post(ROUNDS).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED")).body("detail", containsString("was used for a different request"));
        agency.as("HEAD").body(MEMO).when().post(ROUNDS).then().statusCode(409)
                .body("detail", containsString("already"));
    }

    @Test
    void aRefusedRequestKeepsNothingUnderItsKey() {
        TestAgency agency = new TestAgency();
        String key = "pembagian-" + UUID.randomUUID();
        agency.as("ADMIN").header("Idempotency-Key", key).body("{\"code\": \"bad code\", \"name\": \"x\"}")
                .when().post("/api/collection/divisions").then().statusCode(400);
        agency.as("ADMIN").header("Idempotency-Key", key).body("{\"code\": \"GUDANG\", \"name\": \"Gudang\"}")
                .when().post("/api/collection/divisions").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).header("ETag", equalTo("\"0\""));
        agency.as("ADMIN").header("Idempotency-Key", key).body("{\"code\": \"GUDANG\", \"name\": \"Gudang\"}")
                .when().post("/api/collection/divisions").then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Gudang"));
    }

    @Test
    void aKeyIsTheCallersOwn() {
        TestAgency one = new TestAgency();
        TestAgency other = new TestAgency();
        String key = "sama-" + UUID.randomUUID();
        one.as("ADMIN").header("Idempotency-Key", key).body("{\"code\": \"GUDANG\", \"name\": \"Gudang\"}")
                .when().post("/api/collection/divisions").then().statusCode(201);
        // another agency's admin with the same key makes their own division, and sees nothing of the first
        other.as("ADMIN").header("Idempotency-Key", key).body("{\"code\": \"GUDANG\", \"name\": \"Gudang Lain\"}")
                .when().post("/api/collection/divisions").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).body("name", equalTo("Gudang Lain"));
        one.as("ADMIN").header("Idempotency-Key", " ").body("{\"code\": \"GUDANG2\", \"name\": \"x\"}")
                .when().post("/api/collection/divisions").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        one.as("ADMIN").header("Idempotency-Key", "k".repeat(201)).body("{\"code\": \"GUDANG2\", \"name\": \"x\"}")
                .when().post("/api/collection/divisions").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void concurrentRequestsWithTheSameKeyApplyOnce() throws Exception {
        TestAgency agency = new TestAgency();
        String key = UUID.randomUUID().toString();
        int parallel = 4;
        CyclicBarrier start = new CyclicBarrier(parallel);
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        List<CompletableFuture<ExtractableResponse<Response>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return agency.as("ADMIN").header("Idempotency-Key", key)
                            .body("{\"code\": \"GUDANG\", \"name\": \"Gudang\"}")
                            .when().post("/api/collection/divisions").then().extract();
                }, threads));
            }
            List<String> replayed = new ArrayList<>();
            for (CompletableFuture<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get();
                assertThat(response.asString(), response.statusCode(), equalTo(201));
                assertThat(response.path("code"), equalTo("GUDANG"));
                if ("true".equals(response.header("Idempotent-Replayed"))) {
                    replayed.add(key);
                }
            }
            assertThat(replayed, hasSize(parallel - 1));
        } finally {
            threads.shutdownNow();
        }
        agency.as("ADMIN").when().get("/api/collection/divisions").then().body("total", equalTo(1));
    }
}
