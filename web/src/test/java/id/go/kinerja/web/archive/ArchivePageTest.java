package id.go.kinerja.web.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.web.stub.Problems;
import id.go.kinerja.web.stub.ServiceStubs;
import id.go.kinerja.web.stub.WebSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class ArchivePageTest {

    static final String ID = "5b7e0f3c-2d1a-4c6b-9e8f-0a1b2c3d4e5f";
    static final String EARLIER = "4a6d0e2b-1c0f-4b5a-8d7e-9f0a1b2c3d4e";
    static final String RECORD = "/api/archive/records/" + ID;
    static final String HASH = "0d136a73bc85bd47b306a2d524fff1b887151c7ed486cbc4c78d40c6c491b834";
    static final String PREVIOUS = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String SEAL = "3f1c9a0e6b2d4f8a7c5e1b0d9f3a6c2e8b4d7f1a0c9e5b3d6f2a8c4e1b7d0f9a";

    static final String SUMMARY = """
            {"archiveId": "%s", "agencyCode": "DISDAGTRANS", "agencyName": "Dinas Perdagangan dan Transmigrasi",
             "recapId": "7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90", "revision": 2, "roundId": "0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b",
             "year": 2025, "quarter": 1, "disposedAt": "2025-04-16T02:30:00.000Z", "archivedAt": "2025-04-16T02:30:01.250Z",
             "contentHash": "%s", "chainPosition": 7, "previousHash": "%s", "seal": "%s", "supersedes": "%s"}"""
            .formatted(ID, HASH, PREVIOUS, SEAL, EARLIER);

    /** The archived RecapDisposed, shortened from the producers' sample: two indicators, one without data. */
    static final String DOCUMENT = """
            {"eventId": "9a4e2c71-5d3b-4f8e-b6a0-1c2d3e4f5a60", "eventType": "RecapDisposed", "schemaVersion": 1,
             "occurredAt": "2025-04-16T02:30:00Z", "agencyCode": "DISDAGTRANS", "recapId": "7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90",
             "revision": 2, "actor": {"userId": "kepala.dinas@disdagtrans", "role": "HEAD"},
             "agencyName": "Dinas Perdagangan dan Transmigrasi", "roundId": "0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b",
             "year": 2025, "quarter": 1, "measuredRevision": 2, "reportNumber": "510/45/DP-Trans/IV/2025",
             "nodes": [],
             "items": [
               {"indicatorCode": "IKS-01", "indicatorName": "Koefisien variasi harga barang kebutuhan pokok", "unit": "%",
                "nodeCode": "S1", "divisionCode": "PERDAGANGAN", "polarity": "NEGATIVE", "valueType": "PERCENT",
                "targets": [{"quarter": 1, "value": 5}, {"quarter": 2, "value": 5}],
                "realisations": [{"quarter": 1, "value": 4.20, "enteredBy": "operator.perdagangan@disdagtrans",
                                  "verifiedBy": "division_head.perdagangan@disdagtrans", "note": null, "evidence": []}],
                "result": {"status": "OK", "achievement": 116.00, "predicate": "SANGAT_TINGGI", "flags": []}},
               {"indicatorCode": "IKK-01", "indicatorName": "Jumlah pelaku usaha yang mengikuti pelatihan", "unit": "orang",
                "nodeCode": "3.30.02.2.01", "divisionCode": "PERDAGANGAN", "polarity": "POSITIVE", "valueType": "NUMBER",
                "targets": [{"quarter": 1, "value": 1250}],
                "realisations": [{"quarter": 1, "noData": true, "noDataReason": "Pelatihan ditunda karena anggaran belum cair",
                                  "enteredBy": "operator.perdagangan@disdagtrans", "verifiedBy": "division_head.perdagangan@disdagtrans"}],
                "result": {"status": "INCOMPLETE", "achievement": null, "predicate": null, "flags": ["MISSING_REALISATION"]}}
             ],
             "levelSummaries": [], "headlineAchievement": 109.79,
             "reviews": [
               {"revision": 1, "measuredRevision": 1, "decision": "RETURNED", "decidedBy": "sekretaris@disdagtrans",
                "decidedAt": "2025-04-11T07:45:00Z", "note": "Satu indikator perlu diperbaiki",
                "items": [{"indicatorCode": "IKS-01", "decision": "ACCEPTED", "reason": null, "returnTo": null},
                          {"indicatorCode": "IKK-01", "decision": "RETURNED", "reason": "Bukti daftar hadir belum dilampirkan", "returnTo": "COLLECTION"}]},
               {"revision": 2, "measuredRevision": 2, "decision": "APPROVED", "decidedBy": "sekretaris@disdagtrans",
                "decidedAt": "2025-04-15T03:10:00Z", "note": "Data lengkap dan sesuai bukti",
                "items": [{"indicatorCode": "IKS-01", "decision": "ACCEPTED", "reason": null, "returnTo": null},
                          {"indicatorCode": "IKK-01", "decision": "ACCEPTED", "reason": null, "returnTo": null}]}
             ],
             "disposition": {"text": "Capaian sasaran triwulan I baik. Lanjutkan ke LKjIP.",
                             "decidedBy": "kepala.dinas@disdagtrans", "decidedAt": "2025-04-16T02:30:00Z"}}""";

    static final String VALID = """
            {"archiveId": "%s", "agencyCode": "DISDAGTRANS", "chainPosition": 7, "status": "VALID", "failedCheck": null,
             "checks": [
               {"check": "CONTENT_HASH", "passed": true, "expected": "%s", "actual": "%s", "detail": "The document hashes to the stored content hash"},
               {"check": "SEAL", "passed": true, "expected": "%s", "actual": "%s", "detail": "The seal matches previousHash and contentHash"},
               {"check": "PREVIOUS_LINK", "passed": true, "expected": "%s", "actual": "%s", "detail": "Holds the previous record's seal"},
               {"check": "NEXT_LINK", "passed": true, "expected": null, "actual": null, "detail": "Newest record of the chain"}
             ], "verifiedAt": "2026-12-06T07:00:00.000Z"}""".formatted(ID, HASH, HASH, SEAL, SEAL, PREVIOUS, PREVIOUS);

    @BeforeEach
    void forget() {
        ServiceStubs.reset();
    }

    @Test
    void the_records_are_listed_with_their_period_revision_and_seal_and_the_filters_go_to_the_service() {
        ServiceStubs.archive.answer("GET", "/api/archive/records", 200,
                "{\"items\": [" + SUMMARY + "], \"page\": 0, \"size\": 20, \"total\": 1}");

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/arsip?tahun=2025&triwulan=1&indikator=IKS-01");

        assertEquals(200, page.status());
        Element row = page.html().selectFirst("#daftar-arsip tbody tr");
        assertTrue(row.text().contains("Triwulan I tahun 2025") && row.text().contains("16 Apr 2025 09.30 WIB"), row.text());
        assertTrue(row.text().contains(SEAL.substring(0, 16)), row.text());
        assertEquals("/arsip/" + ID, page.html().getElementById("arsip-" + ID).attr("href"));
        assertEquals("/arsip/rantai", page.html().getElementById("periksa-rantai").attr("href"));
        assertEquals("2025", page.html().getElementById("tahun").val());
        assertEquals("1", page.html().selectFirst("#triwulan option[selected]").val());
        assertEquals("IKS-01", page.html().getElementById("indikator").val());
        assertNull(page.html().getElementById("halaman-berikutnya"));
        String sent = ServiceStubs.archive.last("GET", "/api/archive/records").query();
        assertTrue(sent.contains("year=2025") && sent.contains("quarter=1") && sent.contains("indicatorCode=IKS-01")
                && sent.contains("page=0") && sent.contains("size=20"), sent);
    }

    @Test
    void the_next_page_keeps_the_filters() {
        ServiceStubs.archive.answer("GET", "/api/archive/records", 200,
                "{\"items\": [" + SUMMARY + "], \"page\": 1, \"size\": 20, \"total\": 45}");

        WebSession.Page page = WebSession.signedInAs("sekretaris.disdagtrans").get("/arsip?tahun=2025&halaman=1");

        assertEquals("/arsip?tahun=2025", page.html().getElementById("halaman-sebelumnya").attr("href"));
        assertEquals("/arsip?tahun=2025&halaman=2", page.html().getElementById("halaman-berikutnya").attr("href"));
        assertTrue(page.html().selectFirst("nav.pager").text().contains("Halaman 2 dari 3"));
        assertTrue(ServiceStubs.archive.last("GET", "/api/archive/records").query().contains("page=1"));
    }

    @Test
    void no_record_is_said_so() {
        ServiceStubs.archive.answer("GET", "/api/archive/records", 200, "{\"items\": [], \"page\": 0, \"size\": 20, \"total\": 0}");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/arsip");

        assertEquals("Tidak ada arsip yang sesuai.", page.html().getElementById("tidak-ada-arsip").text());
    }

    @Test
    void a_filter_the_service_refuses_is_shown_next_to_the_filters_with_its_field() {
        ServiceStubs.archive.refuse("GET", "/api/archive/records",
                Problems.fieldProblem("VALIDATION_FAILED", "quarter", "harus kurang dari atau sama dengan 4"));

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/arsip?triwulan=5&indikator=IKS-01");

        assertEquals(400, page.status());
        Element problem = page.html().selectFirst(".problem");
        assertEquals("VALIDATION_FAILED", problem.attr("data-code"));
        assertTrue(problem.text().contains("quarter") && problem.text().contains("harus kurang dari atau sama dengan 4"));
        assertEquals("IKS-01", page.html().getElementById("indikator").val());
    }

    @Test
    void a_list_parameter_the_service_refuses_is_shown_in_its_words() {
        ServiceStubs.archive.refuse("GET", "/api/archive/records", Problems.fieldProblem("LIST_PARAMETER_INVALID", "page",
                "dengan updatedSince atau cursor, baca halaman berikutnya dengan next, bukan page"));

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/arsip?halaman=3");

        assertEquals(400, page.status());
        assertEquals("LIST_PARAMETER_INVALID", page.html().selectFirst(".problem").attr("data-code"));
        assertTrue(page.html().selectFirst(".problem").text().contains("bukan page"));
    }

    @Test
    void a_role_that_may_not_read_the_archive_is_refused_in_the_services_words() {
        ServiceStubs.archive.refuse("GET", "/api/archive/records", 403, "ROLE_NOT_ALLOWED", "Peran Anda tidak diizinkan",
                "Hanya Kepala Perangkat Daerah (HEAD), Sekretaris (SECRETARY), Tim SAKIP (SAKIP_TEAM), Auditor (AUDITOR) atau "
                        + "akun integrasi (INTEGRATION) yang dapat melakukan tindakan ini.");

        WebSession.Page page = WebSession.signedInAs("operator.perdagangan").get("/arsip");

        assertEquals(403, page.status());
        assertEquals("ROLE_NOT_ALLOWED", page.html().selectFirst(".problem").attr("data-code"));
        assertTrue(page.html().selectFirst(".problem").text().contains("Hanya Kepala Perangkat Daerah (HEAD)"));
    }

    @Test
    void a_record_shows_its_seal_verified_its_document_and_its_reports() {
        ServiceStubs.archive.answer("GET", RECORD, 200, "{\"metadata\": " + SUMMARY + ", \"document\": " + DOCUMENT + "}");
        ServiceStubs.archive.answer("GET", RECORD + "/verification", 200, VALID);

        WebSession.Page page = WebSession.signedInAs("kepala.disdagtrans").get("/arsip/" + ID);

        assertEquals(200, page.status());
        Element seal = page.html().getElementById("status-segel");
        assertEquals("VALID", seal.attr("data-status"));
        assertTrue(seal.text().contains("arsip utuh"), seal.text());
        assertEquals(4, page.html().select("#pemeriksaan-segel tr[data-passed=true]").size());
        assertTrue(page.html().selectFirst("#pemeriksaan-segel tr[data-check=SEAL]").text().contains("Segel sesuai"));
        Element facts = page.html().getElementById("rekaman-arsip");
        assertTrue(facts.text().contains("510/45/DP-Trans/IV/2025") && facts.text().contains(HASH)
                && facts.text().contains(SEAL) && facts.text().contains(PREVIOUS), facts.text());
        assertEquals("7", page.html().getElementById("posisi-rantai").text());
        assertEquals("/arsip/" + EARLIER, page.html().getElementById("arsip-sebelumnya").attr("href"));
        assertEquals("/sop/putaran/0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b", page.html().getElementById("linimasa-putaran").attr("href"));
        assertEquals("Capaian sasaran triwulan I baik. Lanjutkan ke LKjIP.", page.html().getElementById("disposisi").text());
        assertEquals("109,79%", page.html().getElementById("capaian-utama").text());
        Element measured = page.html().selectFirst("#indikator-arsip tr[data-indicator=IKS-01]");
        assertTrue(measured.text().contains("4,2") && measured.text().contains("116%") && measured.text().contains("Sangat tinggi"),
                measured.text());
        Element noData = page.html().selectFirst("#indikator-arsip tr[data-indicator=IKK-01]");
        assertTrue(noData.text().contains("1.250") && noData.text().contains("Tidak ada data: Pelatihan ditunda")
                && noData.text().contains("Belum lengkap"), noData.text());
        Element returned = page.html().selectFirst("#reviu li[data-revision=1]");
        assertTrue(returned.text().contains("Revisi 1: Dikembalikan")
                && returned.text().contains("IKK-01: Bukti daftar hadir belum dilampirkan (ke pengumpulan data)"), returned.text());
        assertTrue(page.html().selectFirst("#reviu li[data-revision=2]").text().contains("Revisi 2: Disetujui"));
        assertEquals("/arsip/" + ID + "/laporan?jenis=pengumpulan&format=pdf", page.html().getElementById("unduh-pengumpulan-pdf").attr("href"));
        assertEquals("/arsip/" + ID + "/laporan?jenis=pengumpulan&format=xlsx", page.html().getElementById("unduh-pengumpulan-xlsx").attr("href"));
        assertEquals("/arsip/" + ID + "/laporan?jenis=pengukuran&format=pdf", page.html().getElementById("unduh-pengukuran-pdf").attr("href"));
        assertEquals("/arsip/" + ID + "/laporan?jenis=pengukuran&format=xlsx", page.html().getElementById("unduh-pengukuran-xlsx").attr("href"));
    }

    @Test
    void a_broken_seal_says_which_check_failed_and_what_it_means() {
        String changed = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        ServiceStubs.archive.answer("GET", RECORD, 200, "{\"metadata\": " + SUMMARY + ", \"document\": " + DOCUMENT + "}");
        ServiceStubs.archive.answer("GET", RECORD + "/verification", 200, VALID
                .replace("\"status\": \"VALID\", \"failedCheck\": null", "\"status\": \"INVALID\", \"failedCheck\": \"CONTENT_HASH\"")
                .replace("{\"check\": \"CONTENT_HASH\", \"passed\": true, \"expected\": \"" + HASH + "\"",
                        "{\"check\": \"CONTENT_HASH\", \"passed\": false, \"expected\": \"" + changed + "\""));

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/arsip/" + ID);

        assertEquals(200, page.status());
        Element seal = page.html().getElementById("status-segel");
        assertEquals("INVALID", seal.attr("data-status"));
        assertEquals("CONTENT_HASH", seal.attr("data-failed-check"));
        assertTrue(seal.text().contains("TIDAK VALID") && seal.text().contains("Hash isi dokumen")
                && seal.text().contains("Dokumen telah diubah setelah diarsipkan"), seal.text());
        Element check = page.html().selectFirst("#pemeriksaan-segel tr[data-check=CONTENT_HASH]");
        assertEquals("false", check.attr("data-passed"));
        assertTrue(check.text().contains("Tidak sesuai") && check.text().contains(changed) && check.text().contains(HASH));
    }

    @Test
    void a_record_that_does_not_exist_is_not_found() {
        ServiceStubs.archive.refuse("GET", RECORD, 404, "RECORD_NOT_FOUND", "Arsip tidak ditemukan", "Arsip " + ID + " tidak ada");

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/arsip/" + ID);

        assertEquals(404, page.status());
        assertEquals("RECORD_NOT_FOUND", page.html().selectFirst(".problem").attr("data-code"));
        assertTrue(page.html().selectFirst(".problem").text().contains("Arsip " + ID + " tidak ada"));
    }

    @Test
    void a_report_passes_through_with_its_bytes_content_type_and_file_name() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\nlaporan".getBytes(StandardCharsets.ISO_8859_1);
        ServiceStubs.archive.answerFile("GET", RECORD + "/report", "application/pdf", pdf,
                "laporan-pengumpulan-data-kinerja-disdagtrans-2025-tw1-rev2.pdf");

        Response download = WebSession.signedInAs("sekretaris.disdagtrans")
                .download("/arsip/" + ID + "/laporan?jenis=pengumpulan&format=pdf");

        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.asByteArray());
        assertEquals("application/pdf", download.contentType());
        assertEquals("attachment; filename=\"laporan-pengumpulan-data-kinerja-disdagtrans-2025-tw1-rev2.pdf\"",
                download.header("Content-Disposition"));
        var sent = ServiceStubs.archive.last("GET", RECORD + "/report");
        assertTrue(sent.query().contains("type=collection") && sent.query().contains("format=pdf"), sent.query());
        assertTrue(sent.header("Authorization").startsWith("Bearer ey"));
    }

    @Test
    void the_measurement_report_as_a_workbook_passes_through_too() {
        byte[] xlsx = {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, (byte) 0xff, 0x00};
        String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        ServiceStubs.archive.answerFile("GET", RECORD + "/report", type, xlsx,
                "laporan-pengukuran-kinerja-disdagtrans-2025-tw1-rev2.xlsx");

        Response download = WebSession.signedInAs("auditor.inspektorat")
                .download("/arsip/" + ID + "/laporan?jenis=pengukuran&format=xlsx");

        assertEquals(200, download.statusCode());
        assertArrayEquals(xlsx, download.asByteArray());
        assertEquals(type, download.contentType());
        assertTrue(download.header("Content-Disposition").contains("laporan-pengukuran-kinerja-disdagtrans-2025-tw1-rev2.xlsx"));
        assertTrue(ServiceStubs.archive.last("GET", RECORD + "/report").query().contains("type=measurement"));
    }

    @Test
    void a_report_the_service_refuses_is_a_page_in_its_words() {
        ServiceStubs.archive.refuse("GET", RECORD + "/report",
                Problems.fieldProblem("VALIDATION_FAILED", "type", "'laporan' bukan salah satu dari collection, measurement"));

        Response refused = WebSession.signedInAs("auditor.inspektorat").download("/arsip/" + ID + "/laporan?jenis=laporan&format=pdf");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.contentType().startsWith("text/html"));
        Element problem = Jsoup.parse(refused.asString()).selectFirst(".problem");
        assertTrue(problem.text().contains("'laporan' bukan salah satu dari collection, measurement"), problem.text());
        assertTrue(ServiceStubs.archive.last("GET", RECORD + "/report").query().contains("type=laporan"));
    }

    @Test
    void the_report_of_a_record_that_does_not_exist_is_not_found() {
        ServiceStubs.archive.refuse("GET", RECORD + "/report", 404, "RECORD_NOT_FOUND", "Arsip tidak ditemukan",
                "Arsip " + ID + " tidak ada");

        Response refused = WebSession.signedInAs("auditor.inspektorat").download("/arsip/" + ID + "/laporan?jenis=pengukuran&format=pdf");

        assertEquals(404, refused.statusCode());
        assertEquals("RECORD_NOT_FOUND", Jsoup.parse(refused.asString()).selectFirst(".problem").attr("data-code"));
    }

    @Test
    void the_whole_chain_verified_valid() {
        ServiceStubs.archive.answer("GET", "/api/archive/chain/verification", 200, """
                {"agencyCode": "DISDAGTRANS", "recordsChecked": 7, "status": "VALID", "firstBroken": null,
                 "verifiedAt": "2026-12-06T07:00:00.000Z"}""");

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/arsip/rantai");

        Element status = page.html().getElementById("status-rantai");
        assertEquals("VALID", status.attr("data-status"));
        assertTrue(status.text().contains("7 arsip DISDAGTRANS diperiksa"), status.text());
    }

    @Test
    void a_broken_chain_says_where_and_links_the_record() {
        ServiceStubs.archive.answer("GET", "/api/archive/chain/verification", 200, """
                {"agencyCode": "DISDAGTRANS", "recordsChecked": 4, "status": "INVALID",
                 "firstBroken": {"chainPosition": 5, "archiveId": "%s", "failedCheck": "SEAL",
                                 "detail": "The seal or the hashes it covers were changed after archiving"},
                 "verifiedAt": "2026-12-06T07:00:00.000Z"}""".formatted(ID));

        WebSession.Page page = WebSession.signedInAs("kepala.disdagtrans").get("/arsip/rantai");

        Element status = page.html().getElementById("status-rantai");
        assertEquals("INVALID", status.attr("data-status"));
        assertTrue(status.text().contains("rantai terputus pada posisi 5: Segel")
                && status.text().contains("4 arsip sebelum posisi itu utuh"), status.text());
        assertEquals("/arsip/" + ID, page.html().getElementById("arsip-rusak").attr("href"));
    }
}
