package id.go.kinerja.measurement.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.infrastructure.DivisionToken;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Operators and division heads read a measured recap only for their own division, whether their token carries the
 * shipped Keycloak realm's default groups or not; a token of those roles without a division is refused.
 */
@QuarkusTest
class DivisionBindingTest {

    private static final String OWN = "METROLOGI";

    @Test
    void theMeasuredRecapShowsTheOwnDivisionAloneWithTheRealmsGroupsAndNothingWithoutADivision() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(recapId, agency, 1));
        Events.awaitMeasured(recapId, 1, 1);

        Map<String, Function<String, String>> reads = new LinkedHashMap<>();
        reads.put("the latest measurement", token -> divisions(token, "/api/measurement/recaps/{id}", recapId,
                "items.divisionCode"));
        reads.put("a revision", token -> divisions(token, "/api/measurement/recaps/{id}/revisions/1", recapId,
                "items.divisionCode"));
        reads.put("the worksheet", token -> divisions(token, "/api/measurement/recaps/{id}/worksheet", recapId,
                "indicators.divisionCode"));
        reads.put("the list's headline", token -> {
            Response response = Api.anonymous().auth().oauth2(token).get("/api/measurement/recaps");
            return response.statusCode() != 200 ? status(response)
                    : "200 " + response.jsonPath().getList("items.headlineAchievement");
        });
        Map<String, String> expected = Map.of("the latest measurement", "200 [METROLOGI]",
                "a revision", "200 [METROLOGI]", "the worksheet", "200 [METROLOGI]", "the list's headline", "200 [null]");

        for (String role : List.of(Roles.OPERATOR, Roles.DIVISION_HEAD)) {
            assertEquals(Map.of(), DivisionToken.mismatches(role, agency, OWN, reads, expected));
        }
    }

    private static String divisions(String token, String path, UUID recapId, String divisionCodes) {
        Response response = Api.anonymous().auth().oauth2(token).get(path, recapId);
        return response.statusCode() != 200 ? status(response)
                : "200 " + new TreeSet<>(response.jsonPath().<String>getList(divisionCodes));
    }

    private static String status(Response response) {
        return DivisionToken.outcome(response.statusCode(), response.contentType(),
                response.statusCode() == 403 ? response.jsonPath().getString("detail") : null);
    }
}
