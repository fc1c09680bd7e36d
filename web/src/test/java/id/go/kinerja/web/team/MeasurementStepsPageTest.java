package id.go.kinerja.web.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.web.stub.ServiceStubs;
import id.go.kinerja.web.stub.WebSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class MeasurementStepsPageTest {

    private static final String PAGE = "/tim-sakip/pengukuran/2025/1";
    private static final String API = "/api/measurement/rounds/2025/1";

    @BeforeEach
    void aPeriodAfterTheMeeting() {
        ServiceStubs.reset();
        ServiceStubs.measurement.answer("GET", API + "/timeline", 200, TeamJson.measurementTimeline("null", "B1", "B2"));
    }

    @Test
    void the_team_sees_the_meeting_recorded_and_its_plan_and_methodology_to_record() {
        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get(PAGE);

        assertEquals(200, page.status());
        assertTrue(page.html().getElementById("langkah-B2").text().contains("Sekretaris, Ketua Tim SAKIP"));
        assertNull(page.html().getElementById("form-B2"));
        assertEquals(PAGE + "/langkah/B3", page.html().getElementById("form-B3").attr("action"));
        assertNotNull(page.html().getElementById("b3-kegiatan-0"));
        assertNotNull(page.html().getElementById("b4-simpan"));
        assertTrue(page.html().getElementById("belum-ada-rekap").text().contains("belum diajukan"));
    }

    @Test
    void recording_the_measurement_plan_goes_to_measurement_with_a_key() throws Exception {
        ServiceStubs.measurement.answer("POST", API + "/steps/B3", 200, TeamJson.measurementTimeline("null", "B1", "B2", "B3"));
        WebSession team = WebSession.signedInAs("tim.sakip.disdagtrans");
        String key = team.get(PAGE).html().selectFirst("#form-B3 input[name=idempotencyKey]").val();

        WebSession.Page answer = team.post(PAGE + "/langkah/B3", Map.of("idempotencyKey", key,
                "activity", "Penyusunan kertas kerja pengukuran", "start", "2025-04-10", "end", "2025-04-11",
                "responsible", "Tim SAKIP"));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith(PAGE + "?berhasil=B3"));
        var sent = ServiceStubs.measurement.last("POST", API + "/steps/B3");
        assertEquals(key, sent.header("Idempotency-Key"));
        assertEquals("Penyusunan kertas kerja pengukuran",
                new ObjectMapper().readTree(sent.body()).path("activities").get(0).path("activity").asText());
        assertEquals("Rencana kegiatan pengukuran (B3) tercatat.",
                team.get(PAGE + "?berhasil=B3").html().getElementById("berhasil").text());
    }

    @Test
    void the_methodology_cannot_be_ready_while_indicators_have_none_and_each_is_linked() {
        ServiceStubs.measurement.answer("GET", API + "/timeline", 200, TeamJson.measurementTimeline("null", "B1", "B2", "B3"));
        ServiceStubs.measurement.refuse("POST", API + "/steps/B4", TeamJson.problem(409, "METHODOLOGIES_MISSING",
                "Metodologi pengukuran belum lengkap",
                "2 indikator belum memiliki metodologi pengukuran (IKU-01, IKS-02): tetapkan sebelum menyatakan metodologi siap",
                "{\"step\": \"B4\", \"indicators\": [\"IKU-01\", \"IKS-02\"]}"));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post(PAGE + "/langkah/B4",
                Map.of("note", "Metodologi ditetapkan"));

        assertEquals(409, page.status());
        assertEquals("METHODOLOGIES_MISSING", page.html().selectFirst("#form-B4 .problem").attr("data-code"));
        var missing = page.html().select("#metodologi-kurang li a");
        assertEquals(2, missing.size());
        assertEquals("/tim-sakip/metodologi/IKU-01", missing.get(0).attr("href"));
        assertEquals("Metodologi ditetapkan", page.html().getElementById("b4-catatan").text());
    }

    @Test
    void the_methodology_declared_before_the_plan_names_the_plan_first() {
        ServiceStubs.measurement.refuse("POST", API + "/steps/B4", TeamJson.problem(409, "STEP_OUT_OF_ORDER",
                "Langkah SOP belum waktunya", "Langkah SOP B3 (Tim menyusun rencana pengukuran) harus selesai lebih dulu sebelum langkah B4.",
                "{\"mustComeFirst\": \"B3\", \"step\": \"B4\"}"));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post(PAGE + "/langkah/B4", Map.of());

        assertEquals(409, page.status());
        assertTrue(page.html().getElementById("harus-lebih-dulu-B4").text()
                .contains("Catat lebih dulu langkah B3 · Tim menyusun rencana kegiatan pengukuran kinerja"));
    }

    @Test
    void the_secretary_records_the_measurement_meeting() throws Exception {
        ServiceStubs.measurement.answer("GET", API + "/timeline", 200, TeamJson.measurementTimeline("null", "B1"));
        ServiceStubs.measurement.answer("POST", API + "/steps/B2", 200, TeamJson.measurementTimeline("null", "B1", "B2"));
        WebSession secretary = WebSession.signedInAs("sekretaris.disdagtrans");
        assertNotNull(secretary.get(PAGE).html().getElementById("b2-simpan"));

        Map<String, String> form = new HashMap<>(Map.of("date", "2025-04-09", "attendees", "Sekretaris\nKetua Tim SAKIP",
                "summary", "Pengukuran setelah data terverifikasi"));
        WebSession.Page answer = secretary.post(PAGE + "/langkah/B2", form);

        assertEquals(303, answer.status());
        assertEquals("2025-04-09", new ObjectMapper().readTree(ServiceStubs.measurement.last("POST", API + "/steps/B2").body())
                .path("date").asText());
    }

    @Test
    void missing_minutes_fields_are_marked_next_to_them() {
        ServiceStubs.measurement.answer("GET", API + "/timeline", 200, TeamJson.measurementTimeline("null", "B1"));
        ServiceStubs.measurement.refuse("POST", API + "/steps/B2", id.go.kinerja.web.stub.Problems.fieldProblem(
                "VALIDATION_FAILED", "summary", "wajib diisi"));

        WebSession.Page page = WebSession.signedInAs("sekretaris.disdagtrans").post(PAGE + "/langkah/B2",
                Map.of("date", "2025-04-09", "attendees", "Sekretaris"));

        assertEquals(400, page.status());
        assertEquals("wajib diisi", page.html().selectFirst("#b2-ringkasan + .field-error").text());
        assertEquals("Sekretaris", page.html().getElementById("b2-peserta").text());
    }

    @Test
    void a_period_the_head_has_not_opened_says_it_waits_for_the_memo() {
        ServiceStubs.measurement.refuse("GET", API + "/timeline", 404, "MEASUREMENT_ROUND_NOT_FOUND",
                "Putaran pengukuran tidak ditemukan", "Putaran pengukuran tahun 2025 triwulan 1 tidak ada");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get(PAGE);

        assertEquals(200, page.status());
        assertTrue(page.html().getElementById("belum-dibuka").text().contains("langkah B1"));
    }

    @Test
    void a_returned_recap_leads_to_the_methodology_fix() {
        ServiceStubs.measurement.answer("GET", API + "/timeline", 200, TeamJson.measurementTimeline(
                "{\"recapId\": \"" + TeamJson.RECAP + "\", \"revision\": 1, \"state\": \"RETURNED\"}",
                "B1", "B2", "B3", "B4", "B5", "B6", "B7"));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get(PAGE);

        assertEquals("Dikembalikan Sekretaris", page.html().getElementById("keadaan-rekap").text());
        assertEquals("/tim-sakip/metodologi", page.html().getElementById("ke-metodologi").attr("href"));
        assertEquals("true", page.html().getElementById("langkah-B4").attr("data-done"));
        assertTrue(page.html().getElementById("langkah-B4").text().contains("Metodologi ditetapkan"));
    }
}
