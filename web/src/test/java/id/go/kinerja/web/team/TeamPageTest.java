package id.go.kinerja.web.team;

import static id.go.kinerja.web.team.TeamJson.ROUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.web.stub.ServiceStubs;
import id.go.kinerja.web.stub.WebSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class TeamPageTest {

    @BeforeEach
    void forget() {
        ServiceStubs.reset();
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, "{\"items\": []}");
        ServiceStubs.measurement.answer("GET", "/api/measurement/my-work", 200, "{\"items\": []}");
        ServiceStubs.measurement.answer("GET", "/api/measurement/recaps", 200, "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}");
        ServiceStubs.collection.answer("GET", "/api/collection/rounds", 200, "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}");
    }

    @Test
    void the_team_sees_its_steps_of_both_procedures_oldest_first_each_linked_to_where_it_is_done() {
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, """
                {"items": [{"kind": "STEP", "roundId": "%s", "year": 2025, "quarter": 1, "step": "A3",
                  "stepName": "Team plans the collection", "since": "2025-04-02T02:00:00Z", "standardTime": "120m",
                  "deadline": "2025-04-02T04:00:00Z", "overdue": true}]}""".formatted(ROUND));
        ServiceStubs.measurement.answer("GET", "/api/measurement/my-work", 200, """
                {"items": [
                  {"kind": "STEP", "year": 2025, "quarter": 1, "step": "B4", "stepName": "Team prepares the measurement methodology",
                   "since": "2025-04-09T02:00:00Z", "standardTime": "120m", "deadline": "2025-04-09T04:00:00Z", "overdue": false},
                  {"kind": "METHODOLOGY", "year": null, "quarter": null, "step": "B4", "indicatorCode": "IKS-02",
                   "detail": "Nilai SAKIP", "since": "2025-04-09T03:00:00Z", "overdue": false},
                  {"kind": "FIX", "year": 2025, "quarter": 1, "step": "B5", "recapId": "%s", "indicatorCode": "IKU-01",
                   "detail": "Gunakan rumus rasio untuk indikator negatif", "since": "2025-04-10T03:00:00Z", "overdue": false},
                  {"kind": "MEMO", "year": 2025, "quarter": 2, "step": "B1", "since": "2025-07-01T03:00:00Z", "overdue": false}
                ]}""".formatted(TeamJson.RECAP));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/tim-sakip");

        assertEquals(200, page.status());
        var items = page.html().select("#pekerjaan-tim li");
        assertEquals(4, items.size(), "the Head's memo is not the team's");
        Element first = items.get(0);
        assertTrue(first.text().contains("A3 · Tim menyusun rencana kegiatan pelaksanaan pengumpulan data"), first.text());
        assertEquals("/tim-sakip/putaran/" + ROUND, first.selectFirst("a").attr("href"));
        assertTrue(first.hasClass("overdue") && first.text().contains("Terlambat"));
        assertTrue(first.text().contains("Batas waktu 2 Apr 2025 11.00 WIB"), first.text());
        assertEquals("/tim-sakip/pengukuran/2025/1", items.get(1).selectFirst("a").attr("href"));
        assertEquals("/tim-sakip/metodologi/IKS-02", items.get(2).selectFirst("a").attr("href"));
        assertTrue(items.get(3).text().contains("Perbaiki metodologi IKU-01 yang dikembalikan Sekretaris: Gunakan rumus rasio"));
        assertEquals("/tim-sakip/metodologi/IKU-01", items.get(3).selectFirst("a").attr("href"));
    }

    @Test
    void every_round_links_to_its_collection_steps_and_its_measurement_period() {
        ServiceStubs.collection.answer("GET", "/api/collection/rounds", 200, """
                {"items": [
                  {"roundId": "%s", "year": 2025, "quarter": 1, "status": "SUBMITTED", "openedBy": "kepala.disdagtrans",
                   "openedAt": "2025-04-01T01:00:00Z", "items": 22, "entries": {"VERIFIED": 22}, "updatedAt": "2025-04-07T02:00:00Z"},
                  {"roundId": "7f1c0000-0000-0000-0000-000000000002", "year": 2025, "quarter": 2, "status": "OPEN",
                   "openedBy": "kepala.disdagtrans", "openedAt": "2025-07-01T01:00:00Z", "items": 20,
                   "entries": {"VERIFIED": 5, "ENTERED": 3, "NOT_ENTERED": 12}, "updatedAt": "2025-07-01T01:00:00Z"}
                ], "page": 0, "size": 50, "total": 2}""".formatted(ROUND));
        ServiceStubs.measurement.answer("GET", "/api/measurement/recaps", 200, """
                {"items": [{"recapId": "%s", "roundId": "%s", "agencyName": "Dinas", "year": 2025, "quarter": 1,
                  "currentRevision": 1, "currentMeasuredRevision": 1, "state": "MEASURED", "approvedRevision": null,
                  "headlineAchievement": 87.25, "itemCount": 22, "updatedAt": "2025-04-07T03:00:00Z"}],
                 "page": 0, "size": 50, "total": 1}""".formatted(TeamJson.RECAP, ROUND));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/tim-sakip");

        var rows = page.html().select("#daftar-putaran tbody tr");
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).text().contains("Triwulan 2 tahun 2025"), "newest period first");
        assertTrue(rows.get(0).text().contains("5 dari 20"));
        assertEquals("Terbuka untuk pengisian", page.html().getElementById("putaran-2025-2").text());
        assertEquals("Rekap diajukan", page.html().getElementById("putaran-2025-1").text());
        assertEquals("/tim-sakip/putaran/" + ROUND, page.html().getElementById("putaran-2025-1").attr("href"));
        assertEquals("Terukur, menunggu telaah Sekretaris", page.html().getElementById("pengukuran-2025-1").text());
        assertEquals("/tim-sakip/pengukuran/2025/2", page.html().getElementById("pengukuran-2025-2").attr("href"));
    }

    @Test
    void nothing_waiting_and_no_round_yet_are_said_so() {
        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/tim-sakip");

        assertNotNull(page.html().getElementById("tidak-ada-pekerjaan-tim"));
        assertNotNull(page.html().getElementById("belum-ada-putaran"));
        assertNotNull(page.html().getElementById("ke-metodologi"));
    }

    @Test
    void a_period_typed_in_opens_its_measurement_page_and_nonsense_comes_back() {
        WebSession team = WebSession.signedInAs("tim.sakip.disdagtrans");

        assertTrue(team.get("/tim-sakip/pengukuran?tahun=2025&triwulan=3").location().endsWith("/tim-sakip/pengukuran/2025/3"));
        assertTrue(team.get("/tim-sakip/pengukuran?tahun=dua&triwulan=9").location().endsWith("/tim-sakip"));
    }

    @Test
    void a_service_that_does_not_answer_gives_a_page_that_says_so() {
        ServiceStubs.measurement.stopAnswering();
        try {
            WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/tim-sakip");

            assertEquals(503, page.status());
            assertTrue(page.html().selectFirst(".problem").text().contains("measurement-service tidak menjawab"));
        } finally {
            ServiceStubs.measurement.answerAgain();
        }
    }

    @Test
    void the_home_page_links_of_team_work_lead_to_working_pages() {
        ServiceStubs.measurement.answer("GET", "/api/measurement/my-work", 200, """
                {"items": [{"kind": "STEP", "year": 2025, "quarter": 1, "step": "B3", "since": "2025-04-09T02:00:00Z",
                  "standardTime": "120m", "overdue": false}]}""");
        WebSession team = WebSession.signedInAs("tim.sakip.disdagtrans");

        ServiceStubs.measurement.answer("GET", "/api/measurement/rounds/2025/1/timeline", 200,
                TeamJson.measurementTimeline("null", "B1", "B2"));

        String link = team.get("/").html().selectFirst("#pekerjaan li a").attr("href");

        // B3 is done on the team's page of the period, which shows its form
        assertEquals("/tim-sakip/pengukuran/2025/1", link);
        WebSession.Page period = team.get(link);
        assertEquals(200, period.status());
        assertNotNull(period.html().getElementById("form-B3"));
        assertFalse(team.get("/tim-sakip").html().select("#pekerjaan-tim li").isEmpty());
    }
}
