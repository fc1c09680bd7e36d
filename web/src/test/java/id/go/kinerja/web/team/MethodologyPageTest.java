package id.go.kinerja.web.team;

import static id.go.kinerja.web.team.TeamJson.RECAP;
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
class MethodologyPageTest {

    private static final String API = "/api/measurement/methodologies";

    private static final String PLAN = """
            {"planVersionId": "5e0b7a42-6c1d-4f3e-9b8a-2d4c6e8f0a1b", "planKind": "PK", "planNumber": 1, "yearFrom": 2025,
             "yearTo": 2025, "nodeCode": "3.30.02", "level": "PROGRAM", "divisionCode": "PERDAGANGAN",
             "polarity": "NEGATIVE", "valueType": "PERCENT", "frequency": "QUARTERLY", "periodAggregation": "AVERAGE"}""";

    private static final String IKU01_V2 = """
            {"indicatorCode": "IKU-01", "indicatorName": "Koefisien variasi harga barang kebutuhan pokok", "unit": "%%",
             "status": "DEFINED", "currentVersion": %1$d,
             "current": {"version": %1$d, "polarity": "NEGATIVE", "valueType": "PERCENT", "frequency": "QUARTERLY",
               "periodAggregation": "AVERAGE", "negativeFormula": "DIFFERENCE", "weight": 1, "gradeScale": null,
               "source": "TEAM", "reason": "%2$s", "author": "tim.sakip.disdagtrans", "createdAt": "2025-04-10T03:00:00Z"},
             "versions": [
               {"version": %1$d, "polarity": "NEGATIVE", "valueType": "PERCENT", "frequency": "QUARTERLY",
                "periodAggregation": "AVERAGE", "negativeFormula": "DIFFERENCE", "weight": 1, "gradeScale": null,
                "source": "TEAM", "reason": "%2$s", "author": "tim.sakip.lain", "createdAt": "2025-04-10T03:00:00Z"},
               {"version": 1, "polarity": "NEGATIVE", "valueType": "PERCENT", "frequency": "QUARTERLY",
                "periodAggregation": "AVERAGE", "negativeFormula": null, "weight": 1, "gradeScale": null,
                "source": "PLAN_HINTS", "reason": "taken from the plan (hints)", "author": "measurement-service",
                "createdAt": "2025-04-07T03:00:00Z"}],
             "plan": %3$s}""";

    @BeforeEach
    void forget() {
        ServiceStubs.reset();
        ServiceStubs.measurement.answer("GET", API, 200, """
                {"items": [
                  {"indicatorCode": "IKU-01", "indicatorName": "Koefisien variasi harga barang kebutuhan pokok", "unit": "%",
                   "status": "DEFINED", "currentVersion": 2,
                   "current": {"version": 2, "polarity": "NEGATIVE", "valueType": "PERCENT", "frequency": "QUARTERLY",
                     "periodAggregation": "AVERAGE", "negativeFormula": "DIFFERENCE", "weight": 1, "gradeScale": null,
                     "source": "TEAM", "reason": "awal", "author": "tim.sakip.disdagtrans", "createdAt": "2025-04-10T03:00:00Z"}},
                  {"indicatorCode": "IKS-02", "indicatorName": "Nilai SAKIP", "unit": "predikat", "status": "MISSING",
                   "currentVersion": 0, "current": null},
                  {"indicatorCode": "IKP-02", "indicatorName": "Jumlah pedagang yang dilatih", "unit": "orang",
                   "status": "DRAFT", "currentVersion": 0, "current": null,
                   "draft": {"polarity": "POSITIVE", "valueType": "NUMBER", "frequency": "QUARTERLY",
                     "periodAggregation": "SUM", "gradeScale": null, "complete": true}}
                ], "page": 0, "size": 200, "total": 3}""");
        ServiceStubs.measurement.answer("GET", "/api/measurement/recaps", 200, """
                {"items": [{"recapId": "%s", "roundId": "%s", "agencyName": "Dinas Perdagangan dan Transmigrasi",
                  "year": 2025, "quarter": 1, "currentRevision": 1, "currentMeasuredRevision": 1, "state": "RETURNED",
                  "approvedRevision": null, "headlineAchievement": 87.25, "itemCount": 22,
                  "updatedAt": "2025-04-08T02:00:00Z"}], "page": 0, "size": 50, "total": 1}"""
                .formatted(RECAP, TeamJson.ROUND));
        ServiceStubs.measurement.answer("GET", "/api/measurement/recaps/" + RECAP + "/reopened", 200, """
                {"recapId": "%s", "revision": 1, "recapState": "RETURNED", "note": "Dua indikator perlu diperbaiki",
                 "items": [{"indicatorCode": "IKU-01", "indicatorName": "Koefisien variasi harga barang kebutuhan pokok",
                   "reason": "Gunakan rumus rasio untuk indikator negatif", "methodologyVersionAtReturn": 2,
                   "currentMethodologyVersion": 2, "fixed": false}],
                 "returnedToCollection": 0}""".formatted(RECAP));
    }

    private static void iku01(int version, String reason) {
        ServiceStubs.measurement.answer("GET", API + "/IKU-01", 200, IKU01_V2.formatted(version, reason, PLAN),
                Map.of("ETag", "\"" + version + "\""));
    }

    @Test
    void the_team_sees_every_indicator_and_the_items_the_secretary_returned_to_measurement() {
        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/tim-sakip/metodologi");

        assertEquals(200, page.status());
        Element returned = page.html().getElementById("rekap-" + RECAP);
        assertTrue(returned.text().contains("Rekap triwulan 1 tahun 2025, revisi 1: Dikembalikan Sekretaris"), returned.text());
        assertTrue(returned.text().contains("Catatan Sekretaris: Dua indikator perlu diperbaiki"));
        Element item = returned.selectFirst("tr[data-indicator=IKU-01]");
        assertEquals("false", item.attr("data-fixed"));
        assertTrue(item.text().contains("Gunakan rumus rasio untuk indikator negatif"));
        assertTrue(item.text().contains("Belum diperbaiki"));
        assertEquals("/tim-sakip/metodologi/IKU-01", page.html().getElementById("perbaiki-IKU-01").attr("href"));
        assertNotNull(page.html().getElementById("ukur-ulang-" + RECAP));

        assertEquals("MISSING", page.html().selectFirst("#daftar-metodologi tr[data-indicator=IKS-02]").attr("data-status"));
        assertTrue(page.html().selectFirst("tr[data-indicator=IKS-02]").text().contains("Belum ada"));
        assertTrue(page.html().selectFirst("#daftar-metodologi tr[data-indicator=IKU-01]").text().contains("Negatif (makin rendah makin baik)"));
        assertNotNull(page.html().getElementById("draf-IKP-02"), "a complete draft may be confirmed");
        assertTrue(page.html().selectFirst("tr[data-indicator=IKP-02]").text().contains("Jumlah pedagang yang dilatih"));
        assertNotNull(page.html().getElementById("konfirmasi-draf"));
        // the status filter goes to the service
        WebSession.signedInAs("tim.sakip.disdagtrans").get("/tim-sakip/metodologi?status=MISSING");
        assertTrue(ServiceStubs.measurement.last("GET", API).query().contains("status=MISSING"));
    }

    @Test
    void nothing_waiting_and_no_indicators_yet_are_said_so() {
        ServiceStubs.measurement.answer("GET", API, 200, "{\"items\": [], \"page\": 0, \"size\": 200, \"total\": 0}");
        ServiceStubs.measurement.answer("GET", "/api/measurement/recaps", 200, "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/tim-sakip/metodologi");

        assertNotNull(page.html().getElementById("tidak-ada-pengukuran-ulang"));
        assertNotNull(page.html().getElementById("tidak-ada-indikator"));
    }

    @Test
    void a_return_that_also_went_to_collection_is_measured_with_the_next_revision_not_here() {
        ServiceStubs.measurement.answer("GET", "/api/measurement/recaps/" + RECAP + "/reopened", 200, """
                {"recapId": "%s", "revision": 1, "recapState": "RETURNED", "note": null,
                 "items": [{"indicatorCode": "IKU-01", "indicatorName": "Koefisien", "reason": "Rumus rasio",
                   "methodologyVersionAtReturn": 2, "currentMethodologyVersion": 3, "fixed": true}],
                 "returnedToCollection": 1}""".formatted(RECAP));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/tim-sakip/metodologi");

        assertNull(page.html().getElementById("ukur-ulang-" + RECAP));
        assertTrue(page.html().getElementById("juga-ke-pengumpulan-" + RECAP).text().contains("revisi berikutnya"));
        assertTrue(page.html().selectFirst("tr[data-indicator=IKU-01]").text().contains("Versi baru tersimpan"));
    }

    @Test
    void remeasuring_sends_a_key_and_says_the_recap_went_back_to_the_secretary() {
        ServiceStubs.measurement.answer("POST", "/api/measurement/recaps/" + RECAP + "/remeasure", 200, "{\"recapId\": \"" + RECAP + "\"}");
        WebSession team = WebSession.signedInAs("tim.sakip.disdagtrans");
        String key = team.get("/tim-sakip/metodologi").html()
                .selectFirst("form[action=/tim-sakip/metodologi/ukur-ulang/" + RECAP + "] input[name=idempotencyKey]").val();

        WebSession.Page answer = team.post("/tim-sakip/metodologi/ukur-ulang/" + RECAP, Map.of("idempotencyKey", key));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith("/tim-sakip/metodologi?berhasil=diukur-ulang"));
        assertEquals(key, ServiceStubs.measurement.last("POST", "/api/measurement/recaps/" + RECAP + "/remeasure")
                .header("Idempotency-Key"));
        assertTrue(team.get("/tim-sakip/metodologi?berhasil=diukur-ulang").html().getElementById("berhasil").text()
                .contains("diukur ulang"));
    }

    @Test
    void remeasuring_before_the_fix_names_the_indicators_still_on_the_returned_version() {
        ServiceStubs.measurement.refuse("POST", "/api/measurement/recaps/" + RECAP + "/remeasure", TeamJson.problem(409,
                "METHODOLOGY_UNCHANGED", "Metodologi belum diperbarui",
                "Metodologi 1 indikator yang dikembalikan masih pada versi yang dikembalikan Sekretaris; simpan versi baru lebih dulu",
                "{\"indicators\": [\"IKU-01\"]}"));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post("/tim-sakip/metodologi/ukur-ulang/" + RECAP, Map.of());

        assertEquals(409, page.status());
        Element recap = page.html().getElementById("rekap-" + RECAP);
        assertEquals("METHODOLOGY_UNCHANGED", recap.selectFirst(".problem").attr("data-code"));
        assertEquals("/tim-sakip/metodologi/IKU-01", recap.selectFirst("#ukur-ulang-indikator a").attr("href"));
    }

    @Test
    void every_other_refusal_of_remeasuring_is_shown_next_to_its_recap_in_the_services_words() {
        Map<String, String> refusals = Map.of(
                "RECAP_METHODOLOGIES_MISSING", "2 indikator belum memiliki metodologi pengukuran; rekap tidak dapat diteruskan ke Sekretaris sampai tim menetapkannya",
                "RECAP_APPROVED_FROZEN", "Revisi 1 rekap ini telah disetujui: hasil dan versi metodologinya dibekukan",
                "NOTHING_RETURNED_TO_MEASUREMENT", "Tidak ada butir revisi 1 yang dikembalikan ke MEASUREMENT; butir yang dikembalikan ke COLLECTION kembali sebagai revisi baru",
                "ITEMS_RETURNED_TO_COLLECTION", "Butir revisi 1 juga dikembalikan ke COLLECTION: revisi yang diajukan ulang akan diukur dengan metodologi terkini",
                "STEP_OUT_OF_ORDER", "Langkah SOP B4 (Tim menyusun metodologi pengukuran) harus selesai lebih dulu sebelum langkah B5.");
        WebSession team = WebSession.signedInAs("tim.sakip.disdagtrans");
        refusals.forEach((code, detail) -> {
            ServiceStubs.measurement.refuse("POST", "/api/measurement/recaps/" + RECAP + "/remeasure", 409, code, "Ditolak", detail);

            WebSession.Page page = team.post("/tim-sakip/metodologi/ukur-ulang/" + RECAP, Map.of());

            assertEquals(409, page.status(), code);
            Element problem = page.html().selectFirst("#rekap-" + RECAP + " .problem");
            assertEquals(code, problem.attr("data-code"));
            assertTrue(problem.text().contains(detail), code);
        });
    }

    @Test
    void confirming_drafts_sends_the_chosen_indicators_and_the_reason() throws Exception {
        ServiceStubs.measurement.answer("POST", API + "/drafts/confirm", 200,
                "{\"saved\": 1, \"unchanged\": 0, \"rejected\": 0, \"rows\": []}");

        WebSession.Page answer = WebSession.signedInAs("tim.sakip.disdagtrans").post("/tim-sakip/metodologi/draf",
                Map.of("indicatorCode", "IKP-02", "reason", "Ditinjau dalam rapat tim SAKIP (B4)"));

        assertEquals(303, answer.status());
        JsonNode body = new ObjectMapper().readTree(ServiceStubs.measurement.last("POST", API + "/drafts/confirm").body());
        assertEquals("IKP-02", body.path("indicatorCodes").get(0).asText());
        assertEquals("Ditinjau dalam rapat tim SAKIP (B4)", body.path("reason").asText());
    }

    @Test
    void drafts_the_service_rejects_are_listed_with_their_reasons_and_none_is_saved() {
        ServiceStubs.measurement.refuse("POST", API + "/drafts/confirm", TeamJson.problem(422, "METHODOLOGIES_REJECTED",
                "Metodologi ditolak", "1 dari 1 baris ditolak; tidak ada yang disimpan (lihat context.summary)", """
                {"summary": {"saved": 0, "unchanged": 0, "rejected": 1, "rows": [{"row": 1, "indicatorCode": "IKS-02",
                  "outcome": "REJECTED", "version": null, "errors": [{"field": "indicatorCode",
                  "message": "tidak ada draf terbuka untuk IKS-02"}]}]}}"""));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post("/tim-sakip/metodologi/draf",
                Map.of("indicatorCode", "IKS-02", "reason", "Tinjauan B4"));

        assertEquals(422, page.status());
        assertEquals("IKS-02: tidak ada draf terbuka untuk IKS-02", page.html().selectFirst("#draf-ditolak li").text());
        assertEquals("Tinjauan B4", page.html().getElementById("draf-alasan").val());
    }

    @Test
    void a_draft_confirmation_without_reason_marks_the_reason() {
        ServiceStubs.measurement.refuse("POST", API + "/drafts/confirm", Problems.fieldProblem("VALIDATION_FAILED",
                "reason", "wajib diisi"));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post("/tim-sakip/metodologi/draf", Map.of());

        assertEquals(400, page.status());
        assertEquals("wajib diisi", page.html().selectFirst("#draf-alasan + .field-error").text());
    }

    @Test
    void an_indicators_methodology_opens_with_its_current_version_its_plan_and_its_history() {
        iku01(2, "Telaah awal");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/tim-sakip/metodologi/IKU-01");

        assertEquals(200, page.status());
        assertEquals("2", page.html().getElementById("versi-kini").text());
        assertEquals("\"2\"", page.html().selectFirst("#form-metodologi input[name=etag]").val());
        assertEquals("NEGATIVE", page.html().selectFirst("#m-polarity option[selected]").val());
        assertEquals("DIFFERENCE", page.html().selectFirst("#m-negativeFormula option[selected]").val());
        assertEquals("1", page.html().getElementById("m-weight").val());
        assertTrue(page.html().getElementById("rencana").text().contains("PK nomor 1 (2025)"));
        assertEquals(2, page.html().select("#riwayat-versi tbody tr").size());
        assertTrue(page.html().selectFirst("#riwayat-versi tr[data-version=1]").text().contains("Petunjuk rencana"));
        assertNotNull(page.html().getElementById("simpan-metodologi"));
        assertFalse(page.html().getElementById("akui-perbedaan").hasAttr("checked"));
    }

    @Test
    void an_indicator_without_methodology_opens_with_the_draft_from_the_plan() {
        ServiceStubs.measurement.answer("GET", API + "/IKP-02", 200, """
                {"indicatorCode": "IKP-02", "indicatorName": "Jumlah pedagang yang dilatih", "unit": "orang",
                 "status": "DRAFT", "currentVersion": 0, "current": null, "versions": [],
                 "draft": {"polarity": "POSITIVE", "valueType": "NUMBER", "frequency": "QUARTERLY",
                   "periodAggregation": "SUM", "gradeScale": null, "complete": true}}""", Map.of("ETag", "\"0\""));

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/tim-sakip/metodologi/IKP-02");

        assertEquals("SUM", page.html().selectFirst("#m-periodAggregation option[selected]").val());
        assertNotNull(page.html().getElementById("rancangan"));
        assertNotNull(page.html().getElementById("belum-ada-versi"));
    }

    @Test
    void saving_sends_the_version_read_as_if_match_and_every_field() throws Exception {
        iku01(2, "Telaah awal");
        ServiceStubs.measurement.answer("PUT", API + "/IKU-01", 200, IKU01_V2.formatted(3, "Rumus rasio", PLAN),
                Map.of("ETag", "\"3\""));

        WebSession.Page answer = WebSession.signedInAs("tim.sakip.disdagtrans").post("/tim-sakip/metodologi/IKU-01",
                form("\"2\"", "RATIO", "Telaah Sekretaris: rumus rasio untuk indikator negatif", false));

        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith("/tim-sakip/metodologi/IKU-01?berhasil=disimpan"));
        var sent = ServiceStubs.measurement.last("PUT", API + "/IKU-01");
        assertEquals("\"2\"", sent.header("If-Match"));
        JsonNode body = new ObjectMapper().readTree(sent.body());
        assertEquals("RATIO", body.path("negativeFormula").asText());
        assertEquals("1.5", body.path("weight").decimalValue().toPlainString());
        assertTrue(body.path("gradeScale").isNull());
        assertFalse(body.path("acknowledgedWarnings").asBoolean());
    }

    @Test
    void a_departure_from_the_plan_lists_the_differences_and_is_saved_once_acknowledged() throws Exception {
        iku01(2, "Telaah awal");
        ServiceStubs.measurement.refuse("PUT", API + "/IKU-01", TeamJson.problem(409, "METHODOLOGY_DEPARTS_FROM_PLAN",
                "Metodologi menyimpang dari rencana",
                "Metodologi IKU-01 menyimpang dari rencana kinerja yang diterbitkan (metodologi ≠ rencana: frequency ANNUAL ≠ QUARTERLY)",
                "{\"warnings\": [{\"field\": \"frequency\", \"plan\": \"QUARTERLY\", \"methodology\": \"ANNUAL\"}]}"));
        Map<String, String> typed = form("\"2\"", "RATIO", "Diukur tahunan", false);
        typed.put("frequency", "ANNUAL");
        WebSession team = WebSession.signedInAs("tim.sakip.disdagtrans");

        WebSession.Page page = team.post("/tim-sakip/metodologi/IKU-01", typed);

        assertEquals(409, page.status());
        Element row = page.html().selectFirst("#perbedaan-rencana tr[data-field=frequency]");
        assertEquals("Periode Triwulanan Tahunan", row.text());
        assertEquals("ANNUAL", page.html().selectFirst("#m-frequency option[selected]").val());
        assertEquals("Diukur tahunan", page.html().getElementById("m-reason").text());

        ServiceStubs.measurement.answer("PUT", API + "/IKU-01", 200, IKU01_V2.formatted(3, "Diukur tahunan", PLAN));
        typed.put("acknowledgedWarnings", "true");
        assertEquals(303, team.post("/tim-sakip/metodologi/IKU-01", typed).status());
        assertTrue(new ObjectMapper().readTree(ServiceStubs.measurement.last("PUT", API + "/IKU-01").body())
                .path("acknowledgedWarnings").asBoolean());
    }

    @Test
    void a_version_saved_meanwhile_by_a_colleague_is_shown_and_the_next_save_builds_on_it() {
        iku01(3, "Disimpan rekan");
        ServiceStubs.measurement.refuse("PUT", API + "/IKU-01", 412, "VERSION_STALE", "Data telah diubah",
                "Data ini telah diubah orang lain sejak Anda membacanya; muat ulang lalu ulangi perubahan Anda.");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post("/tim-sakip/metodologi/IKU-01",
                form("\"2\"", "RATIO", "Rumus rasio", false));

        assertEquals(412, page.status());
        assertTrue(page.html().getElementById("versi-berubah").text().contains("versi 3"));
        assertEquals("\"3\"", page.html().selectFirst("#form-metodologi input[name=etag]").val());
        assertEquals("RATIO", page.html().selectFirst("#m-negativeFormula option[selected]").val());
        assertTrue(page.html().selectFirst("#riwayat-versi tr[data-version=3]").text().contains("Disimpan rekan"));
    }

    @Test
    void a_combination_the_rules_refuse_is_marked_at_its_field() {
        iku01(2, "Telaah awal");
        ServiceStubs.measurement.refuse("PUT", API + "/IKU-01", Problems.fieldProblem("VALIDATION_FAILED",
                "negativeFormula", "negativeFormula RATIO hanya berlaku untuk indikator NEGATIVE"));
        Map<String, String> typed = form("\"2\"", "RATIO", "Coba", false);
        typed.put("polarity", "POSITIVE");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post("/tim-sakip/metodologi/IKU-01", typed);

        assertEquals(400, page.status());
        assertEquals("negativeFormula RATIO hanya berlaku untuk indikator NEGATIVE",
                page.html().getElementById("salah-negativeFormula").text());
        assertEquals("POSITIVE", page.html().selectFirst("#m-polarity option[selected]").val());
    }

    @Test
    void an_edit_without_the_version_read_is_refused_as_the_service_says() {
        iku01(2, "Telaah awal");
        ServiceStubs.measurement.refuse("PUT", API + "/IKU-01", 428, "IF_MATCH_REQUIRED", "If-Match wajib dikirim",
                "Kirim header If-Match berisi ETag data ini seperti saat Anda membacanya");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").post("/tim-sakip/metodologi/IKU-01",
                form("", "RATIO", "Rumus rasio", false));

        assertEquals(428, page.status());
        assertEquals("IF_MATCH_REQUIRED", page.html().selectFirst("#form-metodologi .problem").attr("data-code"));
        assertEquals("\"2\"", page.html().selectFirst("#form-metodologi input[name=etag]").val());
    }

    @Test
    void an_unknown_indicator_is_not_found() {
        ServiceStubs.measurement.refuse("GET", API + "/XX-99", 404, "INDICATOR_NOT_FOUND", "Indikator tidak ditemukan",
                "Indikator XX-99 tidak ada");

        WebSession.Page page = WebSession.signedInAs("tim.sakip.disdagtrans").get("/tim-sakip/metodologi/XX-99");

        assertEquals(404, page.status());
        assertTrue(page.html().selectFirst(".problem").text().contains("Indikator XX-99 tidak ada"));
    }

    @Test
    void the_secretary_reads_the_methodology_without_a_form_to_change_it() {
        iku01(2, "Telaah awal");

        WebSession.Page page = WebSession.signedInAs("sekretaris.disdagtrans").get("/tim-sakip/metodologi/IKU-01");

        assertEquals(200, page.status());
        assertNull(page.html().getElementById("form-metodologi"));
        assertNotNull(page.html().getElementById("riwayat-versi"));

        WebSession.Page list = WebSession.signedInAs("sekretaris.disdagtrans").get("/tim-sakip/metodologi");
        assertNull(list.html().getElementById("draf-IKP-02"));
        assertNull(list.html().getElementById("konfirmasi-draf"));
        assertNull(list.html().getElementById("ukur-ulang-" + RECAP));
        assertTrue(list.html().selectFirst("tr[data-indicator=IKP-02]").text().contains("Menunggu tinjauan tim"));
    }

    private static Map<String, String> form(String etag, String negativeFormula, String reason, boolean acknowledged) {
        Map<String, String> form = new HashMap<>(Map.of("etag", etag, "polarity", "NEGATIVE", "valueType", "PERCENT",
                "frequency", "QUARTERLY", "periodAggregation", "AVERAGE", "negativeFormula", negativeFormula,
                "weight", "1,5", "gradeScale", "", "reason", reason));
        if (acknowledged) {
            form.put("acknowledgedWarnings", "true");
        }
        return form;
    }
}
