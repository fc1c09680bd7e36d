package id.go.kinerja.web.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import id.go.kinerja.web.stub.IdentityProviderStub;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * In production (the prod profile's settings: no dev sign-in, OIDC on), there is no dev sign-in page and nothing
 * signs a token with the dev key: a stranger is sent to the identity provider.
 */
@QuarkusTest
@TestProfile(ProductionSignInTest.Production.class)
class ProductionSignInTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // what %test turned on, back to the production values of application.properties
            return Map.of(
                    "kinerja.web.dev-sign-in.enabled", "false",
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.authentication.state-secret", "state-secret-of-at-least-32-characters",
                    "quarkus.oidc.token-state-manager.encryption-secret", "session-secret-of-at-least-32-characters");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(IdentityProviderStub.class));
        }
    }

    @Test
    void there_is_no_dev_sign_in_page_and_no_dev_sign_in() {
        given().redirects().follow(false).get("/masuk").then().statusCode(404)
                .body(not(containsString("kepala.disdagtrans")));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("userName", "kepala.disdagtrans").post("/masuk")
                .then().statusCode(anyOf(is(400), is(404))).header("Set-Cookie", anyOf(nullValue(), not(containsString("kinerja-sesi"))));
    }

    @Test
    void a_stranger_is_sent_to_the_identity_providers_sign_in_with_pkce() {
        given().redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", startsWith(IdentityProviderStub.realmUrl + "/protocol/openid-connect/auth"))
                .header("Location", containsString("code_challenge_method=S256"))
                .header("Location", containsString("client_id=kinerja-web"));
    }
}
