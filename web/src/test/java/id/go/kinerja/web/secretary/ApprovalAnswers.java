package id.go.kinerja.web.secretary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * approval-service's answers as it gives them (RecapDetail, DocumentView, ReviewView, InboxEntry), built from the
 * measured document of docs/events/samples/RecapMeasured.json, for the Secretary's and the Head's page tests.
 */
public final class ApprovalAnswers {

    public static final String RECAP = "7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90";
    public static final String ROUND = "0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b";
    public static final String DETAIL = "/api/approval/recaps/" + RECAP;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApprovalAnswers() {
    }

    /** Revision 1 under review: IKP-02 undecided, IKP-07 (no data) accepted, IKS-01 undecided. */
    public static ObjectNode underReview() {
        return read("""
                {"recapId": "%s", "agencyCode": "DISDAGTRANS", "agencyName": "Dinas Perdagangan dan Transmigrasi",
                 "roundId": "%s", "year": 2025, "quarter": 1, "status": "AWAITING_REVIEW", "approvedRevision": null,
                 "document": {
                   "revision": 1, "measuredRevision": 1, "measuredAt": "2025-04-10T03:15:02.000Z",
                   "receivedAt": "2025-04-10T03:15:03.000Z", "agencyName": "Dinas Perdagangan dan Transmigrasi",
                   "headlineAchievement": 100.00,
                   "levelSummaries": [
                     {"level": "GOAL", "status": "NOT_EVALUABLE", "achievement": null, "predicate": null, "nodes": 1,
                      "notEvaluable": 1, "predicateCounts": {}},
                     {"level": "OBJECTIVE", "status": "OK", "achievement": 100.00, "predicate": "SANGAT_TINGGI", "nodes": 1,
                      "notEvaluable": 0, "predicateCounts": {"SANGAT_TINGGI": 1}},
                     {"level": "PROGRAM", "status": "OK", "achievement": 90.00, "predicate": "TINGGI", "nodes": 1,
                      "notEvaluable": 0, "predicateCounts": {"TINGGI": 1}}],
                   "nodes": [
                     {"code": "T1", "level": "GOAL", "name": "Meningkatnya kinerja perdagangan", "parentCode": null,
                      "budgetCeiling": null, "budgetRealised": null,
                      "rollUp": {"status": "NOT_EVALUABLE", "achievement": null, "predicate": null, "budgetAbsorption": null,
                                 "evaluatedIndicators": 0, "leftOutIndicators": 0}},
                     {"code": "S1", "level": "OBJECTIVE", "name": "Meningkatnya distribusi barang", "parentCode": "T1",
                      "budgetCeiling": null, "budgetRealised": null,
                      "rollUp": {"status": "OK", "achievement": 100.00, "predicate": "SANGAT_TINGGI", "budgetAbsorption": null,
                                 "evaluatedIndicators": 1, "leftOutIndicators": 0}},
                     {"code": "3.30.02", "level": "PROGRAM", "name": "Program Peningkatan Sarana Distribusi Perdagangan",
                      "parentCode": "S1", "budgetCeiling": 1250000000, "budgetRealised": 312500000,
                      "rollUp": {"status": "OK", "achievement": 90.00, "predicate": "TINGGI", "budgetAbsorption": 25.00,
                                 "evaluatedIndicators": 2, "leftOutIndicators": 1}}],
                   "itemCount": 3, "acceptedCount": 1, "returnedCount": 0, "undecidedCount": 2,
                   "items": [
                     {"indicatorCode": "IKP-02", "indicatorName": "Jumlah pelaku usaha yang mengikuti pelatihan",
                      "divisionCode": "PERDAGANGAN", "nodeCode": "3.30.02",
                      "data": {"indicatorCode": "IKP-02", "indicatorName": "Jumlah pelaku usaha yang mengikuti pelatihan",
                               "unit": "orang", "nodeCode": "3.30.02", "divisionCode": "PERDAGANGAN", "polarity": "POSITIVE",
                               "valueType": "NUMBER", "frequency": "QUARTERLY", "periodAggregation": "SUM",
                               "targets": [{"quarter": 1, "value": 25}, {"quarter": 2, "value": 25},
                                           {"quarter": 3, "value": 25}, {"quarter": 4, "value": 25}],
                               "realisations": [{"quarter": 1, "value": 20, "enteredBy": "operator.perdagangan",
                                                 "verifiedBy": "kabid.perdagangan", "note": "Pelatihan angkatan I",
                                                 "evidence": [{"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                                                               "filename": "daftar-hadir.pdf", "contentType": "application/pdf",
                                                               "sha256": "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea"}]}]},
                      "result": {"status": "OK", "achievement": 80.00, "predicate": "TINGGI", "flags": [],
                                 "rule": "POSITIVE_RATIO", "formula": "R / T × 100", "target": {"value": 25},
                                 "realisation": {"value": 20}, "methodologyVersion": 1},
                      "noData": [], "decision": null, "changes": null},
                     {"indicatorCode": "IKP-07", "indicatorName": "Indeks kepuasan pelaku usaha terhadap layanan perdagangan",
                      "divisionCode": "PERDAGANGAN", "nodeCode": "3.30.02",
                      "data": {"indicatorCode": "IKP-07", "unit": "indeks", "valueType": "NUMBER",
                               "targets": [{"quarter": 1, "value": 80}],
                               "realisations": [{"quarter": 1, "noData": true,
                                                 "noDataReason": "Survei kepuasan triwulan I ditunda karena anggaran survei belum cair",
                                                 "enteredBy": "operator.perdagangan", "verifiedBy": "kabid.perdagangan",
                                                 "note": null, "evidence": []}]},
                      "result": {"status": "INCOMPLETE", "achievement": null, "predicate": null, "flags": [],
                                 "rule": "MISSING_REALISATION", "formula": "realisation missing", "target": {"value": 80},
                                 "realisation": null, "methodologyVersion": 1,
                                 "note": "quarter 1: no data (Survei kepuasan triwulan I ditunda karena anggaran survei belum cair)"},
                      "noData": [{"quarter": 1, "reason": "Survei kepuasan triwulan I ditunda karena anggaran survei belum cair"}],
                      "decision": {"indicatorCode": "IKP-07", "revision": 1, "measuredRevision": 1, "decision": "ACCEPTED",
                                   "reason": null, "returnTo": null, "decidedBy": "sekretaris.disdagtrans",
                                   "decidedAt": "2025-04-11T02:00:00.000Z"},
                      "changes": null},
                     {"indicatorCode": "IKS-01", "indicatorName": "Nilai evaluasi akuntabilitas kinerja",
                      "divisionCode": "SEKRETARIAT", "nodeCode": "S1",
                      "data": {"indicatorCode": "IKS-01", "unit": "predikat", "valueType": "PREDICATE",
                               "targets": [{"quarter": 1, "grade": "BB"}],
                               "realisations": [{"quarter": 1, "grade": "BB", "enteredBy": "operator.sekretariat",
                                                 "verifiedBy": "kabid.sekretariat", "note": null, "evidence": []}]},
                      "result": {"status": "OK", "achievement": 100.00, "predicate": "SANGAT_TINGGI", "flags": [],
                                 "rule": "PREDICATE_RANK_RATIO", "formula": "rank(R) / rank(T) × 100",
                                 "target": {"grade": "BB"}, "realisation": {"grade": "BB"}, "methodologyVersion": 1},
                      "noData": [], "decision": null, "changes": null}]},
                 "reviews": [], "disposition": null, "archive": null, "version": 2}
                """.formatted(RECAP, ROUND));
    }

    /** The same recap after every item was accepted and the Secretary approved revision 1. */
    public static ObjectNode approved() {
        ObjectNode recap = underReview();
        recap.put("status", "APPROVED").put("approvedRevision", 1);
        ObjectNode document = (ObjectNode) recap.path("document");
        document.put("acceptedCount", 3).put("undecidedCount", 0);
        for (String code : new String[] {"IKP-02", "IKS-01"}) {
            item(recap, code).set("decision", read("""
                    {"indicatorCode": "%s", "revision": 1, "measuredRevision": 1, "decision": "ACCEPTED", "reason": null,
                     "returnTo": null, "decidedBy": "sekretaris.disdagtrans", "decidedAt": "2025-04-11T02:05:00.000Z"}"""
                    .formatted(code)));
        }
        recap.withArray("reviews").add(read("""
                {"revision": 1, "measuredRevision": 1, "decision": "APPROVED", "decidedBy": "sekretaris.disdagtrans",
                 "decidedAt": "2025-04-11T02:10:00.000Z", "note": "Lengkap, disetujui",
                 "items": [{"indicatorCode": "IKP-02", "decision": "ACCEPTED", "reason": null, "returnTo": null},
                           {"indicatorCode": "IKP-07", "decision": "ACCEPTED", "reason": null, "returnTo": null},
                           {"indicatorCode": "IKS-01", "decision": "ACCEPTED", "reason": null, "returnTo": null}]}"""));
        return recap;
    }

    /**
     * Revision 2 under review after the Secretary returned IKP-02 to collection (24 trained, not 20) and IKS-01 to
     * measurement: each item carries {@code changes} since revision 1.
     */
    public static ObjectNode revisionTwo() {
        ObjectNode recap = underReview();
        ObjectNode document = (ObjectNode) recap.path("document");
        document.put("revision", 2);
        ObjectNode trained = item(recap, "IKP-02");
        ((ObjectNode) trained.path("data").path("realisations").path(0)).put("value", 24);
        ((ObjectNode) trained.path("result")).put("achievement", 96.00).put("predicate", "SANGAT_TINGGI");
        ((ObjectNode) trained.path("result").path("realisation")).put("value", 24);
        trained.set("changes", read("""
                {"sinceRevision": 1, "sinceMeasuredRevision": 1, "newItem": false, "previousDecision": "RETURNED",
                 "returnReason": "Daftar hadir pelatihan menunjukkan 24 peserta, bukan 20", "returnedTo": "COLLECTION",
                 "changed": [
                   {"field": "realisations",
                    "before": [{"quarter": 1, "value": 20, "enteredBy": "operator.perdagangan", "note": "Pelatihan angkatan I", "evidence": []}],
                    "after": [{"quarter": 1, "value": 24, "enteredBy": "operator.perdagangan", "note": "Sesuai daftar hadir", "evidence": []}]},
                   {"field": "result.achievement", "before": 80.00, "after": 96.00},
                   {"field": "result.predicate", "before": "TINGGI", "after": "SANGAT_TINGGI"}]}"""));
        item(recap, "IKP-07").set("decision", null);
        item(recap, "IKP-07").set("changes", read("""
                {"sinceRevision": 1, "sinceMeasuredRevision": 1, "newItem": false, "previousDecision": "ACCEPTED",
                 "returnReason": null, "returnedTo": null, "changed": []}"""));
        item(recap, "IKS-01").set("changes", read("""
                {"sinceRevision": 1, "sinceMeasuredRevision": 1, "newItem": false, "previousDecision": "RETURNED",
                 "returnReason": "Gunakan skala SAKIP", "returnedTo": "MEASUREMENT",
                 "changed": []}"""));
        document.put("acceptedCount", 0).put("undecidedCount", 3);
        recap.withArray("reviews").add(read("""
                {"revision": 1, "measuredRevision": 1, "decision": "RETURNED", "decidedBy": "sekretaris.disdagtrans",
                 "decidedAt": "2025-04-11T02:10:00.000Z", "note": "Dua indikator perlu diperbaiki",
                 "items": [{"indicatorCode": "IKP-02", "decision": "RETURNED",
                            "reason": "Daftar hadir pelatihan menunjukkan 24 peserta, bukan 20", "returnTo": "COLLECTION"},
                           {"indicatorCode": "IKP-07", "decision": "ACCEPTED", "reason": null, "returnTo": null},
                           {"indicatorCode": "IKS-01", "decision": "RETURNED", "reason": "Gunakan skala SAKIP",
                            "returnTo": "MEASUREMENT"}]}"""));
        return recap;
    }

    /** One item of the recap's document, to change for a test. */
    public static ObjectNode item(ObjectNode recap, String indicatorCode) {
        for (JsonNode item : recap.path("document").path("items")) {
            if (item.path("indicatorCode").asText().equals(indicatorCode)) {
                return (ObjectNode) item;
            }
        }
        throw new IllegalArgumentException(indicatorCode);
    }

    /** The inbox (approval's InboxEntry page) with the recap of {@link #underReview()}. */
    public static String inbox() {
        return """
                {"items": [{"recapId": "%s", "roundId": "%s", "year": 2025, "quarter": 1, "revision": 2,
                  "measuredRevision": 1, "receivedAt": "2025-04-10T03:15:03.000Z", "headlineAchievement": 94.25,
                  "itemCount": 22, "acceptedCount": 10, "returnedCount": 1, "updatedAt": "2025-04-10T03:15:03.000Z"}],
                 "page": 0, "size": 200, "total": 1}""".formatted(RECAP, ROUND);
    }

    /** approval's list of recaps (RecapSummary) with the approved one waiting for the disposition. */
    public static String approvedList() {
        return """
                {"items": [{"recapId": "%s", "roundId": "%s", "year": 2025, "quarter": 1, "status": "APPROVED",
                  "revision": 2, "measuredRevision": 1, "receivedAt": "2025-04-12T03:15:03.000Z",
                  "headlineAchievement": 96.5, "itemCount": 22, "approvedRevision": 2, "disposedAt": null,
                  "archiveId": null, "updatedAt": "2025-04-12T05:00:00.000Z"}],
                 "page": 0, "size": 200, "total": 1}""".formatted(RECAP, ROUND);
    }

    public static String empty() {
        return "{\"items\": [], \"page\": 0, \"size\": 200, \"total\": 0}";
    }

    static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
