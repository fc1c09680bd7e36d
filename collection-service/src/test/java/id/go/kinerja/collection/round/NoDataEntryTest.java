package id.go.kinerja.collection.round;

import static id.go.kinerja.collection.Events.RECAP_SUBMITTED;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.kinerja.collection.Events;
import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "No data" (tidak ada data) as an operator's answer: the realisation of the quarter is not available, for a reason.
 * Entered, sent back and verified like any entry, it completes the round, and the recap carries it to measurement.
 */
@QuarkusTest
class NoDataEntryTest {

    private static final String REASON = "Survei pelatihan triwulan II ditunda karena anggaran belum cair";

    @Test
    void theOperatorAnswersNoDataWithAReasonAndTheDivisionHeadVerifiesItLikeAnyEntry() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);

        agency.enter(round, "IKP-01", "{\"noData\": true, \"noDataReason\": \"" + REASON + "\"}").statusCode(200)
                .body("state", equalTo("ENTERED"))
                .body("value", nullValue()).body("grade", nullValue())
                .body("noData", equalTo(true)).body("noDataReason", equalTo(REASON))
                .body("history.action", contains("ENTERED"))
                .body("history[0].noDataReason", equalTo(REASON));
        agency.as("HEAD").when().get("/api/collection/rounds/{round}", round).then().statusCode(200)
                .body("items.find { it.indicatorCode == 'IKP-01' }.noDataReason", equalTo(REASON))
                .body("items.find { it.indicatorCode == 'IKU-01' }.noDataReason", nullValue());

        agency.decide(round, "IKP-01", "SEND_BACK", "Lampirkan surat penundaan survei").statusCode(200)
                .body("state", equalTo("SENT_BACK")).body("noDataReason", equalTo(REASON));
        agency.enter(round, "IKP-01", "{\"noData\": true, \"noDataReason\": \"" + REASON + "\", "
                + "\"note\": \"Surat Kabid No. 12/2025\"}").statusCode(200);
        agency.decide(round, "IKP-01", "VERIFY", null).statusCode(200)
                .body("state", equalTo("VERIFIED")).body("noData", equalTo(true))
                .body("history.action", contains("ENTERED", "SENT_BACK", "ENTERED", "VERIFIED"));
    }

    @Test
    void noDataNeedsItsReasonAndStandsAlone() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 4);

        agency.enter(round, "IKP-01", "{\"noData\": true}").statusCode(400)
                .body("errors[0].field", equalTo("noDataReason"));
        agency.enter(round, "IKP-01", "{\"noData\": true, \"noDataReason\": \"  \"}").statusCode(400)
                .body("errors[0].field", equalTo("noDataReason"));
        agency.enter(round, "IKP-01", "{\"noDataReason\": \"" + REASON + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("noData"));
        agency.enter(round, "IKP-01", "{\"noData\": true, \"noDataReason\": \"x\", \"value\": 3}").statusCode(400)
                .body("errors[0].field", equalTo("value"));
        agency.enter(round, "IKU-02", "{\"noData\": true, \"noDataReason\": \"x\", \"grade\": \"BB\"}").statusCode(400)
                .body("errors[0].field", equalTo("grade"));
        agency.enter(round, "IKU-02", "{\"noData\": false}").statusCode(400).body("errors[0].field", equalTo("grade"));
        agency.as("OPERATOR", "METROLOGI").body("{\"noData\": true, \"noDataReason\": \"x\"}")
                .when().put("/api/collection/rounds/{round}/entries/IKP-01", round)
                .then().statusCode(403);
        agency.entry(round, "IKP-01").body("state", equalTo("NOT_ENTERED")).body("noData", equalTo(false));

        // a grade indicator may be answered the same way; a value afterwards replaces the answer
        agency.enter(round, "IKU-02", "{\"noData\": true, \"noDataReason\": \"Hasil evaluasi belum terbit\"}")
                .statusCode(200).body("noData", equalTo(true));
        agency.enter(round, "IKP-01", "{\"noData\": true, \"noDataReason\": \"x\"}").statusCode(200);
        agency.enter(round, "IKP-01", 20).statusCode(200).body("noData", equalTo(false)).body("noDataReason", nullValue())
                .body("value", equalTo(20));
    }

    @Test
    void anIntegrationMayPushNoDataForTheOperatorToConfirm() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);

        agency.as("INTEGRATION").body("{\"source\": \"SIPD\", \"items\": [{\"indicatorCode\": \"IKP-01\", \"value\": 3}, "
                        + "{\"indicatorCode\": \"IKU-01\", \"noDataReason\": \"x\"}]}")
                .when().post("/api/collection/rounds/{round}/realisations", round)
                .then().statusCode(400).body("errors[0].field", equalTo("items[1].noData"));
        agency.entry(round, "IKP-01").body("state", equalTo("NOT_ENTERED"));

        agency.as("INTEGRATION").body("{\"source\": \"SIPD\", \"items\": [{\"indicatorCode\": \"IKU-01\", "
                        + "\"noData\": true, \"noDataReason\": \"Data BPS belum rilis\"}]}")
                .when().post("/api/collection/rounds/{round}/realisations", round)
                .then().statusCode(200).body("proposed", equalTo(1));
        agency.as("OPERATOR", "PERDAGANGAN").when()
                .post("/api/collection/rounds/{round}/entries/IKU-01/confirmation", round)
                .then().statusCode(200).body("state", equalTo("ENTERED"))
                .body("noDataReason", equalTo("Data BPS belum rilis"));
    }

    @Test
    void aVerifiedNoDataEntryCompletesTheRoundAndTheRecapCarriesItToMeasurement() {
        TestAgency agency = TestAgency.withPlan();
        agency.submit(agency.verifiedFirstQuarter()).statusCode(201);
        String second = agency.openRound(2025, 2);
        agency.enterAndVerify(second, "IKU-01", 6.1);
        agency.enterAndVerify(second, "IKK-01", 76);
        agency.enter(second, "IKP-01", "{\"noData\": true, \"noDataReason\": \"" + REASON + "\"}").statusCode(200);
        agency.submit(second).statusCode(409).body("context.missing", contains("IKP-01"));
        agency.decide(second, "IKP-01", "VERIFY", null).statusCode(200);

        String recapId = agency.submit(second).statusCode(201).extract().path("recapId");

        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> published =
                Events.recordsWithKey(RECAP_SUBMITTED, recapId, 1);
        assertThat(published, hasSize(1));
        JsonPath event = Events.json(published.get(0).value());
        String trained = "items.find { it.indicatorCode == 'IKP-01' }.realisations";
        assertThat(event.getList(trained + ".quarter"), contains(1, 2));
        Map<String, Object> first = event.getMap(trained + "[0]");
        assertEquals(20, first.get("value"));
        assertFalse(first.containsKey("noData"), "a realisation with a value is written as before");
        Map<String, Object> missing = event.getMap(trained + "[1]");
        assertEquals(true, missing.get("noData"));
        assertEquals(REASON, missing.get("noDataReason"));
        assertFalse(missing.containsKey("value"));
        assertNull(missing.get("grade"));
        assertEquals("division_head.perdagangan@" + agency.code.toLowerCase(), missing.get("verifiedBy"));
    }
}
