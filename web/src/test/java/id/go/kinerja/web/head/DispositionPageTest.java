package id.go.kinerja.web.head;

import static id.go.kinerja.web.secretary.ApprovalAnswers.DETAIL;
import static id.go.kinerja.web.secretary.ApprovalAnswers.RECAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.web.secretary.ApprovalAnswers;
import id.go.kinerja.web.stub.Problems;
import id.go.kinerja.web.stub.ServiceStubs;
import id.go.kinerja.web.stub.WebSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class DispositionPageTest {

    private static final String PAGE = "/kepala/rekap/" + RECAP;
    private static final String DISPOSITION = DETAIL + "/disposition";

    private WebSession head;

    @BeforeEach
    void signIn() {
        ServiceStubs.reset();
        head = WebSession.signedInAs("kepala.disdagtrans");
    }

    @Test
    void an_approved_recap_shows_its_capaian_items_and_review_and_the_disposition_form() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.approved().toString());

        WebSession.Page page = head.get(PAGE);

        assertEquals(200, page.status());
        assertNotNull(page.html().getElementById("disposisi-teks"));
        assertNotNull(page.html().getElementById("disposisi-kirim"));
        assertEquals("Sangat tinggi", page.html().selectFirst("#capaian-level tr[data-level=OBJECTIVE] td[data-label=Predikat]").text());
        assertEquals("ACCEPTED", page.html().getElementById("butir-IKP-02").attr("data-decision"));
        assertNull(page.html().getElementById("terima-IKP-02"));
        assertTrue(page.html().selectFirst("#riwayat").text().contains("Catatan: “Lengkap, disetujui”"));
    }

    @Test
    void the_disposition_is_sent_once_with_an_idempotency_key() throws IOException {
        ServiceStubs.approval.answer("POST", DISPOSITION, 200, """
                {"text": "Gunakan sebagai bahan LKjIP", "decidedBy": "kepala.disdagtrans",
                 "decidedAt": "2025-04-12T03:00:00.000Z"}""");

        WebSession.Page answer = head.post(PAGE + "/disposisi", Map.of("text", "Gunakan sebagai bahan LKjIP",
                "idempotencyKey", "disposisi-kunci"));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith(PAGE + "?pesan=disposisi"));
        var sent = ServiceStubs.approval.last("POST", DISPOSITION);
        assertEquals("disposisi-kunci", sent.header("Idempotency-Key"));
        assertEquals("Gunakan sebagai bahan LKjIP", new ObjectMapper().readTree(sent.body()).path("text").asText());

        ObjectNode disposed = ApprovalAnswers.approved();
        disposed.put("status", "DISPOSED");
        disposed.set("disposition", new ObjectMapper().readTree("""
                {"text": "Gunakan sebagai bahan LKjIP", "decidedBy": "kepala.disdagtrans",
                 "decidedAt": "2025-04-12T03:00:00.000Z"}"""));
        ServiceStubs.approval.answer("GET", DETAIL, 200, disposed.toString());
        WebSession.Page page = head.get(PAGE + "?pesan=disposisi");
        assertEquals("Disposisi tersimpan; rekap diteruskan ke arsip untuk disegel.", page.html().getElementById("pesan").text());
        assertEquals("Gunakan sebagai bahan LKjIP", page.html().getElementById("disposisi").text());
        assertNull(page.html().getElementById("disposisi-kirim"));
    }

    @Test
    void a_disposition_without_text_is_refused_beside_the_field() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.approved().toString());
        ServiceStubs.approval.refuse("POST", DISPOSITION, Problems.fieldProblem("VALIDATION_FAILED", "text",
                "tidak boleh kosong"));

        WebSession.Page page = head.post(PAGE + "/disposisi", Map.of("text", " ", "idempotencyKey", "k"));

        assertEquals(400, page.status());
        assertEquals("VALIDATION_FAILED", page.html().selectFirst("#form-disposisi .problem").attr("data-code"));
        assertEquals("tidak boleh kosong", page.html().getElementById("disposisi-teks-galat").text());
    }

    @Test
    void a_second_disposition_or_one_before_approval_is_refused_with_the_services_words() {
        ObjectNode disposed = ApprovalAnswers.approved();
        disposed.put("status", "DISPOSED");
        ServiceStubs.approval.answer("GET", DETAIL, 200, disposed.toString());
        ServiceStubs.approval.refuse("POST", DISPOSITION, 409, "DISPOSITION_RECORDED", "Disposisi sudah dicatat",
                "Kepala Perangkat Daerah sudah mencatat disposisi rekap " + RECAP);

        WebSession.Page twice = head.post(PAGE + "/disposisi", Map.of("text", "Lagi", "idempotencyKey", "k2"));

        assertEquals(409, twice.status());
        assertEquals("DISPOSITION_RECORDED", twice.html().selectFirst("main > .problem").attr("data-code"));

        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.underReview().toString());
        ServiceStubs.approval.refuse("POST", DISPOSITION, 409, "RECAP_NOT_APPROVED", "Rekap belum disetujui",
                "Rekap " + RECAP + " berstatus AWAITING_REVIEW: disposisi memerlukan rekap yang disetujui");

        WebSession.Page early = head.post(PAGE + "/disposisi", Map.of("text", "Segera", "idempotencyKey", "k3"));

        assertEquals(409, early.status());
        assertEquals("RECAP_NOT_APPROVED", early.html().selectFirst("main > .problem").attr("data-code"));
        assertNotNull(early.html().getElementById("belum-disetujui"));
    }

    @Test
    void an_archived_recap_shows_where_the_archive_keeps_it() throws IOException {
        ObjectNode archived = ApprovalAnswers.approved();
        archived.put("status", "ARCHIVED");
        archived.set("archive", new ObjectMapper().readTree("""
                {"archiveId": "ARS-2025-0001", "contentHash": "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea",
                 "chainPosition": 17, "archivedAt": "2025-04-12T03:01:00.000Z"}"""));
        ServiceStubs.approval.answer("GET", DETAIL, 200, archived.toString());

        WebSession.Page page = head.get(PAGE);

        assertEquals("Diarsipkan", page.html().getElementById("status-rekap").text());
        assertTrue(page.html().getElementById("arsip").text().contains("ARS-2025-0001"));
    }
}
