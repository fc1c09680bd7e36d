package id.go.kinerja.web.entry;

import static id.go.kinerja.web.entry.Collection.ENTERED;
import static id.go.kinerja.web.entry.Collection.NOT_ENTERED;
import static id.go.kinerja.web.entry.Collection.PROPOSED;
import static id.go.kinerja.web.entry.Collection.ROUND;
import static id.go.kinerja.web.entry.Collection.ROUNDS;
import static id.go.kinerja.web.entry.Collection.VERIFIED;
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
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class VerificationPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "/verifikasi/putaran/" + ROUND;
    private static final String VERIFICATION = ROUNDS + "/entries/IKP-05/verification";

    private WebSession head;

    @BeforeEach
    void signIn() {
        ServiceStubs.reset();
        head = WebSession.signedInAs("kabid.perdagangan");
    }

    @Test
    void the_division_head_sees_the_rounds_with_the_entries_waiting_for_verification() {
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, """
                {"items": [{"kind": "VERIFY", "roundId": "%s", "year": 2025, "quarter": 1, "indicatorCode": "IKP-05",
                            "state": "ENTERED"}]}""".formatted(ROUND));
        ServiceStubs.collection.answer("GET", "/api/collection/rounds", 200, """
                {"items": [{"roundId": "%s", "year": 2025, "quarter": 1, "status": "OPEN", "openedBy": "kepala.disdagtrans",
                   "openedAt": "2025-03-31T01:00:00Z", "items": 22, "entries": {"ENTERED": 1, "NOT_ENTERED": 21},
                   "updatedAt": "2025-03-31T01:00:00Z"}], "page": 0, "size": 50, "total": 1}""".formatted(ROUND));

        WebSession.Page page = head.get("/verifikasi");

        Element row = page.html().selectFirst("#daftar-putaran tbody tr");
        assertEquals("1", row.selectFirst("td.num").text());
        assertEquals(PAGE, page.html().getElementById("buka-" + ROUND).attr("href"));
        assertEquals("Verifikasi", page.html().getElementById("buka-" + ROUND).text());
    }

    @Test
    void an_entered_value_is_shown_with_its_evidence_to_verify_or_send_back() {
        Collection.round("OPEN", ENTERED, VERIFIED, NOT_ENTERED, PROPOSED);
        Collection.evidenceOf("IKP-05");

        WebSession.Page page = head.get(PAGE);

        assertEquals(200, page.status());
        var html = page.html();
        assertEquals("1.620 unit", html.getElementById("realisasi-IKP-05").text());
        assertEquals("1.500 unit", html.getElementById("target-IKP-05").text());
        assertEquals("Laporan UPT Metrologi Maret", html.getElementById("catatan-saat-ini-IKP-05").text());
        assertEquals(PAGE + "/butir/IKP-05/bukti/" + Collection.EVIDENCE_ID,
                html.selectFirst("#daftar-bukti-IKP-05 a.unduh-bukti").attr("href"));
        assertNull(html.getElementById("hapus-bukti-" + Collection.EVIDENCE_ID));
        assertEquals("VERIFY", html.getElementById("verifikasi-IKP-05").val());
        assertEquals("SEND_BACK", html.getElementById("kembalikan-IKP-05").val());
        assertNotNull(html.getElementById("alasan-IKP-05"));
        assertEquals("\"2\"", html.selectFirst("#verifikasi-form-IKP-05 input[name=etag]").val());
        // verified while the round is open: it may still go back, not be verified again
        assertNull(html.getElementById("verifikasi-IKP-06"));
        assertNotNull(html.getElementById("kembalikan-IKP-06"));
        // nothing entered, or a pushed value the operator has not confirmed: nothing to decide
        assertNotNull(html.getElementById("tidak-perlu-IKP-01"));
        assertNotNull(html.getElementById("tidak-perlu-IKU-03"));
        assertNull(html.getElementById("kembalikan-IKU-03"));
    }

    @Test
    void an_approved_round_has_nothing_to_decide() {
        Collection.round("APPROVED", Collection.with(VERIFIED, "state", "\"LOCKED\""));

        WebSession.Page page = head.get(PAGE);

        assertNotNull(page.html().getElementById("hanya-baca"));
        assertTrue(page.html().select("form.verify").isEmpty());
        assertEquals("Terkunci", page.html().getElementById("keadaan-IKP-06").text());
    }

    @Test
    void verifying_sends_the_decision_with_the_etag_read_and_the_key_made_with_the_page() {
        Collection.round("OPEN", ENTERED);
        ServiceStubs.collection.answer("POST", VERIFICATION, 200, ENTERED);
        String key = head.get(PAGE).html().selectFirst("#verifikasi-form-IKP-05 input[name=kunci]").val();

        WebSession.Page verified = head.post(PAGE + "/butir/IKP-05",
                Map.of("etag", "\"2\"", "kunci", key, "keputusan", "VERIFY", "alasan", ""));

        assertEquals(303, verified.status());
        assertTrue(verified.location().endsWith(PAGE + "?pesan=diverifikasi#butir-IKP-05"), verified.location());
        var sent = ServiceStubs.collection.last("POST", VERIFICATION);
        assertEquals("\"2\"", sent.header("If-Match"));
        assertEquals(key, sent.header("Idempotency-Key"));
        JsonNode body = json(sent.body());
        assertEquals("VERIFY", body.path("decision").asText());
        assertFalse(body.has("reason"));
        assertEquals("Realisasi telah diverifikasi.", head.get(PAGE + "?pesan=diverifikasi").html().getElementById("pesan").text());
    }

    @Test
    void sending_back_sends_the_reason() {
        Collection.round("OPEN", ENTERED);
        ServiceStubs.collection.answer("POST", VERIFICATION, 200, ENTERED);

        WebSession.Page sentBack = head.post(PAGE + "/butir/IKP-05", Map.of("etag", "\"2\"", "kunci", "k-2",
                "keputusan", "SEND_BACK", "alasan", "Angka tidak sesuai laporan UPT"));

        assertTrue(sentBack.location().endsWith("?pesan=dikembalikan#butir-IKP-05"));
        JsonNode body = json(ServiceStubs.collection.last("POST", VERIFICATION).body());
        assertEquals("SEND_BACK", body.path("decision").asText());
        assertEquals("Angka tidak sesuai laporan UPT", body.path("reason").asText());
    }

    @Test
    void sending_back_without_a_reason_is_marked_on_the_reason() {
        Collection.round("OPEN", ENTERED);
        ServiceStubs.collection.refuse("POST", VERIFICATION, Problems.fieldProblem("VALIDATION_FAILED", "reason",
                "sebutkan alasan entri dikembalikan ke operator"));

        WebSession.Page page = head.post(PAGE + "/butir/IKP-05", Map.of("etag", "\"2\"", "kunci", "k-3",
                "keputusan", "SEND_BACK", "alasan", " "));

        assertEquals(400, page.status());
        assertEquals("sebutkan alasan entri dikembalikan ke operator", page.html().getElementById("galat-alasan-IKP-05").text());
        assertEquals("true", page.html().getElementById("alasan-IKP-05").attr("aria-invalid"));
    }

    @Test
    void a_value_changed_since_the_page_was_read_is_not_verified_unseen() {
        Collection.round("OPEN", ENTERED);
        ServiceStubs.collection.refuse("POST", VERIFICATION, 412, "VERSION_STALE", "Data telah diubah",
                "Entri IKP-05 telah diubah sejak Anda membacanya; tidak ada yang disimpan.");
        Collection.entryNow(Collection.with(ENTERED, "value", "1700").replace("\"version\": 2", "\"version\": 3"));

        WebSession.Page page = head.post(PAGE + "/butir/IKP-05", Map.of("etag", "\"2\"", "kunci", "k-4",
                "keputusan", "VERIFY", "alasan", ""));

        assertEquals(412, page.status());
        assertTrue(page.html().getElementById("berubah-IKP-05").text().contains("1.700 unit"));
        assertEquals("\"3\"", page.html().selectFirst("#verifikasi-form-IKP-05 input[name=etag]").val());
        assertEquals("VERSION_STALE", page.html().selectFirst("#butir-IKP-05 .problem").attr("data-code"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "403|OWN_ENTRY_VERIFICATION|Tidak dapat memverifikasi entri sendiri|Anda yang mengisi IKP-05; orang lain yang memverifikasinya.|ENTERED",
            "409|ENTRY_ALREADY_VERIFIED|Entri sudah diverifikasi|Entri IKP-05 sudah diverifikasi.|VERIFIED",
            "409|ENTRY_SENT_BACK|Entri dikembalikan ke operator|Entri IKP-05 dikembalikan dan menunggu perbaikan operator.|SENT_BACK",
            "409|ENTRY_LOCKED|Entri terkunci|Rekap telah disetujui; entri tidak dapat diubah lagi.|LOCKED",
            "409|ENTRIES_READ_ONLY_SUBMITTED|Rekap sudah diajukan|Rekap sedang direviu; entri hanya dapat dibaca.|VERIFIED"})
    void a_decision_the_service_refuses_says_why_beside_the_item(int status, String code, String title, String detail,
                                                                 String stateNow) {
        Collection.round("OPEN", ENTERED);
        ServiceStubs.collection.refuse("POST", VERIFICATION, status, code, title, detail);
        Collection.entryNow(Collection.with(ENTERED, "state", "\"" + stateNow + "\""));

        WebSession.Page page = head.post(PAGE + "/butir/IKP-05", Map.of("etag", "\"2\"", "kunci", "k-5",
                "keputusan", "VERIFY", "alasan", ""));

        Collection.assertRefused(page, status, "#butir-IKP-05", code, detail);
    }

    @Test
    void another_divisions_entry_is_refused_at_the_top_of_the_page() {
        Collection.round("OPEN", ENTERED);
        ServiceStubs.collection.refuse("POST", ROUNDS + "/entries/IKT-01/verification", 403, "ENTRY_NOT_IN_YOUR_DIVISION",
                "Bukan data bidang Anda", "Indikator IKT-01 diampu bidang TRANSMIGRASI.");

        WebSession.Page page = head.post(PAGE + "/butir/IKT-01", Map.of("etag", "\"0\"", "kunci", "k-6", "keputusan", "VERIFY"));

        assertEquals(403, page.status());
        assertEquals("ENTRY_NOT_IN_YOUR_DIVISION", page.html().selectFirst("main > .problem").attr("data-code"));
    }

    @Test
    void the_division_head_downloads_the_evidence() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        ServiceStubs.collection.answerFile("GET", ROUNDS + "/entries/IKP-05/evidence/" + Collection.EVIDENCE_ID,
                "image/png", png, "foto-kegiatan.png");

        var download = head.download(PAGE + "/butir/IKP-05/bukti/" + Collection.EVIDENCE_ID);

        assertEquals(200, download.statusCode());
        assertEquals("image/png", download.contentType());
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
        assertTrue(download.header("Content-Disposition").contains("foto-kegiatan.png"));
        assertEquals(4, download.asByteArray().length);
    }

    @Test
    void evidence_of_another_division_is_refused() {
        ServiceStubs.collection.refuse("GET", ROUNDS + "/entries/IKT-01/evidence/" + Collection.EVIDENCE_ID, 403,
                "ENTRY_NOT_IN_YOUR_DIVISION", "Bukan data bidang Anda", "Indikator IKT-01 diampu bidang TRANSMIGRASI.");

        WebSession.Page page = head.get(PAGE + "/butir/IKT-01/bukti/" + Collection.EVIDENCE_ID);

        assertEquals(403, page.status());
        assertTrue(page.html().selectFirst(".problem").text().contains("diampu bidang TRANSMIGRASI"));
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
