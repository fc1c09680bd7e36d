package id.go.kinerja.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.web.stub.Problems;
import id.go.kinerja.web.stub.ServiceStub;
import id.go.kinerja.web.stub.ServiceStubs;
import id.go.kinerja.web.stub.WebSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class AuditPageTest {

    static final String COLLECTION = "/api/collection/audit";
    static final String MEASUREMENT = "/api/measurement/audit";
    static final String APPROVAL = "/api/approval/audit";
    static final String ARCHIVE = "/api/archive/audit";

    @BeforeEach
    void forget() {
        ServiceStubs.reset();
    }

    static String entry(long id, String at, String actor, String role, String action, String outcome, Integer status) {
        return """
                {"id": %d, "occurredAt": "%s", "agencyCode": "DISDAGTRANS", "actorId": "%s", "actorRoles": ["%s"],
                 "action": "%s", "target": "7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90", "outcome": "%s", "status": %s,
                 "before": null, "after": null, "requestId": "6f0c2a8e-93b1-4f57-8d0e-2b6a4c1e9f3%d",
                 "detail": %s, "agencyUnverified": false}""".formatted(id, at, actor, role, action, outcome, status, id % 10,
                "REFUSED".equals(outcome) ? "\"Hanya Sekretaris (SECRETARY) yang dapat menyetujui rekap.\"" : "null");
    }

    static String page(long total, String... entries) {
        return "{\"items\": [" + String.join(",", entries) + "], \"page\": 0, \"size\": 25, \"total\": " + total + "}";
    }

    static void allAnswer(long total) {
        ServiceStubs.collection.answer("GET", COLLECTION, 200, page(total,
                entry(11, "2025-04-14T03:00:00.000Z", "operator.perdagangan", "OPERATOR",
                        "PUT /api/collection/rounds/{roundId}/entries/{indicatorCode}", "DONE", 200)));
        ServiceStubs.measurement.answer("GET", MEASUREMENT, 200, page(0));
        ServiceStubs.approval.answer("GET", APPROVAL, 200, page(total,
                entry(21, "2025-04-15T03:10:00.000Z", "sekretaris.disdagtrans", "SECRETARY", "RecapApproved", "DONE", null),
                entry(20, "2025-04-14T05:00:00.000Z", "tim.sakip.disdagtrans", "SAKIP_TEAM",
                        "POST /api/approval/recaps/{recapId}/approval", "REFUSED", 403)));
        ServiceStubs.archive.answer("GET", ARCHIVE, 200, page(0));
    }

    @Test
    void the_four_trails_merge_newest_first_with_who_what_when_and_the_outcome() {
        allAnswer(2);

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/audit");

        assertEquals(200, page.status());
        Elements rows = page.html().select("#jejak-audit tbody tr");
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).text().contains("15 Apr 2025 10.10 WIB") && rows.get(0).text().contains("RecapApproved")
                && rows.get(0).text().contains("Persetujuan") && rows.get(0).text().contains("Berhasil"), rows.get(0).text());
        Element refused = rows.get(1);
        assertEquals("REFUSED", refused.attr("data-outcome"));
        assertTrue(refused.text().contains("Ditolak") && refused.text().contains("HTTP 403")
                && refused.text().contains("tim.sakip.disdagtrans") && refused.text().contains("Tim SAKIP")
                && refused.text().contains("Hanya Sekretaris (SECRETARY) yang dapat menyetujui rekap."), refused.text());
        assertEquals("Pengumpulan data", rows.get(2).attr("data-service"));
        for (ServiceStub service : new ServiceStub[] {ServiceStubs.collection, ServiceStubs.measurement,
                ServiceStubs.approval, ServiceStubs.archive}) {
            String path = service == ServiceStubs.collection ? COLLECTION : service == ServiceStubs.measurement
                    ? MEASUREMENT : service == ServiceStubs.approval ? APPROVAL : ARCHIVE;
            var sent = service.last("GET", path);
            assertTrue(sent.query().contains("page=0") && sent.query().contains("size=25"), sent.query());
            assertTrue(sent.header("Authorization").startsWith("Bearer ey"));
        }
        assertTrue(page.html().selectFirst("nav.pager").text().contains("4 data"));
    }

    @Test
    void the_filters_go_to_the_services_with_the_days_in_wib() {
        allAnswer(2);

        WebSession.Page page = WebSession.signedInAs("kepala.disdagtrans")
                .get("/audit?dari=2025-04-01&sampai=2025-04-30&pelaku=sekretaris.disdagtrans&tindakan=Recap&hasil=REFUSED");

        assertEquals(200, page.status());
        String sent = URLDecoder.decode(ServiceStubs.approval.last("GET", APPROVAL).query(), StandardCharsets.UTF_8);
        // a day in WIB starts at 17:00 UTC the day before; "sampai" includes its whole day
        assertTrue(sent.contains("from=2025-03-31T17:00:00Z") && sent.contains("to=2025-04-30T17:00:00Z"), sent);
        assertTrue(sent.contains("actor=sekretaris.disdagtrans") && sent.contains("action=Recap")
                && sent.contains("outcome=REFUSED"), sent);
        assertEquals("2025-04-01", page.html().getElementById("dari").val());
        assertEquals("2025-04-30", page.html().getElementById("sampai").val());
        assertEquals("sekretaris.disdagtrans", page.html().getElementById("pelaku").val());
        assertEquals("REFUSED", page.html().selectFirst("#hasil option[selected]").val());
    }

    @Test
    void one_services_trail_pages_on_through_that_service() {
        ServiceStubs.archive.answer("GET", ARCHIVE, 200, page(60,
                entry(31, "2025-04-16T02:30:01.000Z", "system", "SYSTEM", "RecapArchived", "DONE", null)));

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/audit?layanan=arsip&halaman=1");

        assertEquals(1, page.html().select("#jejak-audit tbody tr").size());
        assertEquals("Arsip", page.html().selectFirst("#jejak-audit tbody tr").attr("data-service"));
        assertTrue(ServiceStubs.archive.last("GET", ARCHIVE).query().contains("page=1"));
        assertFalse(ServiceStubs.collection.received("GET", COLLECTION));
        assertEquals("/audit?layanan=arsip&halaman=2", page.html().getElementById("halaman-berikutnya").attr("href"));
        assertEquals("/audit?layanan=arsip", page.html().getElementById("halaman-sebelumnya").attr("href"));
        assertEquals("arsip", page.html().selectFirst("#layanan option[selected]").val());
    }

    @Test
    void the_merged_trail_reaches_as_deep_as_one_page_of_each_service_and_says_how_to_read_further() {
        allAnswer(0);
        String[] entries = IntStream.range(0, 200).mapToObj(i -> entry(1000 - i, "2025-04-%02dT03:00:00.000Z".formatted(1 + i % 28),
                "operator.perdagangan", "OPERATOR", "PUT /api/collection/rounds/{roundId}/entries/{indicatorCode}", "DONE", 200))
                .toArray(String[]::new);
        ServiceStubs.collection.answer("GET", COLLECTION, 200, page(500, entries));
        ServiceStubs.approval.answer("GET", APPROVAL, 200, page(500, entries));

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/audit?halaman=30");

        assertTrue(ServiceStubs.collection.last("GET", COLLECTION).query().contains("size=200"));
        assertNull(page.html().getElementById("halaman-berikutnya"));
        assertNotNull(page.html().getElementById("halaman-sebelumnya"));
        assertEquals(25, page.html().select("#jejak-audit tbody tr").size());
        assertTrue(page.html().selectFirst("nav.pager").text().contains("Halaman 8 dari 40"));
        assertTrue(page.html().getElementById("jejak-terpotong").text().contains("Pilih satu layanan"));
    }

    @Test
    void a_date_the_service_does_not_take_is_shown_next_to_the_filters_in_its_words() {
        ServiceStubs.collection.refuse("GET", COLLECTION, Problems.fieldProblem("VALIDATION_FAILED", "from",
                "'kemarin' bukan waktu ISO-8601 seperti 2025-04-01T00:00:00Z"));

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/audit?dari=kemarin");

        assertEquals(400, page.status());
        assertTrue(page.html().selectFirst(".problem").text().contains("'kemarin' bukan waktu ISO-8601"));
        assertEquals("kemarin", page.html().getElementById("dari").val());
        assertTrue(ServiceStubs.collection.last("GET", COLLECTION).query().contains("from=kemarin"));
    }

    @Test
    void an_outcome_the_service_does_not_know_is_refused_by_it() {
        ServiceStubs.approval.refuse("GET", APPROVAL, Problems.fieldProblem("VALIDATION_FAILED", "outcome",
                "'GAGAL' bukan salah satu dari DONE, REFUSED"));

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/audit?layanan=persetujuan&hasil=GAGAL");

        assertEquals(400, page.status());
        assertEquals("VALIDATION_FAILED", page.html().selectFirst(".problem").attr("data-code"));
        assertTrue(page.html().selectFirst(".problem").text().contains("outcome"));
    }

    @Test
    void a_paging_parameter_the_service_refuses_is_shown_in_its_words() {
        ServiceStubs.measurement.refuse("GET", MEASUREMENT, Problems.fieldProblem("LIST_PARAMETER_INVALID", "size",
                "harus kurang dari atau sama dengan 200"));

        WebSession.Page page = WebSession.signedInAs("kepala.disdagtrans").get("/audit?layanan=pengukuran");

        assertEquals(400, page.status());
        assertEquals("LIST_PARAMETER_INVALID", page.html().selectFirst(".problem").attr("data-code"));
    }

    @Test
    void a_role_that_may_not_read_the_trail_is_refused_in_the_services_words() {
        ServiceStubs.collection.refuse("GET", COLLECTION, 403, "ROLE_NOT_ALLOWED", "Peran Anda tidak diizinkan",
                "Hanya Auditor (AUDITOR), Kepala Perangkat Daerah (HEAD) yang dapat melakukan tindakan ini.");

        WebSession.Page page = WebSession.signedInAs("sekretaris.disdagtrans").get("/audit");

        assertEquals(403, page.status());
        assertTrue(page.html().selectFirst(".problem").text().contains("Hanya Auditor (AUDITOR)"));
    }

    @Test
    void a_service_that_does_not_answer_is_named_and_the_other_trails_still_show() {
        allAnswer(2);
        ServiceStubs.measurement.stopAnswering();
        try {
            WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/audit");

            assertEquals(200, page.status());
            assertEquals(3, page.html().select("#jejak-audit tbody tr").size());
            assertTrue(page.html().selectFirst(".problem[data-code=SERVICE_UNAVAILABLE]").text()
                    .contains("measurement-service tidak menjawab"));
        } finally {
            ServiceStubs.measurement.answerAgain();
        }
    }

    @Test
    void a_refusal_by_a_token_that_failed_verification_is_marked() {
        ServiceStubs.archive.answer("GET", ARCHIVE, 200, page(1, entry(41, "2025-04-16T05:00:00.000Z", "anonymous",
                "OPERATOR", "GET /api/archive/records", "REFUSED", 401).replace("\"agencyUnverified\": false",
                "\"agencyUnverified\": true")));

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/audit?layanan=arsip");

        assertTrue(page.html().selectFirst("#jejak-audit tbody tr").text().contains("Token tidak terverifikasi"));
    }

    @Test
    void an_empty_trail_is_said_so() {
        ServiceStubs.collection.answer("GET", COLLECTION, 200, page(0));

        WebSession.Page page = WebSession.signedInAs("auditor.inspektorat").get("/audit?layanan=pengumpulan");

        assertEquals("Tidak ada entri jejak audit yang sesuai.", page.html().getElementById("tidak-ada-jejak").text());
    }
}
