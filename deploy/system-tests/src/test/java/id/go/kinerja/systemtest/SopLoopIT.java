package id.go.kinerja.systemtest;

import static id.go.kinerja.systemtest.SopSteps.codesOf;
import static id.go.kinerja.systemtest.SopSteps.division;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.APPROVAL;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.ARCHIVE;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.COLLECTION;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.MEASUREMENT;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.systemtest.SystemUnderTest.Service;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SOP of Dinas Perdagangan dan Transmigrasi end to end, across the four packaged services, through
 * their REST APIs only: collection (A1-A9), measurement (B5-B7), the Secretary's review with a return of two
 * items, one to COLLECTION and one to MEASUREMENT (A10 / B8), re-entry, a methodology fix and revision 2,
 * approval, the Head's disposition (A11 / B9) and the archive (A12 / B10).
 */
@ExtendWith(SystemUnderTest.class)
class SopLoopIT {

    private static final String DEMO_PLAN = "collection-service/src/main/resources/demo/disdagtrans-2025.json";

    private static final String AGENCY = "DISDAGTRANS";
    private static final String OTHER_AGENCY = "DISKOMINFO";
    private static final int YEAR = 2025;
    private static final int QUARTER = 1;

    /** Returned to COLLECTION: the number of traders trained was entered without the attendance list. */
    private static final String RE_ENTERED = "IKP-02";
    private static final BigDecimal FIRST_ENTRY = new BigDecimal("20");
    private static final BigDecimal CORRECTED_ENTRY = new BigDecimal("24");
    private static final String COLLECTION_REASON = "Daftar hadir pelatihan menunjukkan 24 peserta, bukan 20";

    /** Returned to MEASUREMENT: a lower-is-better index (price variation, target 5 %) must use the ratio formula. */
    private static final String REMEASURED = "IKU-01";
    private static final BigDecimal PRICE_VARIATION = new BigDecimal("4");
    private static final BigDecimal RATIO_ACHIEVEMENT = new BigDecimal("125");
    private static final String MEASUREMENT_REASON = "Gunakan rumus rasio untuk indikator negatif";

    private static final String RETURN_NOTE = "Dua indikator perlu diperbaiki";
    private static final String DISPOSITION = "Terima kasih. Gunakan sebagai bahan LKjIP triwulan I.";

    private static SystemUnderTest.Running system;
    private static SopSteps sop;

    @BeforeAll
    static void connect(SystemUnderTest.Running running) {
        system = running;
        sop = new SopSteps(running, AGENCY, YEAR, QUARTER);
    }

    @Test
    void returnedRecapComesBackAsRevisionTwoAndIsApprovedDisposedAndArchivedForItsAgencyOnly() throws IOException {
        sop.adminLoadsThePlan(Files.readString(system.projectFile(DEMO_PLAN)));
        sop.teamPublishesThePerformanceAgreement();
        measurementKnowsThePlansIndicatorsBeforeAnyRecap();

        UUID roundId = sop.headOrdersTheCollection();
        List<Map<String, Object>> items = sop.itemsOf(roundId);
        assertTrue(codesOf(items).containsAll(List.of(RE_ENTERED, REMEASURED)),
                "the demo plan's Q1 round has " + RE_ENTERED + " and " + REMEASURED + ": " + codesOf(items));
        sop.secretaryAndTeamPrepareTheCollection(roundId, items);
        sop.headSecretaryAndTeamPrepareTheMeasurement();
        sop.operatorsEnterRealisations(roundId, items, item -> switch ((String) item.get("indicatorCode")) {
            case RE_ENTERED -> Map.of("value", FIRST_ENTRY, "note", "Rekap panitia pelatihan");
            case REMEASURED -> Map.of("value", PRICE_VARIATION, "note", "Survei harga mingguan pasar");
            default -> SopSteps.onTarget(item, "Sesuai laporan bidang");
        });
        sop.divisionHeadsVerify(roundId, items);
        UUID recapId = sop.teamSubmitsTheRecap(roundId, 1);

        sop.awaitInTheSecretarysInbox(recapId, 1);
        secretaryReturnsTwoItemsAndAcceptsTheRest(recapId, items);

        operatorReEntersTheReturnedItem(roundId, division(items, RE_ENTERED));
        teamFixesTheReturnedMethodology(recapId);
        sop.teamSubmitsTheRecap(roundId, 2);

        sop.awaitInTheSecretarysInbox(recapId, 2);
        sop.secretaryAcceptsEverythingAndApproves(recapId, 2, codesOf(items), "Lengkap, disetujui");
        sop.headRecordsTheDisposition(recapId, DISPOSITION);

        String archiveId = archiveHoldsRevisionTwoWithItsWholeHistory(recapId);
        everyServiceKnowsTheSeal(recapId, archiveId);
        theRoundsTimelineShowsEveryStepDone(roundId);
        anotherAgencySeesNoneOfIt(roundId, recapId, archiveId);
    }

    /** The whole SOP in one place: A1-A12, with A6-A10 twice because of the return, all done. */
    private static void theRoundsTimelineShowsEveryStepDone(UUID roundId) {
        eventually("collection's timeline records the archive (A12) and the disposition (A11)", () ->
                as(token("AUDITOR"), COLLECTION).get("/api/collection/rounds/{round}/timeline", roundId)
                        .then().statusCode(200).extract().path("steps.findAll { it.endedAt == null }").equals(List.of()));
        as(token("AUDITOR"), COLLECTION).get("/api/collection/rounds/{round}/timeline", roundId)
                .then().statusCode(200)
                .body("cycle", equalTo(2))
                .body("steps", hasSize(17))
                .body("steps.endedAt", everyItem(notNullValue()))
                .body("steps.find { it.step == 'A12' }.output.archiveId", notNullValue());
    }

    /** A10 / B8: one item back to COLLECTION, one to MEASUREMENT, each with its reason; publishes RecapReturned. */
    private static void secretaryReturnsTwoItemsAndAcceptsTheRest(UUID recapId, List<Map<String, Object>> items) {
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (String code : codesOf(items)) {
            decisions.add(switch (code) {
                case RE_ENTERED -> Map.of("indicatorCode", code, "decision", "RETURNED",
                        "reason", COLLECTION_REASON, "returnTo", "COLLECTION");
                case REMEASURED -> Map.of("indicatorCode", code, "decision", "RETURNED",
                        "reason", MEASUREMENT_REASON, "returnTo", "MEASUREMENT");
                default -> Map.of("indicatorCode", code, "decision", "ACCEPTED");
            });
        }
        sop.secretaryDecides(recapId, 1, decisions);
        sop.secretaryReturns(recapId, 1, RETURN_NOTE);
    }

    /** Re-entry after A10: only the item returned to COLLECTION reopens; the operator sees the reason. */
    private static void operatorReEntersTheReturnedItem(UUID roundId, String division) {
        String operator = token("OPERATOR", division);
        eventually("collection reopens " + RE_ENTERED + " with the Secretary's reason", () ->
                "RETURNED".equals(as(operator, COLLECTION)
                        .get("/api/collection/rounds/{round}/entries/{code}", roundId, RE_ENTERED)
                        .then().statusCode(200).extract().path("state")));
        as(operator, COLLECTION).get("/api/collection/rounds/{round}/entries/{code}", roundId, RE_ENTERED)
                .then().body("returned.reason", equalTo(COLLECTION_REASON))
                .body("returned.returnTo", equalTo("COLLECTION"));

        // the item returned to MEASUREMENT keeps its verified value, read-only
        String verified = as(operator, COLLECTION).get("/api/collection/rounds/{round}/entries/{code}", roundId, REMEASURED)
                .then().statusCode(200).body("state", equalTo("VERIFIED")).extract().header("ETag");
        as(operator, COLLECTION).header("If-Match", verified).body(Map.of("value", new BigDecimal("3")))
                .put("/api/collection/rounds/{round}/entries/{code}", roundId, REMEASURED)
                .then().statusCode(409);

        String returned = as(operator, COLLECTION).get("/api/collection/rounds/{round}/entries/{code}", roundId, RE_ENTERED)
                .then().statusCode(200).extract().header("ETag");
        as(operator, COLLECTION).header("If-Match", returned)
                .body(Map.of("value", CORRECTED_ENTRY, "note", "Sesuai daftar hadir (terlampir)"))
                .put("/api/collection/rounds/{round}/entries/{code}", roundId, RE_ENTERED)
                .then().statusCode(200).body("state", equalTo("ENTERED"));
        as(token("DIVISION_HEAD", division), COLLECTION).body(Map.of("decision", "VERIFY"))
                .post("/api/collection/rounds/{round}/entries/{code}/verification", roundId, RE_ENTERED)
                .then().statusCode(200).body("state", equalTo("VERIFIED"));
    }

    /** PlanPublished: the methodology screen (B4) shows the plan's indicators, with a draft, before any recap. */
    private static void measurementKnowsThePlansIndicatorsBeforeAnyRecap() {
        String team = token("SAKIP_TEAM");
        eventually("measurement knows " + REMEASURED + " from the published plan", () ->
                as(team, MEASUREMENT).get("/api/measurement/methodologies/{code}", REMEASURED).statusCode() == 200);
        as(team, MEASUREMENT).get("/api/measurement/methodologies/{code}", REMEASURED)
                .then().statusCode(200)
                .body("indicatorName", equalTo("Koefisien variasi harga barang kebutuhan pokok"))
                .body("unit", equalTo("%"))
                .body("status", equalTo("DRAFT"))
                .body("plan.planKind", equalTo("PK"))
                .body("draft.polarity", equalTo("NEGATIVE"));
    }

    /** B8 → B4: the team saves a new methodology version for the item returned to MEASUREMENT. */
    private static void teamFixesTheReturnedMethodology(UUID recapId) {
        String team = token("SAKIP_TEAM");
        eventually("measurement lists " + REMEASURED + " as returned to it", () ->
                as(team, MEASUREMENT).get("/api/measurement/recaps/{id}/reopened", recapId)
                        .then().statusCode(200)
                        .extract().jsonPath().getList("items.indicatorCode").contains(REMEASURED));
        String version = as(team, MEASUREMENT).get("/api/measurement/methodologies/{code}", REMEASURED)
                .then().statusCode(200).extract().header("ETag");
        as(team, MEASUREMENT).header("If-Match", version)
                .body(Map.of("polarity", "NEGATIVE", "valueType", "PERCENT", "frequency", "QUARTERLY",
                        "periodAggregation", "AVERAGE", "negativeFormula", "RATIO", "reason", MEASUREMENT_REASON))
                .put("/api/measurement/methodologies/{code}", REMEASURED)
                .then().statusCode(200)
                .body("current.negativeFormula", equalTo("RATIO"));
    }

    /** A12 / B10: the archived document is revision 2 with its values, results, both reviews and the disposition. */
    private static String archiveHoldsRevisionTwoWithItsWholeHistory(UUID recapId) {
        String head = token("HEAD");
        String archiveId = sop.awaitTheArchive(recapId);
        as(head, ARCHIVE).queryParam("recapId", recapId).get("/api/archive/records")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].revision", equalTo(2))
                .body("items[0].contentHash", matchesPattern("[0-9a-f]{64}"));

        ValidatableResponse record = as(head, ARCHIVE).get("/api/archive/records/{id}", archiveId).then().statusCode(200);
        record.body("document.revision", equalTo(2))
                .body("document.agencyCode", equalTo(AGENCY))
                .body("document.year", equalTo(YEAR))
                .body("document.quarter", equalTo(QUARTER))
                .body("document.items.size()", greaterThanOrEqualTo(12));

        // revision 2's values: the corrected entry
        record.body(item(RE_ENTERED) + ".realisations.find { it.quarter == 1 }.value", numerically(CORRECTED_ENTRY));
        // the achievements, the fixed one with the ratio formula: 5 / 4 × 100
        record.body("document.items.result.status", everyItem(equalTo("OK")))
                .body("document.items.result.achievement", everyItem(notNullValue()))
                .body(item(REMEASURED) + ".result.rule", equalTo("NEGATIVE_RATIO"))
                .body(item(REMEASURED) + ".result.achievement", numerically(RATIO_ACHIEVEMENT));
        // both reviews, with their decisions and reasons
        record.body("document.reviews", hasSize(2))
                .body("document.reviews[0].revision", equalTo(1))
                .body("document.reviews[0].decision", equalTo("RETURNED"))
                .body("document.reviews[0].note", equalTo(RETURN_NOTE))
                .body(reviewItem(0, RE_ENTERED) + ".reason", equalTo(COLLECTION_REASON))
                .body(reviewItem(0, RE_ENTERED) + ".returnTo", equalTo("COLLECTION"))
                .body(reviewItem(0, REMEASURED) + ".reason", equalTo(MEASUREMENT_REASON))
                .body(reviewItem(0, REMEASURED) + ".returnTo", equalTo("MEASUREMENT"))
                .body("document.reviews[1].revision", equalTo(2))
                .body("document.reviews[1].decision", equalTo("APPROVED"))
                .body("document.reviews[1].items.decision", everyItem(equalTo("ACCEPTED")));
        // and the disposition
        record.body("document.disposition.text", equalTo(DISPOSITION))
                .body("document.disposition.decidedBy", notNullValue());

        as(head, ARCHIVE).get("/api/archive/records/{id}/verification", archiveId)
                .then().statusCode(200).body("status", equalTo("VALID"));
        return archiveId;
    }

    /** RecapArchived reaches collection and approval: both show the archive's seal. */
    private static void everyServiceKnowsTheSeal(UUID recapId, String archiveId) {
        String secretary = token("SECRETARY");
        String hash = as(secretary, ARCHIVE).get("/api/archive/records/{id}", archiveId)
                .then().statusCode(200).extract().path("metadata.contentHash");
        eventually("collection and approval record the archive's seal of recap " + recapId, () ->
                hash.equals(as(secretary, COLLECTION).get("/api/collection/recaps/{id}", recapId)
                        .then().statusCode(200).extract().path("archive.contentHash"))
                        && hash.equals(as(secretary, APPROVAL).get("/api/approval/recaps/{id}", recapId)
                        .then().statusCode(200).extract().path("archive.contentHash")));
        as(secretary, COLLECTION).get("/api/collection/recaps/{id}", recapId)
                .then().body("status", equalTo("ARCHIVED"))
                .body("revisions", hasSize(2))
                .body("revisions[0].returned.items.reason", containsInAnyOrder(
                        COLLECTION_REASON, MEASUREMENT_REASON));
        as(secretary, APPROVAL).get("/api/approval/recaps/{id}", recapId)
                .then().body("status", equalTo("ARCHIVED"))
                .body("disposition.text", equalTo(DISPOSITION));
    }

    /** Another agency's people get 404 for every id of this one, and empty lists. */
    private static void anotherAgencySeesNoneOfIt(UUID roundId, UUID recapId, String archiveId) {
        String head = DevTokens.mint("HEAD", OTHER_AGENCY);
        String secretary = DevTokens.mint("SECRETARY", OTHER_AGENCY);
        String team = DevTokens.mint("SAKIP_TEAM", OTHER_AGENCY);

        as(secretary, COLLECTION).get("/api/collection/rounds/{id}", roundId).then().statusCode(404);
        as(secretary, COLLECTION).get("/api/collection/rounds/{round}/entries/{code}", roundId, RE_ENTERED)
                .then().statusCode(404);
        as(secretary, COLLECTION).get("/api/collection/recaps/{id}", recapId).then().statusCode(404);
        as(secretary, COLLECTION).get("/api/collection/rounds").then().statusCode(200).body("items", empty());
        as(team, COLLECTION).post("/api/collection/rounds/{round}/recap", roundId).then().statusCode(404);

        as(team, MEASUREMENT).get("/api/measurement/recaps/{id}", recapId).then().statusCode(404);
        as(team, MEASUREMENT).get("/api/measurement/recaps").then().statusCode(200).body("items", empty());

        as(secretary, APPROVAL).get("/api/approval/inbox").then().statusCode(200).body("items", empty());
        as(secretary, APPROVAL).get("/api/approval/recaps").then().statusCode(200).body("items", empty());
        as(secretary, APPROVAL).get("/api/approval/recaps/{id}", recapId).then().statusCode(404);
        as(head, APPROVAL).body(Map.of("text", "Bukan dinas kami")).post("/api/approval/recaps/{id}/disposition", recapId)
                .then().statusCode(404);

        as(head, ARCHIVE).get("/api/archive/records").then().statusCode(200).body("items", empty());
        as(head, ARCHIVE).get("/api/archive/records/{id}", archiveId).then().statusCode(404);
        as(head, ARCHIVE).get("/api/archive/records/{id}/verification", archiveId).then().statusCode(404);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static RequestSpecification as(String token, Service service) {
        return sop.as(token, service);
    }

    private static String token(String role) {
        return sop.token(role);
    }

    private static String token(String role, String division) {
        return sop.token(role, division);
    }

    /** JSON numbers arrive as Integer or BigDecimal depending on how they are written: compare their values. */
    private static Matcher<Number> numerically(BigDecimal expected) {
        return new CustomTypeSafeMatcher<>("a number equal to " + expected.toPlainString()) {
            @Override
            protected boolean matchesSafely(Number actual) {
                return new BigDecimal(actual.toString()).compareTo(expected) == 0;
            }
        };
    }

    private static String item(String code) {
        return "document.items.find { it.indicatorCode == '" + code + "' }";
    }

    private static String reviewItem(int review, String code) {
        return "document.reviews[" + review + "].items.find { it.indicatorCode == '" + code + "' }";
    }

    private static void eventually(String description, Callable<Boolean> condition) {
        sop.eventually(description, condition);
    }

}
