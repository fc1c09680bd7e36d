package id.go.kinerja.approval.cors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment that serves its web front end from another origin enables CORS for exactly that origin
 * ({@code KINERJA_CORS_ENABLED}, {@code KINERJA_CORS_ORIGINS}): the front end may send the headers the API guide
 * describes and read ETag and Location; any other origin still gets nothing.
 */
@QuarkusTest
@TestProfile(CorsForTheAgencyFrontEndTest.AgencyFrontEnd.class)
class CorsForTheAgencyFrontEndTest {

    static final String FRONT_END = "https://kinerja.example.go.id";

    public static class AgencyFrontEnd implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("KINERJA_CORS_ENABLED", "true", "KINERJA_CORS_ORIGINS", FRONT_END);
        }
    }

    @Test
    void theAgencyFrontEndMaySendTheApiHeadersAndReadTheEntityTag() {
        given().header("Origin", FRONT_END)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,idempotency-key,accept-language")
                .options("/api/approval/inbox")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONT_END))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));

        given().header("Origin", FRONT_END).get("/api/approval/inbox")
                .then().statusCode(401)
                .header("Access-Control-Allow-Origin", equalTo(FRONT_END))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void anotherOriginIsStillGrantedNothing() {
        given().header("Origin", "https://penyerang.example")
                .header("Access-Control-Request-Method", "PUT")
                .options("/api/approval/inbox")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
