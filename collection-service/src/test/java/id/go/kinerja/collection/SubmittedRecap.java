package id.go.kinerja.collection;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/**
 * A Q1 2025 recap of a fresh {@link TestAgency}, submitted as revision 1 with every entry verified (IKU-01 4.2,
 * IKP-01 20, IKK-01 72), and the events the other services send about it ({@link Events}).
 */
public record SubmittedRecap(TestAgency agency, String roundId, String recapId) {

    public static SubmittedRecap firstQuarter() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.verifiedFirstQuarter();
        return new SubmittedRecap(agency, round, agency.submit(round).statusCode(201).extract().path("recapId"));
    }

    /** The recap as the Secretary reads it. */
    public ValidatableResponse recap() {
        return agency.as("SECRETARY").when().get("/api/collection/recaps/{id}", recapId).then().statusCode(200);
    }

    /** The round with its items as the SAKIP team reads it. */
    public ValidatableResponse round() {
        return agency.as("SAKIP_TEAM").when().get("/api/collection/rounds/{round}", roundId).then().statusCode(200);
    }

    public ValidatableResponse entry(String indicatorCode) {
        return agency.entry(roundId, indicatorCode).statusCode(200);
    }

    /** A RecapReturned with a new event id; items are {@code [code, reason, returnTo]} triples. */
    public String returned(int revision, String[]... items) {
        return Events.recapReturned(UUID.randomUUID().toString(), agency, recapId, roundId, revision, items);
    }

    public String approved(int revision) {
        return Events.recapApproved(agency, recapId, roundId, revision);
    }

    public String archived(int revision, String archiveId) {
        return Events.recapArchived(agency, recapId, roundId, revision, archiveId);
    }

    public String disposed(int revision, String text) {
        return Events.recapDisposed(agency, recapId, roundId, revision, text);
    }

    /** The returned items corrected and the recap submitted again as the next revision. */
    public void correctAndResubmit(String indicatorCode, Number value, int expectedRevision) {
        agency.enterAndVerify(roundId, indicatorCode, value);
        agency.submit(roundId).statusCode(201).body("currentRevision", equalTo(expectedRevision));
    }
}
