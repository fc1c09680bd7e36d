package id.go.kinerja.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.web.stub.ServiceStubs;
import id.go.kinerja.web.stub.WebSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dev sign-in of local runs: who may be chosen, the token the services then receive, signing out. */
@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class SignInTest {

    @BeforeEach
    void forget() {
        ServiceStubs.reset();
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, "{\"items\": []}");
        ServiceStubs.measurement.answer("GET", "/api/measurement/my-work", 200, "{\"items\": []}");
    }

    @Test
    void a_stranger_is_sent_to_the_sign_in_page_that_lists_one_person_per_role_and_division() {
        WebSession stranger = WebSession.anonymous();

        assertEquals(302, stranger.get("/").status());
        assertTrue(stranger.get("/").location().endsWith("/masuk"));
        WebSession.Page signIn = stranger.get("/masuk");
        assertEquals(200, signIn.status());
        assertEquals("id", signIn.html().selectFirst("html").attr("lang"));
        for (String person : new String[] {"kepala.disdagtrans", "sekretaris.disdagtrans", "tim.sakip.disdagtrans",
                "kabid.perdagangan", "kabid.metrologi", "operator.perdagangan", "operator.metrologi",
                "operator.transmigrasi", "operator.sekretariat", "auditor.inspektorat"}) {
            assertNotNull(signIn.html().getElementById("masuk-" + person), person);
        }
    }

    @Test
    void the_services_receive_the_chosen_persons_token_with_role_agency_and_division() throws Exception {
        WebSession.signedInAs("kabid.perdagangan").get("/");

        String token = ServiceStubs.collection.last("GET", "/api/collection/my-work").header("Authorization").substring(7);
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals("https://kinerja.local/dev", claims.path("iss").asText());
        assertEquals("kabid.perdagangan", claims.path("sub").asText());
        assertEquals("DIVISION_HEAD", claims.path("groups").get(0).asText());
        assertEquals("DISDAGTRANS", claims.path("agency").asText());
        assertEquals("PERDAGANGAN", claims.path("division").asText());
    }

    @Test
    void the_header_names_the_person_and_their_role_in_indonesian_and_offers_only_their_pages() {
        WebSession.Page home = WebSession.signedInAs("operator.metrologi").get("/");

        String header = home.html().selectFirst("header").text();
        assertTrue(header.contains("Siti Nurhaliza"), header);
        assertTrue(header.contains("Operator · METROLOGI"), header);
        assertNotNull(home.html().selectFirst("nav a[href=/isian]"));
        assertTrue(home.html().select("nav a[href=/sekretaris]").isEmpty());
    }

    @Test
    void signing_out_ends_the_session() {
        WebSession session = WebSession.signedInAs("sekretaris.disdagtrans");
        assertEquals(200, session.get("/").status());

        WebSession.Page out = session.post("/keluar", Map.of());

        assertEquals(303, out.status());
        assertEquals(302, session.get("/").status());
    }

    @Test
    void a_person_who_is_not_in_the_list_cannot_be_signed_in_and_a_form_without_csrf_token_is_refused() {
        WebSession stranger = WebSession.anonymous();
        stranger.get("/masuk");

        assertEquals(404, stranger.post("/masuk", Map.of("userName", "root")).status());
        WebSession.Page forged = WebSession.anonymous().postWithoutCsrfToken("/masuk", Map.of("userName", "kepala.disdagtrans"));
        assertEquals(400, forged.status());
        assertFalse(forged.location() != null && forged.location().endsWith("/"));
    }
}
