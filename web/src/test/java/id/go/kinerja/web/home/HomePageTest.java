package id.go.kinerja.web.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.web.stub.ServiceStubs;
import id.go.kinerja.web.stub.WebSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class HomePageTest {

    @BeforeEach
    void forget() {
        ServiceStubs.reset();
    }

    @Test
    void an_operator_sees_the_entries_waiting_in_their_division_with_deadlines_in_wib_and_the_overdue_marked() {
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, """
                {"items": [
                  {"kind": "ENTER", "roundId": "7f1c0000-0000-0000-0000-000000000001", "year": 2025, "quarter": 1,
                   "step": "A6", "indicatorCode": "IKP-01", "divisionCode": "PERDAGANGAN", "state": "OPEN",
                   "since": "2025-04-01T01:00:00Z", "standardTime": "2d", "deadline": "2025-04-03T01:00:00Z", "overdue": true},
                  {"kind": "CORRECT", "roundId": "7f1c0000-0000-0000-0000-000000000001", "year": 2025, "quarter": 1,
                   "step": "A6", "indicatorCode": "IKP-02", "divisionCode": "PERDAGANGAN", "state": "RETURNED",
                   "since": "2025-04-02T03:30:00Z", "standardTime": "2d", "deadline": "2025-04-04T03:30:00Z", "overdue": false}
                ]}""");

        WebSession.Page home = WebSession.signedInAs("operator.perdagangan").get("/");

        assertEquals(200, home.status());
        Element first = home.html().selectFirst("#pekerjaan li");
        assertTrue(first.text().contains("Isi realisasi IKP-01"), first.text());
        assertTrue(first.text().contains("Triwulan I tahun 2025"), first.text());
        // 01:00 UTC is 08.00 WIB; Indonesian month abbreviations
        assertTrue(first.text().contains("Batas waktu 3 Apr 2025 08.00 WIB"), first.text());
        assertTrue(first.text().contains("Waktu baku 2 hari kerja"), first.text());
        assertTrue(first.hasClass("overdue") && first.text().contains("Terlambat"));
        assertEquals("/isian/putaran/7f1c0000-0000-0000-0000-000000000001", first.selectFirst("a").attr("href"));
        assertTrue(home.html().select("#pekerjaan li").get(1).text().contains("Perbaiki realisasi IKP-02 yang dikembalikan"));
        // the operator's own token went to the service, with Indonesian asked for
        var sent = ServiceStubs.collection.last("GET", "/api/collection/my-work");
        assertTrue(sent.header("Authorization").startsWith("Bearer ey"));
        assertEquals("id", sent.header("Accept-Language"));
        // an operator has no measurement work: measurement is not asked
        assertTrue(!ServiceStubs.measurement.received("GET", "/api/measurement/my-work"));
    }

    @Test
    void the_head_sees_work_of_collection_and_measurement_oldest_first() {
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, """
                {"items": [{"kind": "STEP", "roundId": "7f1c0000-0000-0000-0000-000000000009", "year": 2025, "quarter": 2,
                   "step": "A11", "since": "2025-07-10T02:00:00Z", "standardTime": "30m", "overdue": false}]}""");
        ServiceStubs.measurement.answer("GET", "/api/measurement/my-work", 200, """
                {"items": [{"kind": "MEMO", "year": 2025, "quarter": 2, "step": "B1",
                   "since": "2025-07-09T02:00:00Z", "standardTime": "5m", "overdue": false}]}""");

        WebSession.Page home = WebSession.signedInAs("kepala.disdagtrans").get("/");

        var items = home.html().select("#pekerjaan li");
        assertEquals(2, items.size());
        assertTrue(items.get(0).text().contains("B1 · Nota dinas pengukuran kinerja"), items.get(0).text());
        assertTrue(items.get(1).text().contains("Sekretaris melaporkan hasil pengumpulan data kinerja kepada Kepala Dinas"));
        assertTrue(items.get(1).text().contains("Waktu baku 30 menit"));
    }

    @Test
    void nothing_waiting_is_said_so() {
        ServiceStubs.collection.answer("GET", "/api/collection/my-work", 200, "{\"items\": []}");

        WebSession.Page home = WebSession.signedInAs("kabid.metrologi").get("/");

        assertEquals("Tidak ada pekerjaan yang menunggu Anda saat ini.", home.html().selectFirst("#tidak-ada-pekerjaan").text());
    }

    @Test
    void a_refusal_of_the_service_is_shown_in_its_words_with_its_status() {
        ServiceStubs.collection.refuse("GET", "/api/collection/my-work", 403, "ROLE_NOT_ALLOWED", "Tidak berwenang",
                "Hanya Operator yang dapat melihat pekerjaan ini.");

        WebSession.Page home = WebSession.signedInAs("operator.perdagangan").get("/");

        assertEquals(403, home.status());
        Element problem = home.html().selectFirst(".problem");
        assertEquals("ROLE_NOT_ALLOWED", problem.attr("data-code"));
        assertTrue(problem.text().contains("Hanya Operator yang dapat melihat pekerjaan ini."));
    }

    @Test
    void a_service_that_does_not_answer_gives_a_page_that_says_so_and_that_nothing_changed() {
        ServiceStubs.collection.stopAnswering();
        try {
            WebSession.Page home = WebSession.signedInAs("operator.perdagangan").get("/");

            assertEquals(503, home.status());
            assertTrue(home.html().selectFirst(".problem").text().contains("collection-service tidak menjawab"));
            assertTrue(home.html().selectFirst(".problem").text().contains("Data Anda tidak berubah"));
        } finally {
            ServiceStubs.collection.answerAgain();
        }
    }
}
