package id.go.kinerja.web.secretary;

import static id.go.kinerja.web.secretary.ApprovalAnswers.DETAIL;
import static id.go.kinerja.web.secretary.ApprovalAnswers.RECAP;
import static id.go.kinerja.web.secretary.ApprovalAnswers.ROUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class RecapReviewPageTest {

    private static final String PAGE = "/sekretaris/rekap/" + RECAP;
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebSession secretary;

    @BeforeEach
    void signIn() {
        ServiceStubs.reset();
        secretary = WebSession.signedInAs("sekretaris.disdagtrans");
    }

    @Test
    void the_recap_under_review_shows_each_item_with_target_realisation_capaian_predicate_division_and_decision() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.underReview().toString());

        WebSession.Page page = secretary.get(PAGE);

        assertEquals(200, page.status());
        assertEquals("Telaah rekap Triwulan I tahun 2025", page.html().selectFirst("h1").text());
        assertEquals("AWAITING_REVIEW", page.html().selectFirst("#status-rekap").attr("data-status"));
        assertEquals("100%", page.html().selectFirst("#capaian-iku").text());
        assertTrue(page.html().selectFirst("#hitungan").text().contains("3 indikator: 1 diterima, 0 dikembalikan, 2 belum diputuskan"));
        Element trained = page.html().getElementById("butir-IKP-02");
        assertTrue(cell(trained, "Indikator").startsWith("IKP-02 Jumlah pelaku usaha yang mengikuti pelatihan"));
        assertEquals("PERDAGANGAN", cell(trained, "Bidang"));
        assertEquals("25 orang", cell(trained, "Target"));
        assertEquals("20 orang", cell(trained, "Realisasi"));
        assertEquals("80%", trained.selectFirst("td[data-label=Capaian]").ownText());
        assertEquals("R / T × 100", trained.selectFirst("td[data-label=Capaian] .formula").text());
        assertEquals("Tinggi", cell(trained, "Predikat"));
        assertEquals("UNDECIDED", trained.attr("data-decision"));
        assertTrue(cell(trained, "Keputusan").contains("Belum diputuskan"));
        assertEquals("/sekretaris/rekap/" + RECAP + "/bukti/IKP-02/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                trained.selectFirst(".evidence a").attr("href"));
        // the no-data answer with its reason, and an item already accepted
        Element survey = page.html().getElementById("butir-IKP-07");
        assertTrue(survey.text().contains("TW 1: tidak ada data — Survei kepuasan triwulan I ditunda"), survey.text());
        assertTrue(survey.text().contains("Belum lengkap"));
        assertEquals("–", cell(survey, "Capaian"));
        assertEquals("ACCEPTED", survey.attr("data-decision"));
        Element grade = page.html().getElementById("butir-IKS-01");
        assertEquals("BB", cell(grade, "Target"));
        assertEquals("Sangat tinggi", cell(grade, "Predikat"));
        // the stable ids a browser clicks, with the revision and measurement the page showed
        assertNotNull(page.html().getElementById("terima-IKP-02"));
        assertNotNull(page.html().getElementById("alasan-IKP-02"));
        assertNotNull(page.html().getElementById("ke-pengumpulan-IKP-02"));
        assertNotNull(page.html().getElementById("ke-pengukuran-IKP-02"));
        assertNotNull(page.html().getElementById("kembalikan-IKP-02"));
        assertNotNull(page.html().getElementById("setujui"));
        assertNotNull(page.html().getElementById("kembalikan-rekap"));
        assertEquals("1", page.html().selectFirst("#form-persetujuan input[name=revision]").val());
        assertFalse(page.html().selectFirst("#form-persetujuan input[name=idempotencyKey]").val().isBlank());
        // capaian per level
        Element objective = page.html().selectFirst("#capaian-level tr[data-level=OBJECTIVE]");
        assertEquals("Sasaran", cell(objective, "Level"));
        assertEquals("100%", cell(objective, "Capaian"));
        assertTrue(page.html().selectFirst("#riwayat").text().contains("Belum ada telaah yang selesai"));
        assertEquals("Bearer", ServiceStubs.approval.last("GET", DETAIL).header("Authorization").substring(0, 6));
    }

    @Test
    void accepting_an_item_sends_the_revision_read_and_comes_back_to_the_item() {
        ServiceStubs.approval.answer("PUT", DETAIL + "/items/IKP-02/decision", 200, """
                {"indicatorCode": "IKP-02", "revision": 1, "measuredRevision": 1, "decision": "ACCEPTED", "reason": null,
                 "returnTo": null, "decidedBy": "sekretaris.disdagtrans", "decidedAt": "2025-04-11T02:00:00.000Z"}""");

        WebSession.Page answer = secretary.post(PAGE + "/butir/IKP-02",
                Map.of("revision", "1", "measuredRevision", "1", "decision", "ACCEPTED", "keputusan", ""));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith(PAGE + "?pesan=keputusan#butir-IKP-02"), answer.location());
        JsonNode sent = body(ServiceStubs.approval.last("PUT", DETAIL + "/items/IKP-02/decision").body());
        assertEquals(1, sent.path("revision").asInt());
        assertEquals(1, sent.path("measuredRevision").asInt());
        assertEquals("ACCEPTED", sent.path("decision").asText());
        assertFalse(sent.has("reason") || sent.has("returnTo"), sent.toString());

        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.underReview().toString());
        assertEquals("Keputusan atas butir tersimpan.", secretary.get(PAGE + "?pesan=keputusan").html()
                .selectFirst("#pesan").text());
    }

    @Test
    void returning_an_item_sends_the_reason_and_where_it_goes_back_to() {
        ServiceStubs.approval.answer("PUT", DETAIL + "/items/IKP-02/decision", 200, """
                {"indicatorCode": "IKP-02", "revision": 1, "measuredRevision": 1, "decision": "RETURNED",
                 "reason": "Daftar hadir menunjukkan 24 peserta", "returnTo": "COLLECTION",
                 "decidedBy": "sekretaris.disdagtrans", "decidedAt": "2025-04-11T02:00:00.000Z"}""");

        WebSession.Page answer = secretary.post(PAGE + "/butir/IKP-02", Map.of("revision", "1",
                "measuredRevision", "1", "decision", "RETURNED", "reason", "Daftar hadir menunjukkan 24 peserta",
                "returnTo", "COLLECTION", "keputusan", "belum"));

        assertEquals(303, answer.status());
        assertTrue(answer.location().contains("keputusan=belum"), answer.location());
        JsonNode sent = body(ServiceStubs.approval.last("PUT", DETAIL + "/items/IKP-02/decision").body());
        assertEquals("RETURNED", sent.path("decision").asText());
        assertEquals("Daftar hadir menunjukkan 24 peserta", sent.path("reason").asText());
        assertEquals("COLLECTION", sent.path("returnTo").asText());
    }

    @Test
    void a_return_without_reason_is_refused_beside_the_reason_field_keeping_where_it_was_to_go() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.underReview().toString());
        ServiceStubs.approval.refuse("PUT", DETAIL + "/items/IKP-02/decision", Problems.fieldProblem("VALIDATION_FAILED",
                "reason", "butir yang dikembalikan memerlukan alasan"));

        WebSession.Page page = secretary.post(PAGE + "/butir/IKP-02", Map.of("revision", "1", "measuredRevision", "1",
                "decision", "RETURNED", "reason", "  ", "returnTo", "MEASUREMENT"));

        assertEquals(400, page.status());
        Element item = page.html().getElementById("butir-IKP-02");
        assertEquals("VALIDATION_FAILED", item.selectFirst(".problem").attr("data-code"));
        assertEquals("butir yang dikembalikan memerlukan alasan", page.html().getElementById("alasan-IKP-02-galat").text());
        assertTrue(page.html().getElementById("ke-pengukuran-IKP-02").hasAttr("checked"));
        assertTrue(item.selectFirst("details").hasAttr("open"));
        assertNull(page.html().getElementById("butir-IKS-01").selectFirst(".problem"));
    }

    @Test
    void a_return_without_reason_nor_destination_marks_both_fields() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.underReview().toString());
        ServiceStubs.approval.refuse("PUT", DETAIL + "/items/IKS-01/decision", """
                {"type": "https://kinerja.go.id/problems/validation-failed", "code": "VALIDATION_FAILED",
                 "title": "Isian tidak valid", "status": 400, "detail": "butir yang dikembalikan memerlukan alasan",
                 "errors": [{"field": "reason", "message": "butir yang dikembalikan memerlukan alasan"},
                            {"field": "returnTo", "message": "butir yang dikembalikan memerlukan returnTo: COLLECTION atau MEASUREMENT"}]}""");

        WebSession.Page page = secretary.post(PAGE + "/butir/IKS-01", Map.of("revision", "1", "decision", "RETURNED"));

        assertEquals(400, page.status());
        assertEquals("butir yang dikembalikan memerlukan alasan", page.html().getElementById("alasan-IKS-01-galat").text());
        assertTrue(page.html().getElementById("tujuan-IKS-01-galat").text().contains("COLLECTION atau MEASUREMENT"));
        assertFalse(body(ServiceStubs.approval.last("PUT", DETAIL + "/items/IKS-01/decision").body()).has("returnTo"));
    }

    @Test
    void a_decision_on_a_recap_approved_meanwhile_shows_the_refusal_on_the_now_locked_page() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.approved().toString());
        ServiceStubs.approval.refuse("PUT", DETAIL + "/items/IKP-02/decision", 409, "RECAP_LOCKED",
                "Rekap sudah disetujui", "Rekap " + RECAP + " berstatus APPROVED: data yang disetujui tidak dapat diubah");

        WebSession.Page page = secretary.post(PAGE + "/butir/IKP-02",
                Map.of("revision", "1", "measuredRevision", "1", "decision", "ACCEPTED"));

        assertEquals(409, page.status());
        assertEquals("RECAP_LOCKED", page.html().selectFirst("main > .problem").attr("data-code"));
        assertTrue(page.html().selectFirst("main > .problem").text().contains("data yang disetujui tidak dapat diubah"));
        assertNull(page.html().getElementById("terima-IKP-02"));
        assertNull(page.html().getElementById("setujui"));
        assertTrue(page.html().selectFirst("#riwayat").text().contains("Revisi 1: Disetujui"));
    }

    @Test
    void a_decision_on_a_revision_no_longer_under_review_says_which_one_is() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.revisionTwo().toString());
        ServiceStubs.approval.refuse("PUT", DETAIL + "/items/IKP-02/decision", 409, "REVISION_NOT_UNDER_REVIEW",
                "Revisi tidak sedang direviu", "Revisi 1 bukan yang sedang direviu; yang sedang direviu adalah revisi 2 (pengukuran 1)");

        WebSession.Page page = secretary.post(PAGE + "/butir/IKP-02",
                Map.of("revision", "1", "measuredRevision", "1", "decision", "ACCEPTED"));

        assertEquals(409, page.status());
        Element problem = page.html().getElementById("butir-IKP-02").selectFirst(".problem");
        assertEquals("REVISION_NOT_UNDER_REVIEW", problem.attr("data-code"));
        assertTrue(problem.text().contains("yang sedang direviu adalah revisi 2"));
        // the page shows the revision now under review, so the next decision names it
        assertEquals("2", page.html().selectFirst("#form-persetujuan input[name=revision]").val());
    }

    @Test
    void a_decision_on_a_returned_revision_is_refused_until_the_next_one_arrives() {
        ObjectNode returned = ApprovalAnswers.underReview();
        returned.put("status", "RETURNED");
        ServiceStubs.approval.answer("GET", DETAIL, 200, returned.toString());
        ServiceStubs.approval.refuse("PUT", DETAIL + "/items/IKP-02/decision", 409, "REVISION_RETURNED",
                "Revisi sudah dikembalikan", "Revisi 1 rekap " + RECAP + " telah dikembalikan; revisi berikutnya belum tiba");

        WebSession.Page page = secretary.post(PAGE + "/butir/IKP-02",
                Map.of("revision", "1", "decision", "ACCEPTED"));

        assertEquals(409, page.status());
        assertEquals("REVISION_RETURNED", page.html().selectFirst("main > .problem").attr("data-code"));
        assertEquals("Dikembalikan untuk diperbaiki", page.html().selectFirst("#status-rekap").text());
    }

    @Test
    void an_item_that_is_not_in_the_revision_is_refused_with_404() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.underReview().toString());
        ServiceStubs.approval.refuse("PUT", DETAIL + "/items/IKX-99/decision", 404, "ITEM_NOT_FOUND",
                "Butir tidak ditemukan", "Indikator IKX-99 tidak ada pada revisi 1 rekap " + RECAP);

        WebSession.Page page = secretary.post(PAGE + "/butir/IKX-99", Map.of("revision", "1", "decision", "ACCEPTED"));

        assertEquals(404, page.status());
        assertEquals("ITEM_NOT_FOUND", page.html().selectFirst("main > .problem").attr("data-code"));
    }

    @Test
    void approving_with_undecided_or_returned_items_lists_them_with_links_and_keeps_the_note() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.underReview().toString());
        ServiceStubs.approval.refuse("POST", DETAIL + "/approval", """
                {"type": "https://kinerja.go.id/problems/items-not-accepted", "code": "ITEMS_NOT_ACCEPTED",
                 "title": "Belum semua butir diterima", "status": 409,
                 "detail": "Persetujuan memerlukan semua butir diterima: 1 belum diputuskan, 1 dikembalikan",
                 "context": {"undecided": ["IKS-01"], "returned": ["IKP-02"]}}""");

        WebSession.Page page = secretary.post(PAGE + "/persetujuan", Map.of("revision", "1", "measuredRevision", "1",
                "note", "Lengkap", "idempotencyKey", "kunci-1"));

        assertEquals(409, page.status());
        Element form = page.html().getElementById("form-persetujuan");
        assertEquals("ITEMS_NOT_ACCEPTED", form.selectFirst(".problem").attr("data-code"));
        assertEquals("IKS-01: belum diputuskan", form.selectFirst("#belum-diterima li[data-code=IKS-01]").text());
        assertEquals("#butir-IKP-02", form.selectFirst("#belum-diterima li[data-code=IKP-02] a").attr("href"));
        assertEquals("Lengkap", page.html().getElementById("catatan-persetujuan").text());
        assertEquals("kunci-1", ServiceStubs.approval.last("POST", DETAIL + "/approval").header("Idempotency-Key"));
    }

    @Test
    void approving_sends_the_revision_and_note_with_an_idempotency_key_and_says_the_data_is_locked() {
        ServiceStubs.approval.answer("POST", DETAIL + "/approval", 200, """
                {"revision": 1, "measuredRevision": 1, "decision": "APPROVED", "decidedBy": "sekretaris.disdagtrans",
                 "decidedAt": "2025-04-11T02:10:00.000Z", "note": "Lengkap, disetujui", "items": []}""");

        WebSession.Page answer = secretary.post(PAGE + "/persetujuan", Map.of("revision", "1", "measuredRevision", "1",
                "note", "Lengkap, disetujui", "idempotencyKey", "2f0c7d1e-0000-4000-8000-000000000001"));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith(PAGE + "?pesan=disetujui"), answer.location());
        var sent = ServiceStubs.approval.last("POST", DETAIL + "/approval");
        assertEquals("2f0c7d1e-0000-4000-8000-000000000001", sent.header("Idempotency-Key"));
        JsonNode body = body(sent.body());
        assertEquals(1, body.path("revision").asInt());
        assertEquals("Lengkap, disetujui", body.path("note").asText());

        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.approved().toString());
        WebSession.Page page = secretary.get(PAGE + "?pesan=disetujui");
        assertEquals("Rekap disetujui. Datanya terkunci dan menunggu disposisi Kepala Dinas.", page.html().selectFirst("#pesan").text());
        assertEquals("Disetujui, menunggu disposisi Kepala Dinas", page.html().selectFirst("#status-rekap").text());
    }

    @Test
    void a_key_used_for_another_request_is_shown_at_the_form() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.underReview().toString());
        ServiceStubs.approval.refuse("POST", DETAIL + "/return", 409, "IDEMPOTENCY_KEY_REUSED",
                "Idempotency-Key sudah dipakai", "Kunci ini milik permintaan lain; gunakan kunci baru.");

        WebSession.Page page = secretary.post(PAGE + "/pengembalian", Map.of("revision", "1", "note", "Perbaiki",
                "idempotencyKey", "lama"));

        assertEquals(409, page.status());
        assertEquals("IDEMPOTENCY_KEY_REUSED", page.html().selectFirst("#form-pengembalian .problem").attr("data-code"));
        assertFalse(page.html().selectFirst("#form-pengembalian input[name=idempotencyKey]").val().equals("lama"));
    }

    @Test
    void returning_the_recap_without_a_returned_item_is_refused_and_with_one_goes_back() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.underReview().toString());
        ServiceStubs.approval.refuse("POST", DETAIL + "/return", 409, "NOTHING_RETURNED",
                "Tidak ada butir yang dikembalikan", "Pengembalian memerlukan sedikitnya satu butir yang dikembalikan dengan alasan");

        WebSession.Page refused = secretary.post(PAGE + "/pengembalian", Map.of("revision", "1", "measuredRevision", "1",
                "note", "Dua indikator perlu diperbaiki", "idempotencyKey", "k-1"));

        assertEquals(409, refused.status());
        assertEquals("NOTHING_RETURNED", refused.html().selectFirst("#form-pengembalian .problem").attr("data-code"));
        assertEquals("Dua indikator perlu diperbaiki", refused.html().getElementById("catatan-pengembalian").text());

        ServiceStubs.approval.answer("POST", DETAIL + "/return", 200, """
                {"revision": 1, "measuredRevision": 1, "decision": "RETURNED", "decidedBy": "sekretaris.disdagtrans",
                 "decidedAt": "2025-04-11T02:10:00.000Z", "note": "Dua indikator perlu diperbaiki", "items": []}""");
        WebSession.Page answer = secretary.post(PAGE + "/pengembalian", Map.of("revision", "1", "measuredRevision", "1",
                "note", "Dua indikator perlu diperbaiki", "idempotencyKey", "k-2"));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith("?pesan=dikembalikan"));
        assertEquals("k-2", ServiceStubs.approval.last("POST", DETAIL + "/return").header("Idempotency-Key"));
    }

    @Test
    void accepting_every_undecided_item_sends_them_in_one_bulk_decision() {
        ObjectNode undecided = ApprovalAnswers.underReview();
        ((com.fasterxml.jackson.databind.node.ArrayNode) undecided.path("document").path("items")).remove(1);
        ServiceStubs.approval.answer("GET", DETAIL, 200, undecided.toString());
        ServiceStubs.approval.answer("PUT", DETAIL + "/decisions", 200, "[]");

        WebSession.Page answer = secretary.post(PAGE + "/terima-semua", Map.of("revision", "1", "measuredRevision", "1"));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith("?pesan=semua"));
        assertEquals("decision=UNDECIDED", ServiceStubs.approval.last("GET", DETAIL).query());
        JsonNode sent = body(ServiceStubs.approval.last("PUT", DETAIL + "/decisions").body());
        assertEquals(1, sent.path("revision").asInt());
        assertEquals("IKP-02", sent.path("decisions").path(0).path("indicatorCode").asText());
        assertEquals("ACCEPTED", sent.path("decisions").path(0).path("decision").asText());
        assertEquals("IKS-01", sent.path("decisions").path(1).path("indicatorCode").asText());
        assertEquals(2, sent.path("decisions").size());
    }

    @Test
    void the_filter_asks_approval_for_the_items_of_one_decision() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.underReview().toString());

        WebSession.Page page = secretary.get(PAGE + "?keputusan=dikembalikan");

        assertEquals("decision=RETURNED", ServiceStubs.approval.last("GET", DETAIL).query());
        assertEquals("page", page.html().getElementById("saring-dikembalikan").attr("aria-current"));
        assertEquals("dikembalikan", page.html().selectFirst("#kesimpulan input[name=keputusan]").val());
    }

    @Test
    void revision_two_shows_why_items_went_back_and_what_changed_since() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.revisionTwo().toString());

        WebSession.Page page = secretary.get(PAGE);

        assertEquals("2", page.html().selectFirst("#revisi").text());
        assertTrue(page.html().selectFirst("#perubahan").text().contains("1 butir berubah atau baru: IKP-02."),
                page.html().selectFirst("#perubahan").text());
        Element trained = page.html().getElementById("butir-IKP-02").selectFirst(".changes");
        assertTrue(trained.text().contains("Dikembalikan pada revisi 1 ke pengumpulan data: "
                + "“Daftar hadir pelatihan menunjukkan 24 peserta, bukan 20”"), trained.text());
        assertTrue(trained.text().contains("Realisasi: TW 1: 20 → TW 1: 24"), trained.text());
        assertTrue(trained.text().contains("Capaian: 80% → 96%"));
        assertTrue(trained.text().contains("Predikat: Tinggi → Sangat tinggi"));
        // returned to measurement and nothing changed: said so, for her to return it again
        Element grade = page.html().getElementById("butir-IKS-01").selectFirst(".changes");
        assertEquals("true", grade.attr("data-unchanged"));
        assertTrue(grade.text().contains("Tidak berubah sejak revisi 1"));
        assertTrue(grade.text().contains("pengukuran: “Gunakan skala SAKIP”"));
        assertTrue(page.html().getElementById("butir-IKP-07").selectFirst(".changes").text()
                .contains("Diterima pada revisi 1; tidak berubah."));
        Element history = page.html().selectFirst("#riwayat li[data-revision=1]");
        assertTrue(history.text().contains("Revisi 1: Dikembalikan"));
        assertTrue(history.text().contains("IKP-02 dikembalikan ke pengumpulan data"));
        assertEquals("/sekretaris/rekap/" + RECAP + "/revisi/1?pengukuran=1",
                page.html().getElementById("lihat-revisi-1-1").attr("href"));
    }

    @Test
    void an_earlier_revision_is_shown_as_it_was_reviewed_without_forms() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.revisionTwo().toString());
        ObjectNode first = ApprovalAnswers.underReview();
        ObjectNode revision = ApprovalAnswers.read("{\"recapId\": \"" + RECAP + "\", \"outcome\": \"RETURNED\", "
                + "\"measuredRevisions\": [1]}");
        revision.set("document", first.path("document"));
        revision.set("review", ApprovalAnswers.revisionTwo().path("reviews").path(0));
        ServiceStubs.approval.answer("GET", DETAIL + "/revisions/1", 200, revision.toString());

        WebSession.Page page = secretary.get(PAGE + "/revisi/1?pengukuran=1");

        assertEquals(200, page.status());
        assertEquals("measuredRevision=1", ServiceStubs.approval.last("GET", DETAIL + "/revisions/1").query());
        assertEquals("RETURNED", page.html().getElementById("hasil-revisi").attr("data-outcome"));
        assertTrue(page.html().text().contains("Catatan Sekretaris: “Dua indikator perlu diperbaiki”"));
        assertEquals("20 orang", cell(page.html().getElementById("butir-IKP-02"), "Realisasi"));
        assertNull(page.html().getElementById("terima-IKP-02"));
        assertEquals("/sekretaris/rekap/" + RECAP, page.html().getElementById("ke-rekap").attr("href"));
    }

    @Test
    void a_recap_of_another_agency_or_none_answers_the_services_404() {
        ServiceStubs.approval.refuse("GET", DETAIL, 404, "RECAP_NOT_FOUND", "Rekap tidak ditemukan",
                "Rekap " + RECAP + " tidak ada");

        WebSession.Page page = secretary.get(PAGE);

        assertEquals(404, page.status());
        assertEquals("RECAP_NOT_FOUND", page.html().selectFirst(".problem").attr("data-code"));
    }

    @Test
    void evidence_is_passed_on_from_collection_as_attached() {
        ServiceStubs.approval.answer("GET", DETAIL, 200, ApprovalAnswers.underReview().toString());
        String evidence = "/api/collection/rounds/" + ROUND + "/entries/IKP-02/evidence/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
        ServiceStubs.collection.answerFile("GET", evidence, "application/pdf",
                "%PDF-1.7 daftar hadir".getBytes(StandardCharsets.UTF_8), "daftar-hadir.pdf");

        var file = secretary.download(PAGE + "/bukti/IKP-02/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.contentType());
        assertTrue(file.header("Content-Disposition").contains("daftar-hadir.pdf"));
        assertEquals("%PDF-1.7 daftar hadir", file.asString());
    }


    @Test
    void a_decision_while_approval_does_not_answer_says_nothing_changed() {
        ServiceStubs.approval.stopAnswering();
        try {
            WebSession.Page page = secretary.post(PAGE + "/butir/IKP-02", Map.of("revision", "1", "decision", "ACCEPTED"));

            assertEquals(503, page.status());
            assertTrue(page.html().selectFirst(".problem").text().contains("approval-service tidak menjawab"));
        } finally {
            ServiceStubs.approval.answerAgain();
        }
    }

    private static String cell(Element row, String label) {
        return row.selectFirst("td[data-label=" + label + "]").text();
    }

    private static JsonNode body(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
