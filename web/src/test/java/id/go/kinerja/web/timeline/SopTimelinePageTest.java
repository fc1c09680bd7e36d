package id.go.kinerja.web.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.web.site.StepPages;
import id.go.kinerja.web.stub.Problems;
import id.go.kinerja.web.stub.ServiceStubs;
import id.go.kinerja.web.stub.WebSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class SopTimelinePageTest {

    static final String ROUND = "7f1c0000-0000-0000-0000-000000000001";
    static final String ARCHIVE_ID = "5b7e0f3c-2d1a-4c6b-9e8f-0a1b2c3d4e5f";
    static final String TIMELINE = "/api/collection/rounds/" + ROUND + "/timeline";
    static final String MEASUREMENT_TIMELINE = "/api/measurement/rounds/2025/1/timeline";

    /** Part A while the operators enter: A1-A5 done, A6 past its standard time, A7 on. */
    static final String ENTERING = """
            {"roundId": "%s", "year": 2025, "quarter": 1, "roundStatus": "OPEN", "cycle": 1, "steps": [
              {"step": "A1", "name": "Kepala Dinas memerintahkan Sekretaris", "nameEn": "Head orders", "cycle": 1,
               "standardTime": "30m", "startedAt": "2025-04-01T01:00:00.000Z", "endedAt": "2025-04-01T01:00:00.000Z",
               "deadline": "2025-04-01T01:30:00.000Z", "workingTime": "PT0S", "workingSeconds": 0, "status": "DONE_ON_TIME",
               "heldBy": null, "doneBy": {"userId": "kepala.disdagtrans", "role": "HEAD"},
               "output": {"number": "800/112/DP-Trans/2025", "date": "2025-04-01"}, "overdueReportedAt": null},
              {"step": "A2", "name": "Sekretaris mengadakan rapat", "nameEn": "Secretary meets", "cycle": 1,
               "standardTime": "60m", "startedAt": "2025-04-01T01:00:00.000Z", "endedAt": "2025-04-01T04:00:00.000Z",
               "deadline": "2025-04-01T02:00:00.000Z", "workingTime": "PT3H", "workingSeconds": 10800, "status": "DONE_LATE",
               "heldBy": null, "doneBy": {"userId": "sekretaris.disdagtrans", "role": "SECRETARY"},
               "output": {"date": "2025-04-01", "attendees": ["Sekretaris", "Ketua Tim SAKIP", "Kabid Perdagangan"],
                          "summary": "Pengumpulan TW I selesai 10 April"}, "overdueReportedAt": "2025-04-01T02:01:00.000Z"},
              {"step": "A5", "name": "Tim memberikan pengarahan", "nameEn": "Team briefs", "cycle": 1,
               "standardTime": "120m", "startedAt": "2025-04-02T01:00:00.000Z", "endedAt": "2025-04-02T02:00:00.000Z",
               "deadline": "2025-04-02T03:00:00.000Z", "workingTime": "PT1H", "workingSeconds": 3600, "status": "DONE_ON_TIME",
               "heldBy": null, "doneBy": {"userId": "tim.sakip.disdagtrans", "role": "SAKIP_TEAM"},
               "output": {"date": "2025-04-02", "divisions": [{"divisionCode": "PERDAGANGAN", "attendees": ["Budi"]},
                          {"divisionCode": "METROLOGI", "attendees": ["Siti"]}]}, "overdueReportedAt": null},
              {"step": "A6", "name": "Operator menginput data kinerja", "nameEn": "Operators enter", "cycle": 1,
               "standardTime": "2d", "startedAt": "2025-04-02T02:00:00.000Z", "endedAt": null,
               "deadline": "2025-04-04T02:00:00.000Z", "workingTime": "PT17H", "workingSeconds": 61200, "status": "OVERDUE",
               "heldBy": {"role": "OPERATOR", "divisions": ["METROLOGI", "PERDAGANGAN"]}, "doneBy": null, "output": null,
               "overdueReportedAt": "2025-04-04T02:01:00.000Z"},
              {"step": "A7", "name": "Kepala Bidang memeriksa", "nameEn": "Division heads check", "cycle": 1,
               "standardTime": "120m", "startedAt": null, "endedAt": null, "deadline": null, "workingTime": "PT0S",
               "workingSeconds": 0, "status": "NOT_STARTED", "heldBy": {"role": "DIVISION_HEAD", "divisions": []},
               "doneBy": null, "output": null, "overdueReportedAt": null},
              {"step": "A12", "name": "Pengarsipan data kinerja", "nameEn": "Archive", "cycle": 1,
               "standardTime": null, "startedAt": null, "endedAt": null, "deadline": null, "workingTime": "PT0S",
               "workingSeconds": 0, "status": "NOT_STARTED", "heldBy": {"role": "SYSTEM", "divisions": null},
               "doneBy": null, "output": null, "overdueReportedAt": null}
            ]}""".formatted(ROUND);

    /** Part B of the same period: the memo done, the Secretary's meeting running. */
    static final String MEASURING = """
            {"roundId": "9a000000-0000-0000-0000-000000000002", "year": 2025, "quarter": 1, "cycle": 1, "recap": null, "steps": [
              {"step": "B1", "name": "Kepala Dinas memerintahkan pengukuran", "nameEn": "Head orders", "cycle": 1,
               "standardTime": "5m", "startedAt": "2025-04-03T01:00:00.000Z", "endedAt": "2025-04-03T01:00:00.000Z",
               "deadline": "2025-04-03T01:05:00.000Z", "workingTime": "PT0S", "workingSeconds": 0, "status": "DONE_ON_TIME",
               "heldBy": null, "doneBy": {"userId": "kepala.disdagtrans", "role": "HEAD"},
               "output": {"number": "800/113/DP-Trans/2025", "date": "2025-04-03"}, "overdueReportedAt": null},
              {"step": "B2", "name": "Sekretaris mengadakan rapat", "nameEn": "Secretary meets", "cycle": 1,
               "standardTime": "60m", "startedAt": "2025-04-03T01:00:00.000Z", "endedAt": null,
               "deadline": "2025-04-03T02:00:00.000Z", "workingTime": "PT45M", "workingSeconds": 2700, "status": "RUNNING",
               "heldBy": "SECRETARY", "doneBy": null, "output": null, "overdueReportedAt": null},
              {"step": "B4", "name": "Tim menyiapkan metodologi", "nameEn": "Team prepares the methodology", "cycle": 1,
               "standardTime": "120m", "startedAt": null, "endedAt": null, "deadline": null, "workingTime": "PT0S",
               "workingSeconds": 0, "status": "NOT_STARTED", "heldBy": "SAKIP_TEAM", "doneBy": null, "output": null,
               "overdueReportedAt": null}
            ]}""";

    @BeforeEach
    void forget() {
        ServiceStubs.reset();
    }

    @Test
    void a_round_shows_its_steps_with_standard_time_working_time_deadline_status_who_and_output() {
        ServiceStubs.collection.answer("GET", TIMELINE, 200, ENTERING);
        ServiceStubs.measurement.answer("GET", MEASUREMENT_TIMELINE, 200, MEASURING);

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/sop/putaran/" + ROUND);

        assertEquals(200, page.status());
        assertTrue(page.html().selectFirst("h1").text().contains("Triwulan I tahun 2025"));
        assertEquals("Terbuka untuk pengisian", page.html().getElementById("status-putaran").text());
        Element memo = page.html().getElementById("langkah-A1");
        assertTrue(memo.text().contains("Kepala Dinas memerintahkan Sekretaris untuk melakukan pengumpulan data kinerja"), memo.text());
        assertTrue(memo.text().contains("Nota Dinas 800/112/DP-Trans/2025 tanggal 1 April 2025"), memo.text());
        assertTrue(memo.text().contains("Selesai tepat waktu"));
        assertTrue(memo.text().contains("kepala.disdagtrans (Kepala Dinas)"), memo.text());
        Element meeting = page.html().getElementById("langkah-A2");
        assertTrue(meeting.text().contains("Selesai terlambat") && meeting.selectFirst(".badge.late") != null);
        assertTrue(meeting.text().contains("Rapat 1 April 2025, 3 peserta"), meeting.text());
        assertTrue(meeting.text().contains("3 jam"), meeting.text());
        assertTrue(page.html().getElementById("langkah-A5").text().contains("Sosialisasi 2 April 2025 kepada 2 bidang"));
        Element entering = page.html().getElementById("langkah-A6");
        assertTrue(entering.hasClass("overdue"));
        assertEquals("OVERDUE", entering.attr("data-status"));
        assertTrue(entering.text().contains("Terlambat"), entering.text());
        assertTrue(entering.text().contains("2 hari kerja"), entering.text());
        assertTrue(entering.text().contains("17 jam"), entering.text());
        // 02:00 UTC is 09.00 WIB
        assertTrue(entering.text().contains("4 Apr 2025 09.00 WIB"), entering.text());
        assertTrue(entering.text().contains("Operator · METROLOGI, PERDAGANGAN"), entering.text());
        assertTrue(page.html().getElementById("langkah-A7").text().contains("Belum dimulai"));
        assertTrue(page.html().getElementById("langkah-A12").text().contains("Sistem"));
        // part B of the same period
        Element meetingB = page.html().getElementById("langkah-B2");
        assertTrue(meetingB.text().contains("Berjalan") && meetingB.text().contains("45 menit"), meetingB.text());
        assertTrue(meetingB.text().contains("Sekretaris"));
        assertTrue(page.html().getElementById("langkah-B1").text().contains("Nota Dinas 800/113/DP-Trans/2025"));
        assertEquals("Belum ada rekap dari pengumpulan data", page.html().getElementById("status-rekap-pengukuran").text());
        // an auditor does none of the steps: nothing to do here
        assertTrue(page.html().select("a[id^=kerjakan-]").isEmpty());
        assertTrue(ServiceStubs.collection.last("GET", TIMELINE).header("Authorization").startsWith("Bearer "));
    }

    @Test
    void a_running_step_links_its_holder_to_the_page_where_they_do_it() {
        ServiceStubs.collection.answer("GET", TIMELINE, 200, ENTERING);
        ServiceStubs.measurement.answer("GET", MEASUREMENT_TIMELINE, 200, MEASURING);

        WebSession.Page operator = WebSession.signedInAs("operator.perdagangan").get("/sop/putaran/" + ROUND);
        WebSession.Page secretary = WebSession.signedInAs("sekretaris.disdagtrans").get("/sop/putaran/" + ROUND);

        assertEquals("/isian/putaran/" + ROUND, operator.html().getElementById("kerjakan-A6").attr("href"));
        assertNull(operator.html().getElementById("kerjakan-B2"));
        assertEquals("/sekretaris", secretary.html().getElementById("kerjakan-B2").attr("href"));
        assertNull(secretary.html().getElementById("kerjakan-A6"));
        // a step not started yet is nobody's work yet
        assertNull(secretary.html().getElementById("kerjakan-B4"));
    }

    @Test
    void the_steps_of_other_holders_link_to_their_pages() {
        StepPages round = StepPages.ofCollectionRound(ROUND);
        assertEquals("/verifikasi/putaran/" + ROUND, round.of("A7"));
        assertEquals("/tim-sakip/putaran/" + ROUND, round.of("A3"));
        assertEquals("/tim-sakip/putaran/" + ROUND, round.of("A8"));
        assertEquals("/sekretaris", round.of("A10"));
        assertEquals("/kepala", round.of("A11"));
        assertNull(round.of("A12"));
        StepPages measurement = StepPages.ofMeasurement(2025, 1);
        assertEquals("/tim-sakip/pengukuran/2025/1", measurement.of("B4"));
        assertEquals("/tim-sakip/pengukuran/2025/1", measurement.of("B3"));
        assertEquals("/kepala", measurement.of("B9"));
        assertNull(measurement.of("B10"));
    }

    @Test
    void an_archived_round_links_its_sealed_record_and_shows_the_second_cycle_of_a_return() {
        ServiceStubs.collection.answer("GET", TIMELINE, 200, """
                {"roundId": "%s", "year": 2025, "quarter": 1, "roundStatus": "ARCHIVED", "cycle": 2, "steps": [
                  {"step": "A10", "cycle": 1, "standardTime": "90m", "startedAt": "2025-04-10T01:00:00.000Z",
                   "endedAt": "2025-04-10T02:00:00.000Z", "deadline": "2025-04-10T02:30:00.000Z", "workingTime": "PT1H",
                   "workingSeconds": 3600, "status": "DONE_ON_TIME", "heldBy": null,
                   "doneBy": {"userId": "sekretaris.disdagtrans", "role": "SECRETARY"},
                   "output": {"decision": "RETURNED", "revision": 1, "items": 2}},
                  {"step": "A6", "cycle": 2, "standardTime": "2d", "startedAt": "2025-04-10T02:00:00.000Z",
                   "endedAt": "2025-04-11T02:00:00.000Z", "deadline": "2025-04-14T02:00:00.000Z", "workingTime": "PT8H30M",
                   "workingSeconds": 30600, "status": "DONE_ON_TIME", "heldBy": null,
                   "doneBy": {"userId": "system", "role": "SYSTEM"}, "output": {"entries": 4}},
                  {"step": "A10", "cycle": 2, "standardTime": "90m", "startedAt": "2025-04-14T01:00:00.000Z",
                   "endedAt": "2025-04-15T03:10:00.000Z", "deadline": "2025-04-14T02:30:00.000Z", "workingTime": "PT10H",
                   "workingSeconds": 36000, "status": "DONE_LATE", "heldBy": null,
                   "doneBy": {"userId": "sekretaris.disdagtrans", "role": "SECRETARY"},
                   "output": {"decision": "APPROVED", "revision": 2, "note": "Data lengkap dan sesuai bukti"}},
                  {"step": "A11", "cycle": 2, "standardTime": "30m", "startedAt": "2025-04-15T03:10:00.000Z",
                   "endedAt": "2025-04-16T02:30:00.000Z", "deadline": "2025-04-15T03:40:00.000Z", "workingTime": "PT6H",
                   "workingSeconds": 21600, "status": "DONE_LATE", "heldBy": null,
                   "doneBy": {"userId": "kepala.disdagtrans", "role": "HEAD"},
                   "output": {"disposition": "Pertahankan; lanjutkan ke LKjIP."}},
                  {"step": "A12", "cycle": 2, "standardTime": null, "startedAt": "2025-04-16T02:30:00.000Z",
                   "endedAt": "2025-04-16T02:30:01.000Z", "deadline": null, "workingTime": "PT1S", "workingSeconds": 1,
                   "status": "DONE_ON_TIME", "heldBy": null, "doneBy": {"userId": "system", "role": "SYSTEM"},
                   "output": {"archiveId": "%s", "contentHash": "0d136a73bc85bd47b306a2d524fff1b887151c7ed486cbc4c78d40c6c491b834"}}
                ]}""".formatted(ROUND, ARCHIVE_ID));
        ServiceStubs.measurement.answer("GET", MEASUREMENT_TIMELINE, 200, MEASURING.replace("\"recap\": null",
                "\"recap\": {\"recapId\": \"7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90\", \"revision\": 2, \"state\": \"APPROVED\"}"));

        WebSession.Page page = WebSession.signedInAs("kepala.disdagtrans").get("/sop/putaran/" + ROUND);

        assertEquals("Diarsipkan", page.html().getElementById("status-putaran").text());
        assertTrue(page.html().getElementById("langkah-A10").text().contains("Dikembalikan (revisi 1): 2 butir"));
        Element reentry = page.html().getElementById("langkah-A6-siklus-2");
        assertTrue(reentry.text().contains("Siklus 2") && reentry.text().contains("4 entri diinput"), reentry.text());
        Element approval = page.html().getElementById("langkah-A10-siklus-2");
        assertTrue(approval.text().contains("Disetujui (revisi 2)") && approval.text().contains("Catatan: Data lengkap"));
        assertTrue(page.html().getElementById("langkah-A11-siklus-2").text().contains("Disposisi: Pertahankan"));
        assertEquals("/arsip/" + ARCHIVE_ID, page.html().getElementById("arsip-A12").attr("href"));
        assertTrue(page.html().getElementById("langkah-A12-siklus-2").text().contains("hash isi 0d136a73bc85"));
        assertEquals("Disetujui", page.html().getElementById("status-rekap-pengukuran").text());
    }

    @Test
    void before_the_heads_measurement_memo_part_b_says_so_and_offers_the_head_to_issue_it() {
        ServiceStubs.collection.answer("GET", TIMELINE, 200, ENTERING);
        ServiceStubs.measurement.refuse("GET", MEASUREMENT_TIMELINE, 404, "MEASUREMENT_ROUND_NOT_FOUND",
                "Putaran pengukuran tidak ditemukan", "Putaran pengukuran 2025 triwulan 1 tidak ada");

        WebSession.Page head = WebSession.signedInAs("kepala.disdagtrans").get("/sop/putaran/" + ROUND);
        WebSession.Page auditor = WebSession.signedInAs("auditor.inspektorat").get("/sop/putaran/" + ROUND);

        assertEquals(200, head.status());
        assertNotNull(head.html().getElementById("langkah-A6"));
        assertTrue(head.html().getElementById("pengukuran-belum-dibuka").text().contains("belum menerbitkan nota dinas"));
        assertEquals("/kepala", head.html().getElementById("kerjakan-B1").attr("href"));
        assertNull(auditor.html().getElementById("kerjakan-B1"));
    }

    @Test
    void when_measurement_does_not_answer_part_a_still_shows() {
        ServiceStubs.collection.answer("GET", TIMELINE, 200, ENTERING);
        ServiceStubs.measurement.stopAnswering();
        try {
            WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/sop/putaran/" + ROUND);

            assertEquals(200, page.status());
            assertNotNull(page.html().getElementById("langkah-A6"));
            assertTrue(page.html().getElementById("pengukuran-tidak-menjawab").text().contains("measurement-service tidak menjawab"));
        } finally {
            ServiceStubs.measurement.answerAgain();
        }
    }

    @Test
    void a_refusal_of_part_b_is_shown_in_its_place() {
        ServiceStubs.collection.answer("GET", TIMELINE, 200, ENTERING);
        ServiceStubs.measurement.refuse("GET", MEASUREMENT_TIMELINE, 403, "ROLE_NOT_ALLOWED", "Peran Anda tidak diizinkan",
                "Hanya Operator (OPERATOR), Kepala Bidang (DIVISION_HEAD) yang dapat melakukan tindakan ini.");

        WebSession.Page page = WebSession.signedInAs("operator.perdagangan").get("/sop/putaran/" + ROUND);

        assertEquals(200, page.status());
        assertEquals("ROLE_NOT_ALLOWED", page.html().selectFirst("#bagian-b ~ .problem").attr("data-code"));
    }

    @Test
    void a_round_opened_before_the_steps_were_tracked_says_it_has_no_timeline() {
        ServiceStubs.collection.answer("GET", TIMELINE, 200, """
                {"roundId": "%s", "year": 2025, "quarter": 1, "roundStatus": "APPROVED", "cycle": 1, "steps": []}"""
                .formatted(ROUND));
        ServiceStubs.measurement.answer("GET", MEASUREMENT_TIMELINE, 200, MEASURING);

        WebSession.Page page = WebSession.signedInAs("kepala.disdagtrans").get("/sop/putaran/" + ROUND);

        assertEquals(200, page.status());
        assertTrue(page.html().getElementById("tanpa-langkah-a").text().contains("sebelum langkah SOP dicatat"));
        assertNotNull(page.html().getElementById("langkah-B1"));
    }

    @Test
    void a_round_that_does_not_exist_is_not_found() {
        ServiceStubs.collection.refuse("GET", TIMELINE, 404, "ROUND_NOT_FOUND", "Putaran tidak ditemukan",
                "Putaran " + ROUND + " tidak ada");

        WebSession.Page page = WebSession.signedInAs("sekretaris.disdagtrans").get("/sop/putaran/" + ROUND);

        assertEquals(404, page.status());
        assertEquals("ROUND_NOT_FOUND", page.html().selectFirst(".problem").attr("data-code"));
        assertTrue(page.html().selectFirst(".problem").text().contains("Putaran " + ROUND + " tidak ada"));
    }

    @Test
    void a_role_that_may_not_read_timelines_is_refused_in_the_services_words() {
        ServiceStubs.collection.refuse("GET", TIMELINE, 403, "ROLE_NOT_ALLOWED", "Peran Anda tidak diizinkan",
                "Hanya Operator (OPERATOR), Kepala Bidang (DIVISION_HEAD), Tim SAKIP (SAKIP_TEAM) yang dapat melakukan tindakan ini.");

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat.kabupaten").get("/sop/putaran/" + ROUND);

        assertEquals(403, page.status());
        assertTrue(page.html().selectFirst(".problem").text().contains("Hanya Operator (OPERATOR)"));
    }

    @Test
    void the_rounds_list_the_periods_newest_first_with_a_link_to_each_timeline_and_pages() {
        ServiceStubs.collection.answer("GET", "/api/collection/rounds", 200, """
                {"items": [
                  {"roundId": "%s", "year": 2025, "quarter": 1, "status": "OPEN", "openedBy": "kepala.disdagtrans",
                   "openedAt": "2025-04-01T01:00:00.000Z", "items": 24, "entries": {"ENTERED": 3, "NOT_ENTERED": 21},
                   "updatedAt": "2025-04-01T01:00:00.000Z"}
                ], "page": 0, "size": 20, "total": 21}""".formatted(ROUND));

        WebSession.Page page = WebSession.signedInAs("operator.metrologi").get("/sop?tahun=2025");

        assertEquals(200, page.status());
        Element link = page.html().getElementById("putaran-" + ROUND);
        assertEquals("/sop/putaran/" + ROUND, link.attr("href"));
        Element row = page.html().selectFirst("#daftar-putaran tbody tr");
        assertTrue(row.text().contains("Triwulan I tahun 2025") && row.text().contains("Terbuka")
                && row.text().contains("1 Apr 2025 08.00 WIB"), row.text());
        assertEquals("/sop?tahun=2025&halaman=1", page.html().getElementById("halaman-berikutnya").attr("href"));
        assertNull(page.html().getElementById("halaman-sebelumnya"));
        assertEquals("2025", page.html().getElementById("tahun").val());
        String sent = ServiceStubs.collection.last("GET", "/api/collection/rounds").query();
        assertTrue(sent.contains("year=2025") && sent.contains("page=0") && sent.contains("size=20"), sent);
    }

    @Test
    void no_round_yet_is_said_so() {
        ServiceStubs.collection.answer("GET", "/api/collection/rounds", 200, "{\"items\": [], \"page\": 0, \"size\": 20, \"total\": 0}");

        WebSession.Page page = WebSession.signedInAs("kabid.perdagangan").get("/sop");

        assertTrue(page.html().getElementById("tidak-ada-putaran").text().contains("Belum ada putaran"));
    }

    @Test
    void a_year_the_service_does_not_take_is_shown_next_to_the_filter_with_its_status() {
        ServiceStubs.collection.refuse("GET", "/api/collection/rounds",
                Problems.fieldProblem("VALIDATION_FAILED", "year", "'20x5' bukan bilangan bulat"));

        WebSession.Page page = WebSession.signedInAs("kabid.perdagangan").get("/sop?tahun=20x5");

        assertEquals(400, page.status());
        assertTrue(page.html().selectFirst(".problem").text().contains("'20x5' bukan bilangan bulat"));
        assertEquals("20x5", page.html().getElementById("tahun").val());
    }
}
