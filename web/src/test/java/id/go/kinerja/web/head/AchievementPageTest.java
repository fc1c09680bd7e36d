package id.go.kinerja.web.head;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.web.secretary.ApprovalAnswers;
import id.go.kinerja.web.stub.ServiceStubs;
import id.go.kinerja.web.stub.WebSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class AchievementPageTest {

    private static final String RECAP = ApprovalAnswers.RECAP;

    private WebSession head;

    @BeforeEach
    void signIn() {
        ServiceStubs.reset();
        head = WebSession.signedInAs("kepala.disdagtrans");
    }

    @Test
    void the_capaian_of_a_period_per_level_with_each_nodes_roll_up_and_budget() {
        listed();
        var document = ApprovalAnswers.underReview().path("document");
        ServiceStubs.measurement.answer("GET", "/api/measurement/recaps/" + RECAP, 200, """
                {"recapId": "%s", "agencyCode": "DISDAGTRANS", "agencyName": "Dinas Perdagangan dan Transmigrasi",
                 "roundId": "%s", "year": 2025, "quarter": 1, "revision": 2, "measuredRevision": 1, "currentRevision": 2,
                 "recapState": "MEASURED", "frozen": false, "forwarded": true, "trigger": "SUBMITTED",
                 "measuredAt": "2025-04-10T03:15:02.000Z", "measuredBy": "measurement-service",
                 "predicateScale": {"id": "2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819", "name": "RKPD_5", "effectiveFrom": "1970-01-01"},
                 "rollUpCeiling": 200.00, "headlineAchievement": 100.00, "methodologyMissing": [],
                 "levelSummaries": %s, "nodes": %s, "items": [], "history": [], "waitingFor": []}"""
                .formatted(RECAP, ApprovalAnswers.ROUND, document.path("levelSummaries"), document.path("nodes")));

        WebSession.Page page = head.get("/kepala/capaian?tahun=2025&triwulan=1");

        assertEquals(200, page.status());
        assertTrue(ServiceStubs.measurement.last("GET", "/api/measurement/recaps").query().contains("year=2025"));
        assertEquals("Capaian kinerja per level · Triwulan I tahun 2025", page.html().selectFirst("h1").text());
        assertEquals("MEASURED", page.html().getElementById("keadaan-rekap").attr("data-state"));
        assertTrue(page.html().getElementById("keadaan-rekap").text().contains("Dapat berubah sampai disetujui Sekretaris"));
        assertEquals("100%", page.html().getElementById("capaian-iku").text());
        Element goal = page.html().selectFirst("#capaian-level tr[data-level=GOAL]");
        assertEquals("Tujuan", goal.selectFirst("td[data-label=Level]").text());
        assertTrue(goal.text().contains("Tidak dapat diukur"));
        Element program = page.html().selectFirst("#capaian-level tr[data-level=PROGRAM]");
        assertEquals("90%", program.selectFirst("td[data-label=Capaian]").text());
        assertEquals("Tinggi 1", program.selectFirst("td[data-label='Sebaran predikat']").text());
        Element node = page.html().selectFirst("#simpul-PROGRAM tr[data-node=3.30.02]");
        assertNotNull(node);
        assertEquals("Rp 1.250.000.000", node.selectFirst("td[data-label=Pagu]").text());
        assertEquals("25%", node.selectFirst("td[data-label=Serapan]").text());
    }

    @Test
    void a_period_without_a_measured_recap_is_said_so() {
        ServiceStubs.measurement.answer("GET", "/api/measurement/recaps", 200, ApprovalAnswers.empty());

        WebSession.Page page = head.get("/kepala/capaian?tahun=2026&triwulan=2");

        assertEquals("Belum ada hasil pengukuran untuk Triwulan II tahun 2026.", page.html().getElementById("belum-ada-hasil").text());
    }

    @Test
    void a_recap_held_for_the_sop_names_the_steps_it_waits_for() {
        listed();
        ServiceStubs.measurement.answer("GET", "/api/measurement/recaps/" + RECAP, 200, """
                {"recapId": "%s", "agencyCode": "DISDAGTRANS", "agencyName": "Dinas Perdagangan dan Transmigrasi",
                 "roundId": "%s", "year": 2025, "quarter": 1, "revision": 1, "measuredRevision": 0, "currentRevision": 1,
                 "recapState": "AWAITING_SOP", "frozen": false, "forwarded": false, "trigger": null, "measuredAt": null,
                 "measuredBy": null, "predicateScale": null, "rollUpCeiling": null, "headlineAchievement": null,
                 "methodologyMissing": [], "levelSummaries": [], "nodes": [], "items": [], "history": [],
                 "waitingFor": [{"step": "B2", "name": "Sekretaris memimpin rapat", "nameEn": "Secretary meets the Team",
                                 "ownerRole": "SECRETARY"}]}""".formatted(RECAP, ApprovalAnswers.ROUND));

        WebSession.Page page = head.get("/kepala/capaian");

        assertEquals("sort=-updatedAt&size=1".length(), ServiceStubs.measurement.last("GET", "/api/measurement/recaps")
                .query().length());
        assertEquals("Menunggu langkah B1-B4", page.html().getElementById("keadaan-rekap").text());
        assertTrue(page.html().getElementById("menunggu-langkah").text()
                .contains("B2 (Sekretaris melakukan rapat dengan Tim untuk memberikan arahan pengukuran kinerja)"));
    }

    private static void listed() {
        ServiceStubs.measurement.answer("GET", "/api/measurement/recaps", 200, """
                {"items": [{"recapId": "%s", "roundId": "%s", "agencyName": "Dinas Perdagangan dan Transmigrasi",
                  "year": 2025, "quarter": 1, "currentRevision": 2, "currentMeasuredRevision": 1, "state": "MEASURED",
                  "approvedRevision": null, "headlineAchievement": 100.00, "itemCount": 3,
                  "updatedAt": "2025-04-10T03:15:02.000Z"}], "page": 0, "size": 1, "total": 1}"""
                .formatted(RECAP, ApprovalAnswers.ROUND));
    }
}
