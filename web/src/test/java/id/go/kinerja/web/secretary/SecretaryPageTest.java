package id.go.kinerja.web.secretary;

import static id.go.kinerja.web.secretary.ApprovalAnswers.RECAP;
import static id.go.kinerja.web.secretary.ApprovalAnswers.ROUND;
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
import java.io.IOException;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class SecretaryPageTest {

    private static final String A2 = "/api/collection/rounds/" + ROUND + "/steps/A2";
    private static final String B2 = "/api/measurement/rounds/2025/1/steps/B2";

    private WebSession secretary;

    @BeforeEach
    void signIn() {
        ServiceStubs.reset();
        secretary = WebSession.signedInAs("sekretaris.disdagtrans");
    }

    @Test
    void the_inbox_lists_the_recaps_awaiting_review_and_those_reported_to_the_head() {
        nothingToMeetAbout();
        ServiceStubs.approval.answer("GET", "/api/approval/inbox", 200, ApprovalAnswers.inbox());
        ServiceStubs.approval.answer("GET", "/api/approval/recaps", 200, ApprovalAnswers.approvedList());

        WebSession.Page page = secretary.get("/sekretaris");

        assertEquals(200, page.status());
        Element row = page.html().selectFirst("#kotak-masuk tr[data-recap=" + RECAP + "]");
        assertEquals("Triwulan I tahun 2025", cell(row, "Periode"));
        assertEquals("2", cell(row, "Revisi"));
        assertEquals("10 Apr 2025 10.15 WIB", cell(row, "Diterima"));
        assertEquals("94,25%", cell(row, "Capaian IKU"));
        assertEquals("22 indikator · 10 diterima · 1 dikembalikan", cell(row, "Butir"));
        assertEquals("/sekretaris/rekap/" + RECAP, page.html().getElementById("telaah-2025-1").attr("href"));
        assertTrue(page.html().selectFirst("#dilaporkan").text().contains("Triwulan I tahun 2025, revisi 2"));
        assertEquals("status=APPROVED&size=200", ServiceStubs.approval.last("GET", "/api/approval/recaps").query());
        assertNull(page.html().getElementById("rapat"));
    }

    @Test
    void the_recaps_she_returned_wait_for_their_next_revision_on_her_page() {
        nothingToMeetAbout();
        ServiceStubs.approval.answer("GET", "/api/approval/inbox", 200, ApprovalAnswers.empty());
        ServiceStubs.approval.answer("GET", "/api/approval/recaps", 200, ApprovalAnswers.approvedList()
                .replace("\"APPROVED\"", "\"RETURNED\"").replace("\"approvedRevision\": 2", "\"approvedRevision\": null"));

        WebSession.Page page = secretary.get("/sekretaris");

        assertTrue(ServiceStubs.approval.requests().stream()
                .anyMatch(request -> "status=RETURNED&size=200".equals(request.query())));
        Element returned = page.html().getElementById("dikembalikan-2025-1");
        assertEquals("/sekretaris/rekap/" + RECAP, returned.attr("href"));
        assertEquals("Triwulan I tahun 2025, revisi 2", returned.text());
    }

    @Test
    void an_empty_inbox_says_so() {
        nothingToMeetAbout();
        ServiceStubs.approval.answer("GET", "/api/approval/inbox", 200, ApprovalAnswers.empty());
        ServiceStubs.approval.answer("GET", "/api/approval/recaps", 200, ApprovalAnswers.empty());

        WebSession.Page page = secretary.get("/sekretaris");

        assertEquals("Tidak ada rekap yang menunggu telaah Anda.", page.html().getElementById("kotak-masuk-kosong").text());
    }

    @Test
    void the_meetings_waiting_for_her_minutes_have_a_form_each() {
        meetingsWaiting();

        WebSession.Page page = secretary.get("/sekretaris");

        Element collection = page.html().getElementById("notulen-a2-2025-1");
        assertEquals("/sekretaris/notulen/A2/" + ROUND, collection.attr("action"));
        assertTrue(collection.text().contains("A2 · Sekretaris melakukan rapat dengan Tim untuk memberikan arahan pengumpulan data kinerja"));
        assertTrue(collection.hasClass("overdue") && collection.text().contains("Terlambat"));
        Element measurement = page.html().getElementById("notulen-b2-2025-1");
        assertEquals("/sekretaris/notulen/B2/2025/1", measurement.attr("action"));
        for (String id : new String[] {"b2-2025-1-tanggal", "b2-2025-1-peserta", "b2-2025-1-ringkasan", "b2-2025-1-simpan"}) {
            assertNotNull(page.html().getElementById(id), id);
        }
        assertFalse(measurement.selectFirst("input[name=idempotencyKey]").val().isBlank());
    }

    @Test
    void recording_the_minutes_sends_one_attendee_per_line_with_an_idempotency_key() throws IOException {
        ServiceStubs.measurement.answer("POST", B2, 200, "{\"roundId\": \"5e0b6c1d-0000-4000-8000-000000000001\", "
                + "\"year\": 2025, \"quarter\": 1, \"cycle\": 1, \"recap\": null, \"steps\": []}");

        WebSession.Page answer = secretary.post("/sekretaris/notulen/B2/2025/1", Map.of("form", "b2-2025-1",
                "date", "2025-04-02", "attendees", "Sekretaris\r\n Ketua Tim SAKIP \r\n\r\n",
                "summary", "Pengukuran setelah data terverifikasi", "idempotencyKey", "b2-kunci"));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith("/sekretaris?pesan=notulen"));
        var sent = ServiceStubs.measurement.last("POST", B2);
        assertEquals("b2-kunci", sent.header("Idempotency-Key"));
        JsonNode body = new ObjectMapper().readTree(sent.body());
        assertEquals("2025-04-02", body.path("date").asText());
        assertEquals(2, body.path("attendees").size());
        assertEquals("Ketua Tim SAKIP", body.path("attendees").path(1).asText());
        assertEquals("Pengukuran setelah data terverifikasi", body.path("summary").asText());
    }

    @Test
    void minutes_without_a_summary_are_refused_beside_the_field_keeping_what_was_typed() {
        meetingsWaiting();
        ServiceStubs.collection.refuse("POST", A2, Problems.fieldProblem("VALIDATION_FAILED", "summary",
                "tidak boleh kosong"));

        WebSession.Page page = secretary.post("/sekretaris/notulen/A2/" + ROUND, Map.of("form", "a2-2025-1",
                "date", "2025-04-02", "attendees", "Sekretaris\nKetua Tim SAKIP", "summary", "", "idempotencyKey", "a2"));

        assertEquals(400, page.status());
        Element form = page.html().getElementById("notulen-a2-2025-1");
        assertEquals("VALIDATION_FAILED", form.selectFirst(".problem").attr("data-code"));
        assertEquals("tidak boleh kosong", form.selectFirst("#a2-2025-1-ringkasan + .field-error").text());
        assertEquals("2025-04-02", page.html().getElementById("a2-2025-1-tanggal").val());
        assertEquals("Sekretaris\nKetua Tim SAKIP", page.html().getElementById("a2-2025-1-peserta").wholeText());
        assertNull(page.html().getElementById("notulen-b2-2025-1").selectFirst(".problem"));
    }

    @Test
    void minutes_out_of_order_or_twice_are_refused_with_the_services_words_and_status() {
        meetingsWaiting();
        ServiceStubs.measurement.refuse("POST", B2, 409, "STEP_OUT_OF_ORDER", "Langkah SOP belum waktunya",
                "Langkah SOP B1 (Kepala Dinas memerintahkan pengukuran) harus didahulukan");

        WebSession.Page early = secretary.post("/sekretaris/notulen/B2/2025/1", Map.of("form", "b2-2025-1",
                "date", "2025-04-02", "attendees", "Sekretaris", "summary", "Arahan", "idempotencyKey", "b2"));

        assertEquals(409, early.status());
        assertEquals("STEP_OUT_OF_ORDER", early.html().selectFirst("#notulen-b2-2025-1 .problem").attr("data-code"));

        ServiceStubs.collection.refuse("POST", A2, 409, "STEP_ALREADY_RECORDED", "Langkah SOP sudah dicatat",
                "Langkah A2 putaran 2025 Q1 sudah dicatat oleh sekretaris.disdagtrans");
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, "{\"items\": []}");

        WebSession.Page twice = secretary.post("/sekretaris/notulen/A2/" + ROUND, Map.of("form", "a2-2025-1",
                "date", "2025-04-02", "attendees", "Sekretaris", "summary", "Arahan", "idempotencyKey", "a2"));

        assertEquals(409, twice.status());
        // the step is no longer waiting, so its form is gone: the refusal stands at the top
        assertEquals("STEP_ALREADY_RECORDED", twice.html().selectFirst("main > .problem").attr("data-code"));
    }

    @Test
    void a_person_without_the_secretarys_role_hears_who_may() {
        ServiceStubs.approval.refuse("GET", "/api/approval/inbox", 403, "ROLE_NOT_ALLOWED", "Peran Anda tidak diizinkan",
                "Hanya Sekretaris (SECRETARY) yang dapat membuka kotak masuk.");

        WebSession.Page page = WebSession.signedInAs("kepala.disdagtrans").get("/sekretaris");

        assertEquals(403, page.status());
        assertTrue(page.html().selectFirst(".problem").text().contains("Hanya Sekretaris (SECRETARY)"));
    }

    private static void nothingToMeetAbout() {
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, "{\"items\": []}");
        ServiceStubs.measurement.answer("GET", "/api/measurement/my-work", 200, "{\"items\": []}");
    }

    private static void meetingsWaiting() {
        ServiceStubs.approval.answer("GET", "/api/approval/inbox", 200, ApprovalAnswers.empty());
        ServiceStubs.approval.answer("GET", "/api/approval/recaps", 200, ApprovalAnswers.empty());
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, """
                {"items": [{"kind": "STEP", "roundId": "%s", "year": 2025, "quarter": 1, "step": "A2",
                  "stepName": "Secretary meets the team", "indicatorCode": null, "divisionCode": null, "state": null,
                  "since": "2025-04-01T01:00:00.000Z", "standardTime": "60m", "deadline": "2025-04-01T02:00:00.000Z",
                  "overdue": true},
                 {"kind": "STEP", "roundId": "%s", "year": 2025, "quarter": 1, "step": "A10",
                  "stepName": "Secretary analyses", "since": "2025-04-10T01:00:00.000Z", "standardTime": "90m",
                  "deadline": null, "overdue": false}]}""".formatted(ROUND, ROUND));
        ServiceStubs.measurement.answer("GET", "/api/measurement/my-work", 200, """
                {"items": [{"kind": "STEP", "year": 2025, "quarter": 1, "step": "B2", "stepName": "Secretary meets the Team",
                  "recapId": null, "indicatorCode": null, "detail": null, "since": "2025-04-09T02:00:00.000Z",
                  "standardTime": "60m", "deadline": "2025-04-09T03:00:00.000Z", "overdue": false}]}""");
    }

    private static String cell(Element row, String label) {
        return row.selectFirst("td[data-label=" + label + "]").text();
    }
}
