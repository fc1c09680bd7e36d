package id.go.kinerja.web.team;

import static id.go.kinerja.web.team.TeamJson.ROUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.web.stub.Problems;
import id.go.kinerja.web.stub.ServiceStubs;
import id.go.kinerja.web.stub.WebSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class RoundStepsPageTest {

    private static final String PAGE = "/tim-sakip/putaran/" + ROUND;
    private static final String API = "/api/collection/rounds/" + ROUND;

    @BeforeEach
    void aRoundAfterTheMeeting() {
        ServiceStubs.reset();
        ServiceStubs.collection.answer("GET", API, 200, TeamJson.round("OPEN"));
        ServiceStubs.collection.answer("GET", API + "/timeline", 200, TeamJson.collectionTimeline("A1", "A2"));
        ServiceStubs.collection.refuse("GET", API + "/recap", 404, "RECAP_OF_ROUND_NOT_FOUND", "Rekap putaran belum ada",
                "Putaran " + ROUND + " belum memiliki rekap");
    }

    @Test
    void the_team_sees_the_minutes_recorded_and_the_work_plan_to_record_next() {
        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get(PAGE);

        assertEquals(200, page.status());
        assertTrue(page.html().selectFirst("h1").text().contains("triwulan 1 tahun 2025"));
        Element a2 = page.html().getElementById("langkah-A2");
        assertEquals("true", a2.attr("data-done"));
        assertTrue(a2.text().contains("Pengumpulan data selesai dalam dua hari kerja"), a2.text());
        assertTrue(a2.text().contains("Sekretaris, Ketua Tim SAKIP"));
        assertNull(page.html().getElementById("form-A2"), "the minutes are the Secretary's, and recorded");
        Element a3 = page.html().getElementById("form-A3");
        assertEquals("/tim-sakip/putaran/" + ROUND + "/langkah/A3", a3.attr("action"));
        assertNotNull(page.html().getElementById("a3-kegiatan-0"));
        assertNotNull(page.html().getElementById("a3-simpan"));
        // A4 and A5 wait for A3: said so, and their forms are there to fill in ahead
        assertTrue(page.html().getElementById("langkah-A4").text().contains("Belum waktunya"));
        assertEquals(8, page.html().select("#form-A4 select").size());
        assertNotNull(page.html().getElementById("a5-peserta-PERDAGANGAN"));
        assertNotNull(page.html().getElementById("a5-peserta-TRANSMIGRASI"));
        assertEquals("Entri terverifikasi: 1 dari 3 indikator.", page.html().getElementById("kemajuan-entri").text());
        assertEquals("2 indikator belum terverifikasi", page.html().selectFirst("#belum-terverifikasi summary").text());
        assertTrue(page.html().selectFirst("#belum-terverifikasi li[data-indicator=IKT-01]").text()
                .contains("(bidang TRANSMIGRASI): Belum diisi"));
        assertNotNull(page.html().getElementById("ajukan-rekap"));
        assertEquals("RUNNING", page.html().selectFirst("#linimasa tr[data-step=A3]").attr("data-status"));
    }

    @Test
    void recording_the_work_plan_sends_the_filled_rows_once_and_says_it_is_recorded() throws Exception {
        ServiceStubs.collection.answer("POST", API + "/steps/A3", 200, TeamJson.collectionTimeline("A1", "A2", "A3"));
        WebSession team = WebSession.signedInAs("tim.sakip.disdagtrans");
        String key = team.get(PAGE).html().selectFirst("#form-A3 input[name=idempotencyKey]").val();

        Map<String, String> form = new HashMap<>(Map.of("idempotencyKey", key, "activity", "Pengarahan operator bidang",
                "start", "2025-04-03", "end", "2025-04-04", "responsible", "Tim SAKIP"));
        WebSession.Page answer = team.post(PAGE + "/langkah/A3", form);

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith(PAGE + "?berhasil=A3"), answer.location());
        var sent = ServiceStubs.collection.last("POST", API + "/steps/A3");
        assertEquals(key, sent.header("Idempotency-Key"));
        JsonNode body = new ObjectMapper().readTree(sent.body());
        assertEquals(1, body.path("activities").size());
        assertEquals("Pengarahan operator bidang", body.path("activities").get(0).path("activity").asText());
        assertEquals("2025-04-04", body.path("activities").get(0).path("end").asText());

        WebSession.Page after = team.get(PAGE + "?berhasil=A3");
        assertEquals("Rencana kegiatan pengumpulan data (A3) tercatat.", after.html().getElementById("berhasil").text());
    }

    @Test
    void a_step_recorded_too_early_names_the_step_to_do_first_and_keeps_what_was_typed() {
        ServiceStubs.collection.answer("GET", API + "/timeline", 200, TeamJson.collectionTimeline("A1"));
        ServiceStubs.collection.refuse("POST", API + "/steps/A3", TeamJson.problem(409, "STEP_OUT_OF_ORDER",
                "Langkah SOP belum waktunya", "Langkah SOP A2 (Sekretaris mengadakan rapat dengan Tim SAKIP Internal) harus selesai lebih dulu sebelum langkah A3.",
                "{\"mustComeFirst\": \"A2\", \"step\": \"A3\"}"));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post(PAGE + "/langkah/A3",
                Map.of("activity", "Penyusunan jadwal", "responsible", "Ketua Tim"));

        assertEquals(409, page.status());
        Element form = page.html().getElementById("form-A3");
        assertEquals("STEP_OUT_OF_ORDER", form.selectFirst(".problem").attr("data-code"));
        assertTrue(page.html().getElementById("harus-lebih-dulu-A3").text()
                .contains("Catat lebih dulu langkah A2 · Sekretaris melakukan rapat dengan Tim"));
        assertEquals("Penyusunan jadwal", page.html().getElementById("a3-kegiatan-0").val());
        assertEquals("Ketua Tim", page.html().getElementById("a3-pj-0").val());
        assertNull(page.html().selectFirst("#form-A4 .problem"), "the problem sits next to its own form only");
    }

    @Test
    void a_step_recorded_by_a_colleague_meanwhile_says_by_whom() {
        ServiceStubs.collection.refuse("POST", API + "/steps/A3", 409, "STEP_ALREADY_RECORDED", "Langkah SOP sudah dicatat",
                "Langkah SOP A3 putaran 2025 Q1 sudah dicatat oleh tim.sakip.lain pada 2025-04-02T03:00:00Z");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post(PAGE + "/langkah/A3",
                Map.of("activity", "Penyusunan jadwal"));

        assertEquals(409, page.status());
        assertTrue(page.html().selectFirst("#form-A3 .problem").text().contains("sudah dicatat oleh tim.sakip.lain"));
    }

    @Test
    void the_document_checklist_goes_with_every_kind_and_a_missing_status_is_marked() throws Exception {
        ServiceStubs.collection.answer("GET", API + "/timeline", 200, TeamJson.collectionTimeline("A1", "A2", "A3"));
        ServiceStubs.collection.refuse("POST", API + "/steps/A4", Problems.fieldProblem("VALIDATION_FAILED",
                "documents[1].status", "wajib diisi"));
        Map<String, String> form = new HashMap<>();
        form.put("status.PK", "AVAILABLE");
        form.put("attachment.PK", "PK-2025-ttd.pdf");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post(PAGE + "/langkah/A4", form);

        assertEquals(400, page.status());
        JsonNode body = new ObjectMapper().readTree(ServiceStubs.collection.last("POST", API + "/steps/A4").body());
        assertEquals(8, body.path("documents").size());
        assertEquals("PK", body.path("documents").get(0).path("kind").asText());
        assertEquals("PK-2025-ttd.pdf", body.path("documents").get(0).path("attachment").asText());
        assertTrue(body.path("documents").get(1).path("status").isNull());
        assertTrue(page.html().selectFirst("#form-A4 .problem").text().contains("documents[1].status: wajib diisi"));
        assertEquals("AVAILABLE", page.html().selectFirst("#a4-status-PK option[selected]").val());
        assertEquals("PK-2025-ttd.pdf", page.html().getElementById("a4-lampiran-PK").val());
    }

    @Test
    void the_briefing_names_who_attended_per_division_of_the_round() throws Exception {
        ServiceStubs.collection.answer("GET", API + "/timeline", 200, TeamJson.collectionTimeline("A1", "A2", "A3", "A4"));
        ServiceStubs.collection.answer("POST", API + "/steps/A5", 200, TeamJson.collectionTimeline("A1", "A2", "A3", "A4", "A5"));

        WebSession.Page answer = WebSession.signedInAs("tim.sakip.disdagtrans").post(PAGE + "/langkah/A5",
                Map.of("date", "2025-04-03", "attendees.PERDAGANGAN", "Budi Setiawan\n\nRina", "attendees.TRANSMIGRASI",
                        "Andi Saputra"));

        assertEquals(303, answer.status());
        JsonNode body = new ObjectMapper().readTree(ServiceStubs.collection.last("POST", API + "/steps/A5").body());
        assertEquals("2025-04-03", body.path("date").asText());
        assertEquals("PERDAGANGAN", body.path("divisions").get(0).path("divisionCode").asText());
        assertEquals(2, body.path("divisions").get(0).path("attendees").size());
        assertEquals("Andi Saputra", body.path("divisions").get(1).path("attendees").get(0).asText());
    }

    @Test
    void a_division_left_out_of_the_briefing_is_shown_as_the_service_says() {
        ServiceStubs.collection.refuse("POST", API + "/steps/A5", Problems.fieldProblem("VALIDATION_FAILED", "divisions",
                "operator TRANSMIGRASI mengisi data pada putaran ini: sebutkan siapa di antara mereka yang hadir"));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post(PAGE + "/langkah/A5",
                Map.of("date", "2025-04-03", "attendees.PERDAGANGAN", "Budi Setiawan"));

        assertEquals(400, page.status());
        assertTrue(page.html().selectFirst("#form-A5 .problem").text().contains("operator TRANSMIGRASI mengisi data"));
        assertEquals("Budi Setiawan", page.html().getElementById("a5-peserta-PERDAGANGAN").val());
    }

    @Test
    void the_secretary_records_the_meeting_and_the_team_steps_are_not_hers() throws Exception {
        ServiceStubs.collection.answer("GET", API + "/timeline", 200, TeamJson.collectionTimeline("A1"));
        ServiceStubs.collection.answer("POST", API + "/steps/A2", 200, TeamJson.collectionTimeline("A1", "A2"));
        WebSession secretary = WebSession.signedInAs("sekretaris.disdagtrans");

        WebSession.Page page = secretary.get(PAGE);
        assertNotNull(page.html().getElementById("form-A2"));
        assertNotNull(page.html().getElementById("a2-simpan"));
        assertNull(page.html().getElementById("form-A3"));
        assertNull(page.html().getElementById("ajukan-rekap"));

        WebSession.Page answer = secretary.post(PAGE + "/langkah/A2", Map.of("date", "2025-04-02",
                "attendees", "Sekretaris\nKetua Tim SAKIP", "summary", "Selesai dalam dua hari kerja"));
        assertEquals(303, answer.status());
        JsonNode body = new ObjectMapper().readTree(ServiceStubs.collection.last("POST", API + "/steps/A2").body());
        assertEquals(2, body.path("attendees").size());
        assertEquals("Selesai dalam dua hari kerja", body.path("summary").asText());
    }

    @Test
    void the_team_does_not_get_the_secretarys_minutes_form() {
        ServiceStubs.collection.answer("GET", API + "/timeline", 200, TeamJson.collectionTimeline("A1"));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get(PAGE);

        assertNull(page.html().getElementById("form-A2"));
        assertTrue(page.html().getElementById("langkah-A2").text().contains("Dicatat oleh Sekretaris"));
    }

    @Test
    void a_recap_refused_as_incomplete_lists_each_indicator_without_a_verified_entry_with_its_state() {
        ServiceStubs.collection.refuse("POST", API + "/recap", TeamJson.problem(409, "RECAP_INCOMPLETE", "Rekap belum lengkap",
                "Realisasi triwulan 1 tahun 2025 belum lengkap: 2 dari 3 indikator belum memiliki entri terverifikasi (IKP-02, IKT-01); rekap tidak dapat diajukan sebelum pemeriksaan silang (SOP A7) selesai",
                "{\"missing\": [\"IKP-02\", \"IKT-01\"], \"states\": {\"IKP-02\": \"ENTERED\", \"IKT-01\": \"NOT_ENTERED\"}, \"year\": 2025, \"quarter\": 1}"));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post(PAGE + "/rekap", Map.of());

        assertEquals(409, page.status());
        Element form = page.html().getElementById("form-rekap");
        assertEquals("RECAP_INCOMPLETE", form.selectFirst(".problem").attr("data-code"));
        assertTrue(form.text().contains("Realisasi triwulan 1 tahun 2025 yang belum memiliki entri terverifikasi"), form.text());
        var missing = page.html().select("#rekap-kurang li");
        assertEquals(2, missing.size());
        assertEquals("IKP-02 · Jumlah pedagang yang dilatih (bidang PERDAGANGAN): Menunggu verifikasi Kepala Bidang",
                missing.get(0).text());
        assertEquals("IKT-01", missing.get(1).attr("data-indicator"));
        assertTrue(missing.get(1).text().endsWith("Belum diisi"));
    }

    @Test
    void a_recap_before_the_cross_check_names_the_step_that_must_come_first() {
        ServiceStubs.collection.refuse("POST", API + "/recap", TeamJson.problem(409, "STEP_OUT_OF_ORDER",
                "Langkah SOP belum waktunya", "Langkah SOP A7 (Kepala Bidang memeriksa data yang diinput) harus selesai lebih dulu sebelum langkah A8.",
                "{\"mustComeFirst\": \"A7\", \"step\": \"A8\"}"));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post(PAGE + "/rekap", Map.of());

        assertEquals(409, page.status());
        assertTrue(page.html().getElementById("rekap-harus-lebih-dulu").text()
                .contains("Langkah A7 · Kepala Bidang mengecek pengisian data kinerja pada aplikasi harus selesai lebih dulu"));
    }

    @Test
    void a_recap_awaiting_review_cannot_go_twice_and_says_so() {
        ServiceStubs.collection.refuse("POST", API + "/recap", 409, "RECAP_AWAITS_REVIEW", "Rekap menunggu reviu",
                "Rekap putaran 2025 Q1 telah diajukan sebagai revisi 1 dan menunggu reviu Sekretaris");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post(PAGE + "/rekap", Map.of());

        assertEquals(409, page.status());
        assertTrue(page.html().selectFirst("#form-rekap .problem").text().contains("menunggu reviu Sekretaris"));
        assertTrue(page.html().select("#rekap-kurang").isEmpty());
    }

    @Test
    void submitting_the_recap_sends_a_key_and_comes_back_with_the_recap() {
        ServiceStubs.collection.answer("POST", API + "/recap", 201, "{\"recapId\": \"" + TeamJson.RECAP + "\"}");
        WebSession team = WebSession.signedInAs("tim.sakip.disdagtrans");
        String key = team.get(PAGE).html().selectFirst("#form-rekap input[name=idempotencyKey]").val();

        WebSession.Page answer = team.post(PAGE + "/rekap", Map.of("idempotencyKey", key));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith("?berhasil=rekap"));
        assertEquals(key, ServiceStubs.collection.last("POST", API + "/recap").header("Idempotency-Key"));
    }

    @Test
    void a_returned_recap_shows_what_the_secretary_returned_and_offers_the_next_revision() {
        ServiceStubs.collection.answer("GET", API, 200, TeamJson.round("RETURNED"));
        ServiceStubs.collection.answer("GET", API + "/recap", 200, """
                {"recapId": "%s", "roundId": "%s", "year": 2025, "quarter": 1, "status": "RETURNED", "currentRevision": 1,
                 "approval": null, "archive": null,
                 "revisions": [{"revision": 1, "eventId": "e1", "submittedBy": "tim.sakip.disdagtrans",
                   "submittedAt": "2025-04-07T02:00:00Z",
                   "returned": {"by": "sekretaris.disdagtrans", "at": "2025-04-08T02:00:00Z", "note": "Dua indikator perlu diperbaiki",
                     "items": [{"indicatorCode": "IKP-02", "reason": "Daftar hadir pelatihan menunjukkan 24 peserta, bukan 20", "returnTo": "COLLECTION"},
                               {"indicatorCode": "IKU-01", "reason": "Gunakan rumus rasio", "returnTo": "MEASUREMENT"}]}}]}"""
                .formatted(TeamJson.RECAP, ROUND));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get(PAGE);

        assertEquals("RETURNED", page.html().getElementById("status-putaran").attr("data-status"));
        Element returned = page.html().selectFirst(".returned[data-revision=1]");
        assertTrue(returned.text().contains("Dua indikator perlu diperbaiki"));
        assertTrue(returned.selectFirst("li[data-indicator=IKP-02]").text()
                .contains("pengumpulan data: Daftar hadir pelatihan menunjukkan 24 peserta"));
        assertTrue(returned.selectFirst("li[data-indicator=IKU-01]").text().contains("pengukuran: "));
        assertEquals("Ajukan rekap revisi berikutnya", page.html().getElementById("ajukan-rekap").text());
    }

    @Test
    void an_approved_round_offers_no_submission() {
        ServiceStubs.collection.answer("GET", API, 200, TeamJson.round("APPROVED"));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get(PAGE);

        assertNull(page.html().getElementById("ajukan-rekap"));
        assertFalse(page.html().getElementById("status-putaran").text().isEmpty());
    }

    @Test
    void a_round_of_another_agency_is_not_found() {
        ServiceStubs.collection.refuse("GET", API, 404, "ROUND_NOT_FOUND", "Putaran tidak ditemukan",
                "Putaran pengumpulan " + ROUND + " tidak ada");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get(PAGE);

        assertEquals(404, page.status());
        assertTrue(page.html().selectFirst(".problem").text().contains("tidak ada"));
    }
}
