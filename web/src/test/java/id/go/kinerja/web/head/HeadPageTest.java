package id.go.kinerja.web.head;

import static id.go.kinerja.web.secretary.ApprovalAnswers.RECAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.web.secretary.ApprovalAnswers;
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
class HeadPageTest {

    private static final String B1 = "/api/measurement/rounds/2025/2/steps/B1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebSession head;

    @BeforeEach
    void signIn() {
        ServiceStubs.reset();
        head = WebSession.signedInAs("kepala.disdagtrans");
        ServiceStubs.collection.answer("GET", "/api/collection/rounds", 200, """
                {"items": [{"roundId": "0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b", "year": 2025, "quarter": 1,
                  "status": "APPROVED", "openedBy": "kepala.disdagtrans", "openedAt": "2025-04-01T01:00:00.000Z",
                  "items": 22, "entries": {"LOCKED": 22}, "updatedAt": "2025-04-12T05:00:00.000Z"}],
                 "page": 0, "size": 8, "total": 1}""");
        ServiceStubs.measurement.answer("GET", "/api/measurement/my-work", 200, """
                {"items": [{"kind": "MEMO", "year": 2025, "quarter": 2, "step": "B1",
                  "stepName": "Head orders the measurement", "recapId": "11111111-2222-4333-8444-555555555555",
                  "indicatorCode": null, "detail": "a recap of the period waits for the memo opening its measurement",
                  "since": "2025-07-09T02:00:00.000Z", "standardTime": "5m", "deadline": null, "overdue": false}]}""");
        ServiceStubs.approval.answer("GET", "/api/approval/recaps", 200, ApprovalAnswers.approvedList());
    }

    @Test
    void the_head_sees_the_recaps_waiting_for_his_disposition_the_memos_and_the_rounds() {
        WebSession.Page page = head.get("/kepala");

        assertEquals(200, page.status());
        Element waiting = page.html().getElementById("disposisi-2025-1");
        assertEquals("/kepala/rekap/" + RECAP, waiting.attr("href"));
        assertTrue(page.html().selectFirst("#disposisi-menunggu").text().contains("Revisi 2 disetujui Sekretaris · 22 indikator · capaian IKU 96,5%"));
        assertEquals("status=APPROVED&size=200", ServiceStubs.approval.last("GET", "/api/approval/recaps").query());
        assertTrue(page.html().getElementById("nota-menunggu").text()
                .contains("Rekap triwulan 2 tahun 2025 menunggu Nota Dinas pengukuran (B1)"));
        // the measurement memo starts on the period whose recap waits for it
        assertEquals("2025", page.html().getElementById("b1-tahun").val());
        assertEquals("2", page.html().selectFirst("#b1-triwulan option[selected]").val());
        for (String id : new String[] {"a1-tahun", "a1-triwulan", "a1-nomor", "a1-tanggal", "a1-kirim", "b1-nomor",
                "b1-tanggal", "b1-kirim", "capaian-tahun", "capaian-triwulan", "capaian-lihat"}) {
            assertTrue(page.html().getElementById(id) != null, id);
        }
        Element round = page.html().selectFirst("#putaran tr[data-round]");
        assertEquals("Triwulan I tahun 2025", round.selectFirst("td[data-label=Periode]").text());
        assertEquals("Disetujui", round.selectFirst("td[data-label=Status]").text());
        assertEquals("/kepala/capaian?tahun=2025&triwulan=1", page.html().getElementById("capaian-2025-1").attr("href"));
    }

    @Test
    void nothing_waiting_for_a_disposition_is_said_so() {
        ServiceStubs.approval.answer("GET", "/api/approval/recaps", 200, ApprovalAnswers.empty());

        WebSession.Page page = head.get("/kepala");

        assertEquals("Tidak ada rekap yang menunggu disposisi Anda.", page.html().getElementById("tidak-ada-disposisi").text());
    }

    @Test
    void the_collection_memo_opens_the_round_with_an_idempotency_key() throws IOException {
        ServiceStubs.collection.answer("POST", "/api/collection/rounds", 201, """
                {"roundId": "9c1e0000-0000-4000-8000-000000000001", "year": 2025, "quarter": 2, "status": "OPEN",
                 "planVersion": {"id": "5e0b7a42-6c1d-4f3e-9b8a-2d4c6e8f0a1b", "kind": "PK", "number": 1},
                 "openedBy": "kepala.disdagtrans", "openedAt": "2025-07-01T01:00:00.000Z", "items": []}""",
                Map.of("Location", "/api/collection/rounds/9c1e0000-0000-4000-8000-000000000001"));

        WebSession.Page answer = head.post("/kepala/nota-pengumpulan", Map.of("year", "2025", "quarter", "2",
                "number", "800/112/DP-Trans/2025", "date", "2025-07-01", "idempotencyKey", "a1-kunci"));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith("/kepala?pesan=a1"));
        var sent = ServiceStubs.collection.last("POST", "/api/collection/rounds");
        assertEquals("a1-kunci", sent.header("Idempotency-Key"));
        JsonNode body = JSON.readTree(sent.body());
        assertEquals(2025, body.path("year").asInt());
        assertEquals(2, body.path("quarter").asInt());
        assertEquals("800/112/DP-Trans/2025", body.path("memo").path("number").asText());
        assertEquals("2025-07-01", body.path("memo").path("date").asText());
        assertTrue(head.get("/kepala?pesan=a1").html().getElementById("pesan").text()
                .startsWith("Nota Dinas pengumpulan data tersimpan"));
    }

    @Test
    void a_collection_memo_the_service_refuses_is_shown_at_its_form_with_what_was_typed() {
        ServiceStubs.collection.refuse("POST", "/api/collection/rounds", 409, "NO_AGREEMENT_PUBLISHED",
                "Perjanjian Kinerja belum diterbitkan", "Perjanjian Kinerja tahun 2026 belum diterbitkan: terbitkan PK 2026 dahulu");

        WebSession.Page page = head.post("/kepala/nota-pengumpulan", Map.of("year", "2026", "quarter", "3",
                "number", "800/1/DP-Trans/2026", "date", "2026-07-01", "idempotencyKey", "a1"));

        assertEquals(409, page.status());
        Element form = page.html().getElementById("form-a1");
        assertEquals("NO_AGREEMENT_PUBLISHED", form.selectFirst(".problem").attr("data-code"));
        assertEquals("2026", page.html().getElementById("a1-tahun").val());
        assertEquals("3", page.html().selectFirst("#a1-triwulan option[selected]").val());
        assertEquals("800/1/DP-Trans/2026", page.html().getElementById("a1-nomor").val());
        assertFalse(page.html().getElementById("form-b1").selectFirst(".problem") != null);

        ServiceStubs.collection.refuse("POST", "/api/collection/rounds", 409, "ROUND_ALREADY_OPEN",
                "Putaran sudah dibuka", "Putaran 2025 triwulan 1 sudah dibuka");
        assertEquals("ROUND_ALREADY_OPEN", head.post("/kepala/nota-pengumpulan", Map.of("year", "2025", "quarter", "1",
                "number", "800/2", "date", "2025-04-01", "idempotencyKey", "a1-b")).html()
                .selectFirst("#form-a1 .problem").attr("data-code"));
    }

    @Test
    void a_memo_without_number_is_refused_beside_the_number() {
        ServiceStubs.collection.refuse("POST", "/api/collection/rounds", Problems.fieldProblem("VALIDATION_FAILED",
                "memo.number", "tidak boleh kosong"));

        WebSession.Page page = head.post("/kepala/nota-pengumpulan", Map.of("year", "2025", "quarter", "2",
                "number", "", "date", "2025-07-01", "idempotencyKey", "a1"));

        assertEquals(400, page.status());
        assertEquals("tidak boleh kosong", page.html().selectFirst("#a1-nomor + .field-error").text());
        assertTrue(readMemo().path("number").isNull());
    }

    @Test
    void the_measurement_memo_opens_the_period_in_measurement() throws IOException {
        ServiceStubs.measurement.answer("POST", B1, 200, """
                {"roundId": "5e0b6c1d-0000-4000-8000-000000000001", "year": 2025, "quarter": 2, "cycle": 1,
                 "recap": null, "steps": []}""");

        WebSession.Page answer = head.post("/kepala/nota-pengukuran", Map.of("year", "2025", "quarter", "2",
                "number", "800/113/DP-Trans/2025", "date", "2025-07-09", "idempotencyKey", "b1-kunci"));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith("/kepala?pesan=b1"));
        var sent = ServiceStubs.measurement.last("POST", B1);
        assertEquals("b1-kunci", sent.header("Idempotency-Key"));
        JsonNode body = JSON.readTree(sent.body());
        assertEquals("800/113/DP-Trans/2025", body.path("number").asText());
        assertEquals("2025-07-09", body.path("date").asText());
    }

    @Test
    void a_measurement_memo_recorded_before_is_refused_at_its_form() {
        ServiceStubs.measurement.refuse("POST", B1, 409, "STEP_ALREADY_RECORDED", "Langkah SOP sudah dicatat",
                "Langkah B1 periode 2025 Q2 sudah dicatat");

        WebSession.Page page = head.post("/kepala/nota-pengukuran", Map.of("year", "2025", "quarter", "2",
                "number", "800/113", "date", "2025-07-09", "idempotencyKey", "b1"));

        assertEquals(409, page.status());
        assertEquals("STEP_ALREADY_RECORDED", page.html().selectFirst("#form-b1 .problem").attr("data-code"));
    }

    @Test
    void a_measurement_memo_without_a_period_is_not_sent() {
        WebSession.Page page = head.post("/kepala/nota-pengukuran", Map.of("year", "", "quarter", "2",
                "number", "800/113", "date", "2025-07-09", "idempotencyKey", "b1"));

        assertEquals(400, page.status());
        assertEquals("tahun wajib diisi dengan angka", page.html().selectFirst("#b1-tahun + .field-error").text());
        assertFalse(ServiceStubs.measurement.requests().stream().anyMatch(request -> request.method().equals("POST")));
    }

    private static JsonNode readMemo() {
        try {
            return JSON.readTree(ServiceStubs.collection.last("POST", "/api/collection/rounds").body()).path("memo");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
