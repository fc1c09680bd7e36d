package id.go.kinerja.approval.cors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Without a deployment's say-so no browser page of another origin may call the API: the preflight gets no grant, so
 * the browser never sends the request. (The platform's defaults apply to every service alike.)
 */
@QuarkusTest
class CorsOffByDefaultTest {

    @Test
    void aPageOfAnotherOriginIsGrantedNothing() {
        given().header("Origin", "https://kinerja.example.go.id")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .options("/api/approval/inbox")
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }
}
