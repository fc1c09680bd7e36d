package id.go.kinerja.web.entry;

import static id.go.kinerja.web.entry.Collection.ENTERED;
import static id.go.kinerja.web.entry.Collection.NOT_ENTERED;
import static id.go.kinerja.web.entry.Collection.PROPOSED;
import static id.go.kinerja.web.entry.Collection.RETURNED;
import static id.go.kinerja.web.entry.Collection.ROUND;
import static id.go.kinerja.web.entry.Collection.ROUNDS;
import static id.go.kinerja.web.entry.Collection.SENT_BACK;
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
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class EntryPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "/isian/putaran/" + ROUND;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private WebSession operator;

    @BeforeEach
    void signIn() {
        ServiceStubs.reset();
        operator = WebSession.signedInAs("operator.perdagangan");
    }

    @Test
    void the_operator_sees_the_rounds_with_what_waits_for_them_in_each() {
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, """
                {"items": [
                  {"kind": "ENTER", "roundId": "%1$s", "year": 2025, "quarter": 1, "indicatorCode": "IKP-01", "state": "NOT_ENTERED"},
                  {"kind": "CORRECT", "roundId": "%1$s", "year": 2025, "quarter": 1, "indicatorCode": "IKP-02", "state": "SENT_BACK"}
                ]}""".formatted(ROUND));
        ServiceStubs.collection.answer("GET", "/api/collection/rounds", 200, """
                {"items": [
                  {"roundId": "%s", "year": 2025, "quarter": 1, "status": "OPEN", "openedBy": "kepala.disdagtrans",
                   "openedAt": "2025-03-31T01:00:00Z", "items": 22, "entries": {"NOT_ENTERED": 20, "SENT_BACK": 2},
                   "updatedAt": "2025-03-31T01:00:00Z"},
                  {"roundId": "7f1c0000-0000-0000-0000-000000000000", "year": 2024, "quarter": 4, "status": "ARCHIVED",
                   "openedBy": "kepala.disdagtrans", "openedAt": "2024-12-20T01:00:00Z", "items": 22,
                   "entries": {"LOCKED": 22}, "updatedAt": "2025-01-20T01:00:00Z"}
                ], "page": 0, "size": 50, "total": 2}""".formatted(ROUND));

        WebSession.Page page = operator.get("/isian");

        assertEquals(200, page.status());
        var rows = page.html().select("#daftar-putaran tbody tr");
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).text().contains("Triwulan I tahun 2025"), rows.get(0).text());
        assertTrue(rows.get(0).text().contains("Terbuka untuk pengisian"));
        assertEquals("2", rows.get(0).selectFirst("td.num").text());
        assertEquals(PAGE, page.html().getElementById("buka-" + ROUND).attr("href"));
        assertEquals("Isi realisasi", page.html().getElementById("buka-" + ROUND).text());
        assertTrue(rows.get(1).text().contains("Diarsipkan"));
        assertEquals("Lihat", rows.get(1).selectFirst("a").text());
    }

    @Test
    void no_round_yet_is_said_so() {
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, "{\"items\": []}");
        ServiceStubs.collection.answer("GET", "/api/collection/rounds", 200,
                "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}");

        WebSession.Page page = operator.get("/isian");

        assertEquals("Belum ada putaran pengumpulan data kinerja.", page.html().getElementById("tanpa-putaran").text());
    }

    @Test
    void a_token_without_a_division_is_told_what_to_ask_for() {
        ServiceStubs.collection.refuse("GET", "/api/collection/my-work", 403, "DIVISION_CLAIM_MISSING", "Token tanpa bidang",
                "Token Anda memberi peran OPERATOR tetapi tidak menyebut bidang; minta administrator mengisi bidang Anda.");

        WebSession.Page page = operator.get("/isian");

        assertEquals(403, page.status());
        assertEquals("DIVISION_CLAIM_MISSING", page.html().selectFirst(".problem").attr("data-code"));
    }

    @Test
    void each_item_shows_its_target_state_and_the_form_its_state_asks_for() {
        Collection.round("OPEN", NOT_ENTERED, SENT_BACK, PROPOSED, RETURNED, VERIFIED);
        Collection.evidenceOf("IKP-02");

        WebSession.Page page = operator.get(PAGE);

        assertEquals(200, page.status());
        var html = page.html();
        assertEquals("Isian realisasi Triwulan I tahun 2025", html.selectFirst("h1").text());
        assertEquals("OPEN", html.getElementById("status-putaran").attr("data-status"));
        // a number: target with its unit, an empty value field; a range target in Indonesian decimals
        assertEquals("85 orang", html.getElementById("target-IKP-01").text());
        assertEquals("Belum diisi", html.getElementById("keadaan-IKP-01").text());
        assertEquals("", html.getElementById("nilai-IKP-01").val());
        assertEquals("70–80 %", html.getElementById("target-IKP-02").text());
        // sent back: the division head's reason, the value to correct with a decimal comma, the evidence to download
        assertEquals("Dikembalikan Kepala Bidang", html.getElementById("keadaan-IKP-02").text());
        Element sentBack = html.getElementById("alasan-kembali-IKP-02");
        assertTrue(sentBack.text().contains("Angka tidak sesuai laporan UPT"), sentBack.text());
        assertEquals("DIVISION_HEAD", sentBack.attr("data-by"));
        assertEquals("65,5", html.getElementById("nilai-IKP-02").val());
        assertEquals("Rekap UPT Metrologi", html.getElementById("catatan-IKP-02").val());
        assertEquals("\"3\"", html.selectFirst("#isian-IKP-02 input[name=etag]").val());
        Element evidence = html.selectFirst("#daftar-bukti-IKP-02 li");
        assertEquals(PAGE + "/butir/IKP-02/bukti/" + Collection.EVIDENCE_ID,
                evidence.selectFirst("a.unduh-bukti").attr("href"));
        assertTrue(evidence.text().contains("daftar-hadir-pelatihan.pdf") && evidence.text().contains("24 KB"), evidence.text());
        assertNotNull(html.getElementById("hapus-bukti-" + Collection.EVIDENCE_ID));
        assertTrue(html.getElementById("riwayat-IKP-02").text().contains("Dikembalikan ke operator"));
        // proposed by another system: confirm it, or enter a grade instead (a predicate indicator has no number field)
        assertNotNull(html.getElementById("konfirmasi-IKU-03"));
        assertTrue(html.selectFirst("#butir-IKU-03 form.confirm").text().contains("SIPD-Keuangan"));
        assertEquals("B", html.getElementById("predikat-IKU-03").val());
        assertNull(html.getElementById("nilai-IKU-03"));
        // returned by the Secretary: her reason and the revision
        Element returned = html.getElementById("alasan-kembali-IKP-04");
        assertTrue(returned.text().contains("revisi 1") && returned.text().contains("Bukti serah terima pasar belum dilampirkan"),
                returned.text());
        assertEquals("SECRETARY", returned.attr("data-by"));
        // verified: read only, the no-data answer with its reason
        assertEquals("Tidak ada data", html.getElementById("realisasi-IKP-06").text());
        assertEquals("Pameran triwulan I ditunda ke April", html.getElementById("alasan-data-IKP-06").text());
        assertNull(html.getElementById("simpan-IKP-06"));
        assertNull(html.getElementById("bukti-IKP-06"));
        // the worksheet of the division, out and back in
        assertEquals(PAGE + "/lembar", html.getElementById("unduh-lembar").attr("href"));
        assertNotNull(html.getElementById("unggah-lembar"));
        // the operator's token asked for it
        assertTrue(ServiceStubs.collection.last("GET", ROUNDS).header("Authorization").startsWith("Bearer "));
    }

    @Test
    void a_round_under_review_or_approved_is_read_only() {
        Collection.round("SUBMITTED", ENTERED, VERIFIED);

        WebSession.Page page = operator.get(PAGE);

        assertTrue(page.html().getElementById("hanya-baca").text().contains("hanya dapat dilihat"));
        assertTrue(page.html().select("form.enter, form.evidence-upload, form.confirm, #form-lembar").isEmpty());
        assertNotNull(page.html().getElementById("unduh-lembar"));
    }

    @Test
    void a_round_without_items_of_the_division_says_so() {
        Collection.round("OPEN");

        assertEquals("Tidak ada indikator bidang Anda pada putaran ini.",
                operator.get(PAGE).html().getElementById("tanpa-butir").text());
    }

    @Test
    void entering_a_value_sends_the_number_and_note_with_the_etag_read_and_comes_back_with_a_message() {
        Collection.round("OPEN", NOT_ENTERED);
        ServiceStubs.collection.answer("PUT", ROUNDS + "/entries/IKP-01", 200, Collection.ENTERED, Map.of("ETag", "\"1\""));

        WebSession.Page saved = operator.post(PAGE + "/butir/IKP-01",
                Map.of("etag", "\"0\"", "nilai", "1.234,5", "catatan", "Daftar hadir pelatihan 12 Maret 2025"));

        assertEquals(303, saved.status());
        assertTrue(saved.location().endsWith(PAGE + "?pesan=tersimpan#butir-IKP-01"), saved.location());
        var sent = ServiceStubs.collection.last("PUT", ROUNDS + "/entries/IKP-01");
        assertEquals("\"0\"", sent.header("If-Match"));
        JsonNode body = json(sent.body());
        assertEquals(0, body.path("value").decimalValue().compareTo(new java.math.BigDecimal("1234.5")));
        assertEquals("Daftar hadir pelatihan 12 Maret 2025", body.path("note").asText());
        assertFalse(body.has("noData") || body.has("grade"));
        assertEquals("Realisasi tersimpan dan menunggu verifikasi Kepala Bidang.",
                operator.get(PAGE + "?pesan=tersimpan").html().getElementById("pesan").text());
    }

    @Test
    void a_message_parameter_never_echoes_text() {
        Collection.round("OPEN", NOT_ENTERED);

        assertNull(operator.get(PAGE + "?pesan=%3Cscript%3E").html().getElementById("pesan"));
    }

    @Test
    void no_data_sends_the_reason_and_no_value() {
        Collection.round("OPEN", NOT_ENTERED);
        ServiceStubs.collection.answer("PUT", ROUNDS + "/entries/IKP-01", 200, Collection.ENTERED);

        operator.post(PAGE + "/butir/IKP-01", Map.of("etag", "\"0\"", "nilai", "", "tidakAdaData", "true",
                "alasanTidakAdaData", "Pelatihan triwulan I ditunda karena anggaran belum cair", "catatan", "Surat Kabid 12/2025"));

        JsonNode body = json(ServiceStubs.collection.last("PUT", ROUNDS + "/entries/IKP-01").body());
        assertTrue(body.path("noData").asBoolean());
        assertEquals("Pelatihan triwulan I ditunda karena anggaran belum cair", body.path("noDataReason").asText());
        assertFalse(body.has("value"));
    }

    @Test
    void a_predicate_indicator_sends_a_grade() {
        Collection.round("OPEN", PROPOSED);
        ServiceStubs.collection.answer("PUT", ROUNDS + "/entries/IKU-03", 200, PROPOSED);

        operator.post(PAGE + "/butir/IKU-03", Map.of("etag", "\"1\"", "predikat", "bb", "catatan", ""));

        JsonNode body = json(ServiceStubs.collection.last("PUT", ROUNDS + "/entries/IKU-03").body());
        assertEquals("BB", body.path("grade").asText());
        assertFalse(body.has("value") || body.has("note"));
    }

    @Test
    void an_entry_changed_by_someone_else_is_not_overwritten_the_operator_sees_the_current_value_and_keeps_what_they_typed() {
        Collection.round("OPEN", SENT_BACK);
        ServiceStubs.collection.refuse("PUT", ROUNDS + "/entries/IKP-02", 412, "VERSION_STALE", "Data telah diubah",
                "Entri IKP-02 telah diubah orang lain sejak Anda membacanya; tidak ada yang disimpan.");
        // meanwhile another operator of the division entered 72
        Collection.entryNow(Collection.with(Collection.with(SENT_BACK, "state", "\"ENTERED\""), "value", "72")
                .replace("\"version\": 3", "\"version\": 4"));

        WebSession.Page page = operator.post(PAGE + "/butir/IKP-02",
                Map.of("etag", "\"3\"", "nilai", "68", "catatan", "dikoreksi"));

        assertEquals(412, page.status());
        Element stale = page.html().getElementById("berubah-IKP-02");
        assertTrue(stale.text().contains("telah diubah orang lain") && stale.text().contains("72 %"), stale.text());
        assertEquals("VERSION_STALE", page.html().selectFirst("#butir-IKP-02 .problem").attr("data-code"));
        assertEquals("68", page.html().getElementById("nilai-IKP-02").val());
        assertEquals("dikoreksi", page.html().getElementById("catatan-IKP-02").val());
        // the next save names the version now shown
        assertEquals("\"4\"", page.html().selectFirst("#isian-IKP-02 input[name=etag]").val());
    }

    @Test
    void field_errors_of_the_service_stand_next_to_their_fields_and_keep_what_was_typed() {
        Collection.round("OPEN", NOT_ENTERED);
        ServiceStubs.collection.refuse("PUT", ROUNDS + "/entries/IKP-01", """
                {"type": "https://kinerja.go.id/problems/validation-failed", "status": 400, "code": "VALIDATION_FAILED",
                 "title": "Isian tidak valid", "detail": "value: tidak boleh negatif",
                 "errors": [{"field": "note", "message": "ukuran harus antara 0 dan 2000"},
                            {"field": "value", "message": "tidak boleh negatif"}]}""");

        WebSession.Page page = operator.post(PAGE + "/butir/IKP-01", Map.of("etag", "\"0\"", "nilai", "-5", "catatan", "x"));

        assertEquals(400, page.status());
        assertEquals("tidak boleh negatif", page.html().getElementById("galat-nilai-IKP-01").text());
        assertEquals("true", page.html().getElementById("nilai-IKP-01").attr("aria-invalid"));
        assertEquals("ukuran harus antara 0 dan 2000", page.html().getElementById("galat-catatan-IKP-01").text());
        assertEquals("-5", page.html().getElementById("nilai-IKP-01").val());
        assertEquals("VALIDATION_FAILED", page.html().selectFirst("#butir-IKP-01 .problem").attr("data-code"));
    }

    @Test
    void no_data_without_a_reason_is_marked_on_the_reason_and_the_box_stays_ticked() {
        Collection.round("OPEN", NOT_ENTERED);
        ServiceStubs.collection.refuse("PUT", ROUNDS + "/entries/IKP-01", Problems.fieldProblem("VALIDATION_FAILED",
                "noDataReason", "sebutkan mengapa realisasi tidak tersedia (alasan tidak ada data)"));

        WebSession.Page page = operator.post(PAGE + "/butir/IKP-01", Map.of("etag", "\"0\"", "tidakAdaData", "true"));

        assertEquals(400, page.status());
        assertEquals("sebutkan mengapa realisasi tidak tersedia (alasan tidak ada data)",
                page.html().getElementById("galat-alasan-tidak-ada-data-IKP-01").text());
        assertTrue(page.html().getElementById("tidak-ada-data-IKP-01").hasAttr("checked"));
    }

    @Test
    void a_grade_for_a_number_indicator_is_marked_on_the_value() {
        Collection.round("OPEN", NOT_ENTERED);
        ServiceStubs.collection.refuse("PUT", ROUNDS + "/entries/IKP-01", Problems.fieldProblem("VALIDATION_FAILED",
                "value", "IKP-01 adalah indikator NUMBER: isi angka, bukan nilai huruf"));

        WebSession.Page page = operator.post(PAGE + "/butir/IKP-01", Map.of("etag", "\"0\"", "nilai", "banyak"));

        assertEquals("banyak", json(ServiceStubs.collection.last("PUT", ROUNDS + "/entries/IKP-01").body()).path("value").asText());
        assertEquals("IKP-01 adalah indikator NUMBER: isi angka, bukan nilai huruf",
                page.html().getElementById("galat-nilai-IKP-01").text());
    }

    @Test
    void another_divisions_indicator_is_refused_at_the_top_of_the_page() {
        Collection.round("OPEN", NOT_ENTERED);
        ServiceStubs.collection.refuse("PUT", ROUNDS + "/entries/IKT-01", 403, "ENTRY_NOT_IN_YOUR_DIVISION",
                "Bukan data bidang Anda", "Indikator IKT-01 diampu bidang TRANSMIGRASI; Anda operator bidang PERDAGANGAN.");

        WebSession.Page page = operator.post(PAGE + "/butir/IKT-01", Map.of("etag", "\"0\"", "nilai", "3"));

        assertEquals(403, page.status());
        Element problem = page.html().selectFirst("main > .problem");
        assertEquals("ENTRY_NOT_IN_YOUR_DIVISION", problem.attr("data-code"));
        assertTrue(problem.text().contains("diampu bidang TRANSMIGRASI"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ENTRY_VERIFIED|Entri sudah diverifikasi|Entri IKP-02 sudah diverifikasi; Kepala Bidang mengembalikannya lebih dulu sebelum dapat diubah.|VERIFIED",
            "ENTRY_LOCKED|Entri terkunci|Rekap telah disetujui; entri tidak dapat diubah lagi.|LOCKED",
            "ENTRIES_READ_ONLY_SUBMITTED|Rekap sudah diajukan|Rekap triwulan 1 tahun 2025 sedang direviu; entri hanya dapat dibaca sampai dikembalikan.|VERIFIED",
            "STEP_OUT_OF_ORDER|Langkah SOP belum waktunya|Isian dibuka setelah sosialisasi kepada operator (SOP A5).|SENT_BACK"})
    void an_entry_that_cannot_change_now_says_why_beside_it(String code, String title, String detail, String stateNow) {
        Collection.round("OPEN", SENT_BACK);
        ServiceStubs.collection.refuse("PUT", ROUNDS + "/entries/IKP-02", 409, code, title, detail);
        Collection.entryNow(Collection.with(SENT_BACK, "state", "\"" + stateNow + "\""));

        WebSession.Page page = operator.post(PAGE + "/butir/IKP-02", Map.of("etag", "\"3\"", "nilai", "70"));

        Collection.assertRefused(page, 409, "#butir-IKP-02", code, detail);
    }

    @Test
    void confirming_a_proposed_realisation_sends_its_etag_and_a_key_made_with_the_page() {
        Collection.round("OPEN", PROPOSED);
        ServiceStubs.collection.answer("POST", ROUNDS + "/entries/IKU-03/confirmation", 200, PROPOSED);
        String key = operator.get(PAGE).html().selectFirst("#butir-IKU-03 form.confirm input[name=kunci]").val();

        WebSession.Page confirmed = operator.post(PAGE + "/butir/IKU-03/konfirmasi", Map.of("etag", "\"1\"", "kunci", key));

        assertEquals(303, confirmed.status());
        assertTrue(confirmed.location().endsWith("?pesan=dikonfirmasi#butir-IKU-03"));
        var sent = ServiceStubs.collection.last("POST", ROUNDS + "/entries/IKU-03/confirmation");
        assertEquals("\"1\"", sent.header("If-Match"));
        assertEquals(key, sent.header("Idempotency-Key"));
    }

    @Test
    void confirming_what_is_no_longer_proposed_is_refused_beside_the_item() {
        Collection.round("OPEN", PROPOSED);
        ServiceStubs.collection.refuse("POST", ROUNDS + "/entries/IKU-03/confirmation", 409, "ENTRY_NOT_PROPOSED",
                "Tidak ada yang dikonfirmasi", "Entri IKU-03 berstatus ENTERED, bukan usulan sistem (PROPOSED).");
        Collection.entryNow(Collection.with(PROPOSED, "state", "\"ENTERED\""));

        WebSession.Page page = operator.post(PAGE + "/butir/IKU-03/konfirmasi", Map.of("etag", "\"1\"", "kunci", "k-1"));

        assertEquals(409, page.status());
        assertEquals("ENTRY_NOT_PROPOSED", page.html().selectFirst("#butir-IKU-03 .problem").attr("data-code"));
    }

    @Test
    void evidence_goes_to_the_service_as_the_file_part_of_a_multipart_form() {
        Collection.round("OPEN", NOT_ENTERED);
        ServiceStubs.collection.answer("POST", ROUNDS + "/entries/IKP-01/evidence", 201, """
                {"id": "%s", "filename": "daftar-hadir.pdf", "contentType": "application/pdf", "size": 9,
                 "sha256": "…", "uploadedBy": "operator.perdagangan@disdagtrans", "uploadedAt": "2025-04-02T02:05:00Z"}"""
                .formatted(Collection.EVIDENCE_ID));
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

        WebSession.Page attached = operator.upload(PAGE + "/butir/IKP-01/bukti", "berkas", "daftar-hadir.pdf", pdf,
                "application/pdf");

        assertEquals(303, attached.status());
        assertTrue(attached.location().endsWith("?pesan=bukti-dilampirkan#butir-IKP-01"));
        var sent = ServiceStubs.collection.last("POST", ROUNDS + "/entries/IKP-01/evidence");
        assertTrue(sent.header("Content-Type").startsWith("multipart/form-data;"), sent.header("Content-Type"));
        String boundary = sent.header("Content-Type").replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
        assertTrue(sent.body().startsWith("--" + boundary + "\r\n"), sent.body());
        assertTrue(sent.body().contains("name=\"file\"; filename=\"daftar-hadir.pdf\""), sent.body());
        assertTrue(sent.body().contains("%PDF-1.7"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "413|EVIDENCE_TOO_LARGE|Bukti dukung terlalu besar|Berkas berukuran 12582912 byte, melebihi batas bukti dukung 10485760 byte.",
            "415|EVIDENCE_TYPE_UNSUPPORTED|Jenis bukti dukung tidak didukung|Isi berkas foto.gif adalah image/gif; bukti dukung harus PDF, PNG, JPEG, XLSX atau DOCX.",
            "409|EVIDENCE_LIMIT_REACHED|Batas bukti dukung tercapai|Entri IKP-01 sudah memiliki 20 berkas bukti dukung; hapus satu sebelum melampirkan yang lain.",
            "400|VALIDATION_FAILED|Isian tidak valid|file: berkas kosong"})
    void refused_evidence_says_why_beside_the_item(int status, String code, String title, String detail) {
        Collection.round("OPEN", NOT_ENTERED);
        ServiceStubs.collection.refuse("POST", ROUNDS + "/entries/IKP-01/evidence", status, code, title, detail);

        WebSession.Page page = operator.upload(PAGE + "/butir/IKP-01/bukti", "berkas", "foto.gif",
                "GIF89a".getBytes(StandardCharsets.US_ASCII), "image/gif");

        Collection.assertRefused(page, status, "#butir-IKP-01", code, detail);
    }

    @Test
    void removing_evidence_deletes_it_at_the_service() {
        Collection.round("OPEN", SENT_BACK);
        Collection.evidenceOf("IKP-02");
        String path = ROUNDS + "/entries/IKP-02/evidence/" + Collection.EVIDENCE_ID;
        ServiceStubs.collection.answer("DELETE", path, 204, "");

        WebSession.Page removed = operator.post(PAGE + "/butir/IKP-02/bukti/" + Collection.EVIDENCE_ID + "/hapus", Map.of());

        assertEquals(303, removed.status());
        assertTrue(removed.location().endsWith("?pesan=bukti-dihapus#butir-IKP-02"));
        assertTrue(ServiceStubs.collection.received("DELETE", path));
    }

    @Test
    void evidence_of_a_submitted_revision_stays_and_the_page_says_so() {
        Collection.round("RETURNED", RETURNED);
        Collection.evidenceOf("IKP-04");
        ServiceStubs.collection.refuse("DELETE", ROUNDS + "/entries/IKP-04/evidence/" + Collection.EVIDENCE_ID, 409,
                "EVIDENCE_SUBMITTED", "Bukti dukung sudah diajukan",
                "Bukti dukung ini bagian dari revisi rekap yang diajukan dan tidak dapat dihapus; lampirkan berkas yang lebih baru.");

        WebSession.Page page = operator.post(PAGE + "/butir/IKP-04/bukti/" + Collection.EVIDENCE_ID + "/hapus", Map.of());

        assertEquals(409, page.status());
        assertEquals("EVIDENCE_SUBMITTED", page.html().selectFirst("#butir-IKP-04 .problem").attr("data-code"));
    }

    @Test
    void evidence_and_the_worksheet_download_as_the_service_answers_them() {
        byte[] pdf = "%PDF-1.7 daftar hadir".getBytes(StandardCharsets.US_ASCII);
        ServiceStubs.collection.answerFile("GET", ROUNDS + "/entries/IKP-02/evidence/" + Collection.EVIDENCE_ID,
                "application/pdf", pdf, "daftar-hadir-pelatihan.pdf");
        byte[] xlsx = {0x50, 0x4b, 0x03, 0x04};
        ServiceStubs.collection.answerFile("GET", ROUNDS + "/worksheet", XLSX, xlsx, "realisasi-2025-Q1-PERDAGANGAN.xlsx");

        var evidence = operator.download(PAGE + "/butir/IKP-02/bukti/" + Collection.EVIDENCE_ID);
        var worksheet = operator.download(PAGE + "/lembar");

        assertEquals(200, evidence.statusCode());
        assertEquals("application/pdf", evidence.contentType());
        assertTrue(evidence.header("Content-Disposition").contains("daftar-hadir-pelatihan.pdf"));
        assertEquals(new String(pdf, StandardCharsets.US_ASCII), evidence.asString());
        assertEquals(XLSX, worksheet.contentType());
        assertTrue(worksheet.header("Content-Disposition").contains("realisasi-2025-Q1-PERDAGANGAN.xlsx"));
        assertEquals("format=xlsx", ServiceStubs.collection.last("GET", ROUNDS + "/worksheet").query());
    }

    @Test
    void an_uploaded_worksheet_shows_the_report_of_every_row() {
        Collection.round("OPEN", NOT_ENTERED, SENT_BACK);
        ServiceStubs.collection.answer("POST", ROUNDS + "/worksheet", 200, """
                {"roundId": "%s", "year": 2025, "quarter": 1, "dryRun": false, "source": null,
                 "created": 1, "updated": 1, "unchanged": 0, "rejected": 0,
                 "rows": [{"row": 2, "indicatorCode": "IKP-01", "outcome": "CREATED", "errors": []},
                          {"row": 3, "indicatorCode": "IKP-02", "outcome": "UPDATED", "errors": []}]}""".formatted(ROUND));
        String key = operator.get(PAGE).html().selectFirst("#form-lembar input[name=kunci]").val();

        WebSession.Page page = operator.upload(PAGE + "/lembar", "berkas", "realisasi-2025-Q1-PERDAGANGAN.xlsx",
                new byte[] {0x50, 0x4b, 0x03, 0x04}, "application/octet-stream");

        assertEquals(200, page.status());
        Element report = page.html().getElementById("laporan-lembar");
        assertTrue(report.text().contains("Lembar kerja diterima: 1 diisi, 1 diubah, 0 tidak berubah."), report.text());
        var rows = report.select("tbody tr");
        assertEquals("CREATED", rows.get(0).attr("data-outcome"));
        assertTrue(rows.get(1).text().contains("IKP-02") && rows.get(1).text().contains("Diubah"));
        var sent = ServiceStubs.collection.last("POST", ROUNDS + "/worksheet");
        assertEquals(XLSX, sent.header("Content-Type"));
        assertNull(sent.query());
        assertNotNull(key);
    }

    @Test
    void checking_a_worksheet_only_asks_for_a_dry_run() {
        Collection.round("OPEN", NOT_ENTERED);
        ServiceStubs.collection.answer("POST", ROUNDS + "/worksheet", 200, """
                {"roundId": "%s", "year": 2025, "quarter": 1, "dryRun": true, "source": null,
                 "created": 1, "updated": 0, "unchanged": 0, "rejected": 0,
                 "rows": [{"row": 2, "indicatorCode": "IKP-01", "outcome": "CREATED", "errors": []}]}""".formatted(ROUND));

        WebSession.Page page = operator.upload(PAGE + "/lembar", "berkas", "isian.csv",
                "indicator_code,realisation\nIKP-01,20\n".getBytes(StandardCharsets.UTF_8), "text/plain",
                Map.of("periksa", "true"));

        assertEquals("dryRun=true", ServiceStubs.collection.last("POST", ROUNDS + "/worksheet").query());
        assertEquals("text/csv", ServiceStubs.collection.last("POST", ROUNDS + "/worksheet").header("Content-Type"));
        assertTrue(page.html().getElementById("laporan-lembar").text().contains("Hasil pemeriksaan (belum disimpan)"));
    }

    @Test
    void a_worksheet_with_wrong_rows_is_refused_whole_and_each_wrong_row_says_why() {
        Collection.round("OPEN", NOT_ENTERED, VERIFIED);
        ServiceStubs.collection.refuse("POST", ROUNDS + "/worksheet", """
                {"type": "https://kinerja.go.id/problems/upload-rejected", "status": 422, "code": "UPLOAD_REJECTED",
                 "title": "Unggahan ditolak", "detail": "2 dari 3 baris ditolak; tidak ada yang disimpan (lihat context.summary)",
                 "context": {"summary": {"roundId": "%s", "year": 2025, "quarter": 1, "dryRun": false, "source": null,
                   "created": 1, "updated": 0, "unchanged": 0, "rejected": 2,
                   "rows": [{"row": 3, "indicatorCode": "IKT-01", "outcome": "REJECTED",
                             "errors": [{"field": "indicator_code", "message": "IKT-01 diampu bidang TRANSMIGRASI, bukan bidang Anda"}]},
                            {"row": 4, "indicatorCode": "IKP-06", "outcome": "REJECTED",
                             "errors": [{"field": "realisation", "message": "entri IKP-06 sudah diverifikasi"}]}],
                   "problems": {"rowsNotListed": 0, "errorsByColumn": {"indicator_code": 1, "realisation": 1}}}}}"""
                .formatted(ROUND));

        WebSession.Page page = operator.upload(PAGE + "/lembar", "berkas", "isian.xlsx", new byte[] {0x50, 0x4b},
                XLSX);

        assertEquals(422, page.status());
        Element report = page.html().getElementById("laporan-lembar");
        assertEquals("true", report.attr("data-refused"));
        assertTrue(report.text().contains("Lembar kerja ditolak: 2 baris salah, tidak ada yang disimpan."), report.text());
        Element row = report.selectFirst("tr[data-row=3]");
        assertEquals("REJECTED", row.attr("data-outcome"));
        assertTrue(row.text().contains("IKT-01 diampu bidang TRANSMIGRASI, bukan bidang Anda"), row.text());
        assertTrue(report.selectFirst("tr[data-row=4]").text().contains("entri IKP-06 sudah diverifikasi"));
        assertEquals("UPLOAD_REJECTED", page.html().selectFirst("#lembar .problem").attr("data-code"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "400|FILE_UNREADABLE|Berkas tidak dapat dibaca|Berkas bukan buku kerja XLSX; simpan lagi sebagai XLSX atau CSV UTF-8 lalu unggah.",
            "413|FILE_TOO_LARGE|Berkas terlalu besar|Berkas melebihi batas impor 20971520 byte.",
            "415|UNSUPPORTED_MEDIA_TYPE|Format isi tidak didukung|Alamat ini tidak menerima isi application/pdf.",
            "409|CONCURRENT_CHANGE|Diubah bersamaan|Entri berubah saat berkas dibaca; tidak ada yang disimpan."})
    void a_worksheet_the_service_cannot_take_says_why_beside_the_upload(int status, String code, String title, String detail) {
        Collection.round("OPEN", NOT_ENTERED);
        ServiceStubs.collection.refuse("POST", ROUNDS + "/worksheet", status, code, title, detail);

        WebSession.Page page = operator.upload(PAGE + "/lembar", "berkas", "isian.xlsx", new byte[] {1, 2, 3}, XLSX);

        Collection.assertRefused(page, status, "#lembar", code, detail);
        assertNull(page.html().getElementById("laporan-lembar"));
    }

    @Test
    void a_round_of_another_agency_is_not_found() {
        ServiceStubs.collection.refuse("GET", ROUNDS, 404, "ROUND_NOT_FOUND", "Putaran tidak ditemukan",
                "Putaran " + ROUND + " tidak ada.");

        WebSession.Page page = operator.get(PAGE);

        assertEquals(404, page.status());
        assertEquals("ROUND_NOT_FOUND", page.html().selectFirst(".problem").attr("data-code"));
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
