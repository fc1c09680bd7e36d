package id.go.kinerja.systemtest;

import static id.go.kinerja.systemtest.SopSteps.codesOf;
import static id.go.kinerja.systemtest.SopSteps.division;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.APPROVAL;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.ARCHIVE;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.COLLECTION;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.MEASUREMENT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "No data" (tidak ada data) through the whole SOP, across the four packaged services: an operator answers that the
 * realisation of one indicator is not available this quarter, with the reason; the division head verifies it like
 * any entry; the team submits; measurement answers INCOMPLETE for it (a missing realisation, not 0 %); the Secretary
 * sees the reason and approves; the Head disposes; the archived record and its report show the reason.
 */
@ExtendWith(SystemUnderTest.class)
class NoDataLoopIT {

    private static final String DEMO_PLAN = "collection-service/src/main/resources/demo/disdagtrans-2025.json";
    /** The demo plan under an agency of its own, so that this loop and the others never share a round. */
    private static final String AGENCY = "DISDAGNODATA";
    private static final int YEAR = 2025;

    /** The traders trained this quarter: the training was postponed, there is nothing to count. */
    private static final String NO_DATA = "IKP-02";
    private static final String REASON = "Pelatihan triwulan I ditunda ke April karena anggaran belum cair";

    private static SystemUnderTest.Running system;
    private static SopSteps sop;

    @BeforeAll
    static void connect(SystemUnderTest.Running running) {
        system = running;
        sop = new SopSteps(running, AGENCY, YEAR, 1);
    }

    @Test
    void aQuarterWithoutDataIsVerifiedSubmittedMeasuredIncompleteApprovedAndArchivedWithItsReason() throws IOException {
        sop.adminLoadsThePlan(Files.readString(system.projectFile(DEMO_PLAN))
                .replace("\"agencyCode\": \"DISDAGTRANS\"", "\"agencyCode\": \"" + AGENCY + "\""));
        sop.teamPublishesThePerformanceAgreement();
        UUID roundId = sop.headOrdersTheCollection();
        List<Map<String, Object>> items = sop.itemsOf(roundId);
        assertTrue(codesOf(items).contains(NO_DATA), "the demo plan's Q1 round has " + NO_DATA);
        sop.secretaryAndTeamPrepareTheCollection(roundId, items);
        sop.headSecretaryAndTeamPrepareTheMeasurement();

        sop.operatorsEnterRealisations(roundId, items, item -> NO_DATA.equals(item.get("indicatorCode"))
                ? Map.of("noData", true, "noDataReason", REASON, "note", "Surat Kepala Bidang terlampir")
                : SopSteps.onTarget(item, "Sesuai laporan bidang"));
        sop.divisionHeadsVerify(roundId, items);
        sop.as(sop.token("DIVISION_HEAD", division(items, NO_DATA)), COLLECTION)
                .get("/api/collection/rounds/{round}/entries/{code}", roundId, NO_DATA)
                .then().statusCode(200)
                .body("state", equalTo("VERIFIED")).body("noData", equalTo(true))
                .body("noDataReason", equalTo(REASON)).body("value", nullValue());

        UUID recapId = sop.teamSubmitsTheRecap(roundId, 1);
        sop.awaitInTheSecretarysInbox(recapId, 1);
        measurementAnswersIncompleteWithTheReason(recapId);
        theSecretarySeesTheReason(recapId);

        sop.secretaryAcceptsEverythingAndApproves(recapId, 1, codesOf(items), "Lengkap; IKP-02 dicatat tanpa data");
        sop.headRecordsTheDisposition(recapId, "Jadwalkan ulang pelatihan pada triwulan II.");
        theArchiveKeepsTheAnswerAndItsReportShowsIt(recapId);
    }

    /** B5-B7: no data is a missing realisation; the result says which quarter and why. */
    private static void measurementAnswersIncompleteWithTheReason(UUID recapId) {
        String item = "items.find { it.indicatorCode == '" + NO_DATA + "' }";
        sop.as(sop.token("SAKIP_TEAM"), MEASUREMENT).get("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(200)
                .body(item + ".result.status", equalTo("INCOMPLETE"))
                .body(item + ".result.rule", equalTo("MISSING_REALISATION"))
                .body(item + ".result.achievement", nullValue())
                .body(item + ".result.note", equalTo("quarter 1: no data (" + REASON + ")"))
                .body(item + ".realisations[0].noDataReason", equalTo(REASON));
        sop.as(sop.token("SAKIP_TEAM"), MEASUREMENT).get("/api/measurement/recaps/{id}/worksheet", recapId)
                .then().statusCode(200)
                .body("indicators.find { it.code == '" + NO_DATA + "' }.status", equalTo("INCOMPLETE"));
    }

    /** A10 / B8: the Secretary reads the reason beside the INCOMPLETE result. */
    private static void theSecretarySeesTheReason(UUID recapId) {
        String item = "document.items.find { it.indicatorCode == '" + NO_DATA + "' }";
        sop.as(sop.token("SECRETARY"), APPROVAL).get("/api/approval/recaps/{id}", recapId)
                .then().statusCode(200)
                .body(item + ".noData[0].quarter", equalTo(1))
                .body(item + ".noData[0].reason", equalTo(REASON))
                .body(item + ".result.status", equalTo("INCOMPLETE"));
    }

    /** A12 / B10: the archived document holds the answer; both reports print "Tidak ada data" with the reason. */
    private static void theArchiveKeepsTheAnswerAndItsReportShowsIt(UUID recapId) {
        String head = sop.token("HEAD");
        String archiveId = sop.awaitTheArchive(recapId);
        String item = "document.items.find { it.indicatorCode == '" + NO_DATA + "' }";
        sop.as(head, ARCHIVE).get("/api/archive/records/{id}", archiveId)
                .then().statusCode(200)
                .body(item + ".realisations[0].noData", equalTo(true))
                .body(item + ".realisations[0].noDataReason", equalTo(REASON))
                .body(item + ".result.status", equalTo("INCOMPLETE"));
        for (String type : List.of("collection", "measurement")) {
            byte[] csv = sop.as(head, ARCHIVE).accept("text/csv").queryParam("type", type).queryParam("format", "csv")
                    .get("/api/archive/records/{id}/report", archiveId)
                    .then().statusCode(200).extract().asByteArray();
            String text = new String(csv, StandardCharsets.UTF_8);
            assertThat(type + " report", text, containsString("Tidak ada data"));
            assertThat(type + " report", text, containsString(REASON));
        }
    }
}
