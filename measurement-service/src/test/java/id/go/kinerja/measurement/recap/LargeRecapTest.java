package id.go.kinerja.measurement.recap;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.measurement.support.LargeRecaps;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A recap of an agency with 2,000 indicators flows through (docs/benchmarks.md). */
@QuarkusTest
class LargeRecapTest {

    private static final int INDICATORS = 2_000;

    @Test
    void aRecapOfTwoThousandIndicatorsIsMeasuredAndPublished() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();

        Events.submit(LargeRecaps.yearEnd(recapId, agency, INDICATORS));
        JsonNode measured = Events.awaitMeasured(recapId, 1, 1);

        assertEquals(INDICATORS, measured.get("items").size());
        JsonNode first = Events.find(measured.get("items"), "indicatorCode", "IK-0000").get("result");
        // NEGATIVE, SUM over the year: T = 21+22+23+24 = 90, R = 16+17+18+19 = 70, (180 − 70) / 90
        assertEquals("122.22", first.get("achievement").asText());
        JsonNode second = Events.find(measured.get("items"), "indicatorCode", "IK-0001").get("result");
        // POSITIVE, LAST: 20 / 24
        assertEquals("83.33", second.get("achievement").asText());
        assertEquals(121, measured.get("nodes").size());
        assertEquals("OK", Events.find(measured.get("levelSummaries"), "level", "OBJECTIVE").get("status").asText());

        Api.as(Roles.SECRETARY, agency)
                .when().get("/api/measurement/recaps")
                .then().statusCode(200)
                .body("items[0].itemCount", equalTo(INDICATORS));
    }
}
