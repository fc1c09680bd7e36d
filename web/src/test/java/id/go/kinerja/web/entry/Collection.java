package id.go.kinerja.web.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.web.stub.ServiceStubs;
import id.go.kinerja.web.stub.WebSession;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * collection-service's answers about one round of the demo agency, shaped as its RoundView, EntryView and
 * EvidenceView are: the round of Q1 2025 with items of the PERDAGANGAN division in each state an operator or a
 * division head meets.
 */
final class Collection {

    static final String ROUND = "7f1c0000-0000-0000-0000-000000000001";
    static final String ROUNDS = "/api/collection/rounds/" + ROUND;
    static final String EVIDENCE_ID = "0b7e0000-0000-0000-0000-0000000000e1";

    /** Not entered yet; a NUMBER indicator with a value target. */
    static final String NOT_ENTERED = entry("IKP-01", "Jumlah pelaku usaha yang mengikuti pelatihan", "orang", "NUMBER",
            "{\"quarter\": 1, \"value\": 85}", "NOT_ENTERED", 0, """
                    "value": null, "grade": null, "noData": false, "noDataReason": null, "note": null, "source": null,
                    "enteredBy": null, "enteredAt": null, "sentBack": null, "returned": null, "history": []""");

    /** Sent back by the division head with a reason; a PERCENT indicator with a range target. */
    static final String SENT_BACK = entry("IKP-02", "Persentase pasar yang tertib ukur", "%", "PERCENT",
            "{\"quarter\": 1, \"min\": 70, \"max\": 80}", "SENT_BACK", 3, """
                    "value": 65.5, "grade": null, "noData": false, "noDataReason": null, "note": "Rekap UPT Metrologi",
                    "source": null, "enteredBy": "operator.perdagangan@disdagtrans", "enteredAt": "2025-04-02T02:00:00Z",
                    "sentBack": {"reason": "Angka tidak sesuai laporan UPT", "by": "kabid.perdagangan@disdagtrans",
                                 "at": "2025-04-02T06:00:00Z"},
                    "returned": null,
                    "history": [
                      {"action": "ENTERED", "by": "operator.perdagangan@disdagtrans", "role": "OPERATOR",
                       "at": "2025-04-02T02:00:00Z", "value": 65.5, "note": "Rekap UPT Metrologi"},
                      {"action": "SENT_BACK", "by": "kabid.perdagangan@disdagtrans", "role": "DIVISION_HEAD",
                       "at": "2025-04-02T06:00:00Z", "reason": "Angka tidak sesuai laporan UPT"}]""");

    /** Pushed by another system, awaiting the operator's confirmation; a PREDICATE indicator. */
    static final String PROPOSED = entry("IKU-03", "Predikat akuntabilitas kinerja bidang", "predikat", "PREDICATE",
            "{\"quarter\": 1, \"grade\": \"BB\"}", "PROPOSED", 1, """
                    "value": null, "grade": "B", "noData": false, "noDataReason": null, "note": null,
                    "source": "SIPD-Keuangan", "enteredBy": null, "enteredAt": null, "sentBack": null, "returned": null,
                    "history": [{"action": "PROPOSED", "by": "sipd@disdagtrans", "role": "INTEGRATION",
                                 "at": "2025-04-01T03:00:00Z", "grade": "B"}]""");

    /** Returned to collection by the Secretary's review of revision 1. */
    static final String RETURNED = entry("IKP-04", "Jumlah pasar rakyat yang direvitalisasi", "pasar", "NUMBER",
            "{\"quarter\": 1, \"value\": 2}", "RETURNED", 5, """
                    "value": 12, "grade": null, "noData": false, "noDataReason": null, "note": null, "source": null,
                    "enteredBy": "operator.perdagangan@disdagtrans", "enteredAt": "2025-04-03T02:00:00Z",
                    "sentBack": null,
                    "returned": {"reason": "Bukti serah terima pasar belum dilampirkan", "returnTo": "COLLECTION",
                                 "by": "sekretaris.disdagtrans@disdagtrans", "at": "2025-04-10T02:00:00Z", "revision": 1},
                    "history": []""");

    /** Entered by the operator, awaiting the division head. */
    static final String ENTERED = entry("IKP-05", "Jumlah tera ulang alat ukur", "unit", "NUMBER",
            "{\"quarter\": 1, \"value\": 1500}", "ENTERED", 2, """
                    "value": 1620, "grade": null, "noData": false, "noDataReason": null,
                    "note": "Laporan UPT Metrologi Maret", "source": null,
                    "enteredBy": "operator.perdagangan@disdagtrans", "enteredAt": "2025-04-02T02:00:00Z",
                    "sentBack": null, "returned": null,
                    "history": [{"action": "ENTERED", "by": "operator.perdagangan@disdagtrans", "role": "OPERATOR",
                                 "at": "2025-04-02T02:00:00Z", "value": 1620}]""");

    /** Verified by the division head. */
    static final String VERIFIED = entry("IKP-06", "Jumlah pelaku usaha yang difasilitasi promosi", "orang", "NUMBER",
            "{\"quarter\": 1, \"value\": 40}", "VERIFIED", 4, """
                    "value": null, "grade": null, "noData": true,
                    "noDataReason": "Pameran triwulan I ditunda ke April", "note": null, "source": null,
                    "enteredBy": "operator.perdagangan@disdagtrans", "enteredAt": "2025-04-02T02:00:00Z",
                    "sentBack": null, "returned": null, "history": []""");

    static final String EVIDENCE = """
            [{"id": "%s", "filename": "daftar-hadir-pelatihan.pdf", "contentType": "application/pdf", "size": 24576,
              "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
              "uploadedBy": "operator.perdagangan@disdagtrans", "uploadedAt": "2025-04-02T02:05:00Z"}]"""
            .formatted(EVIDENCE_ID);

    private Collection() {
    }

    /** Tells the collection stub the round (in {@code status}) with these entries, each with its ETag and no evidence. */
    static void round(String status, String... entries) {
        StringBuilder items = new StringBuilder();
        for (String entry : entries) {
            String code = codeOf(entry);
            if (!items.isEmpty()) {
                items.append(", ");
            }
            items.append("""
                    {"indicatorCode": "%s", "indicatorName": "…", "unit": "…", "nodeCode": "3.30.07.2.01",
                     "divisionCode": "PERDAGANGAN", "valueType": "NUMBER", "frequency": "QUARTERLY",
                     "target": null, "state": "…", "value": null, "grade": null, "noDataReason": null, "version": 0}"""
                    .formatted(code));
            ServiceStubs.collection.answer("GET", ROUNDS + "/entries/" + code, 200, entry,
                    Map.of("ETag", "\"" + versionOf(entry) + "\""));
            ServiceStubs.collection.answer("GET", ROUNDS + "/entries/" + code + "/evidence", 200, "[]");
        }
        ServiceStubs.collection.answer("GET", ROUNDS, 200, """
                {"roundId": "%s", "year": 2025, "quarter": 1, "status": "%s",
                 "planVersion": {"id": "5a000000-0000-0000-0000-000000000001", "kind": "PK", "number": 1},
                 "openedBy": "kepala.disdagtrans@disdagtrans", "openedAt": "2025-03-31T01:00:00Z", "items": [%s]}"""
                .formatted(ROUND, status, items));
    }

    static void evidenceOf(String code) {
        ServiceStubs.collection.answer("GET", ROUNDS + "/entries/" + code + "/evidence", 200, EVIDENCE);
    }

    /** The entry as its state changed (e.g. after someone else's edit), with its new ETag. */
    static void entryNow(String entry) {
        ServiceStubs.collection.answer("GET", ROUNDS + "/entries/" + codeOf(entry), 200, entry,
                Map.of("ETag", "\"" + versionOf(entry) + "\""));
    }

    /** The entry with one of its own fields (not the target's) set to {@code json}. */
    static String with(String entry, String field, String json) {
        return entry.replaceFirst("(?<!\"quarter\": 1, )\"" + field + "\": [^,\\n}]+", "\"" + field + "\": " + json);
    }

    /** The page answers the service's status and shows its refusal (code and words) at {@code where}. */
    static void assertRefused(WebSession.Page page, int status, String where, String code, String detail) {
        assertEquals(status, page.status());
        Element problem = page.html().selectFirst(where + " .problem");
        assertEquals(code, problem.attr("data-code"));
        assertTrue(problem.text().contains(detail), problem.text());
    }

    private static String entry(String code, String name, String unit, String valueType, String target, String state,
                                int version, String rest) {
        return """
                {"roundId": "%s", "year": 2025, "quarter": 1, "indicatorCode": "%s", "indicatorName": "%s",
                 "unit": "%s", "valueType": "%s", "divisionCode": "PERDAGANGAN", "target": %s, "state": "%s",
                 "verifiedBy": null, "verifiedAt": null, "version": %d,
                 %s}""".formatted(ROUND, code, name, unit, valueType, target, state, version, rest);
    }

    private static String codeOf(String entry) {
        return entry.replaceFirst("(?s).*\"indicatorCode\": \"([^\"]+)\".*", "$1");
    }

    private static int versionOf(String entry) {
        return Integer.parseInt(entry.replaceFirst("(?s).*\"version\": (\\d+).*", "$1"));
    }
}
