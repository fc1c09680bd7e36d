package id.go.kinerja.web.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Bodies of collection- and measurement-service as they answer them, for the Tim SAKIP page tests. */
final class TeamJson {

    static final String ROUND = "7f1c0000-0000-0000-0000-000000000001";
    static final String RECAP = "9a2b0000-0000-0000-0000-000000000007";

    private TeamJson() {
    }

    /** GET /api/collection/rounds/{id}: two divisions, IKP-02 entered but not verified yet. */
    static String round(String status) {
        return """
                {"roundId": "%s", "year": 2025, "quarter": 1, "status": "%s",
                 "planVersion": {"id": "5e0b7a42-6c1d-4f3e-9b8a-2d4c6e8f0a1b", "kind": "PK", "number": 1},
                 "openedBy": "kepala.disdagtrans", "openedAt": "2025-04-01T01:00:00Z",
                 "items": [
                   {"indicatorCode": "IKP-01", "indicatorName": "Jumlah pasar rakyat yang direvitalisasi", "unit": "pasar",
                    "nodeCode": "3.30.02", "divisionCode": "PERDAGANGAN", "valueType": "NUMBER", "frequency": "QUARTERLY",
                    "target": {"quarter": 1, "value": 2}, "state": "VERIFIED", "value": 2, "grade": null,
                    "noDataReason": null, "version": 3},
                   {"indicatorCode": "IKP-02", "indicatorName": "Jumlah pedagang yang dilatih", "unit": "orang",
                    "nodeCode": "3.30.02", "divisionCode": "PERDAGANGAN", "valueType": "NUMBER", "frequency": "QUARTERLY",
                    "target": {"quarter": 1, "value": 20}, "state": "ENTERED", "value": 20, "grade": null,
                    "noDataReason": null, "version": 2},
                   {"indicatorCode": "IKT-01", "indicatorName": "Jumlah transmigran yang ditempatkan", "unit": "KK",
                    "nodeCode": "3.31.01", "divisionCode": "TRANSMIGRASI", "valueType": "NUMBER", "frequency": "QUARTERLY",
                    "target": {"quarter": 1, "value": 50}, "state": "NOT_ENTERED", "value": null, "grade": null,
                    "noDataReason": null, "version": 0}
                 ]}""".formatted(ROUND, status);
    }

    /** A timeline (collection or measurement) with the named steps done and the next one running. */
    static String timeline(String prefix, int steps, Set<String> done, String extra) {
        List<String> rows = new ArrayList<>();
        boolean runningGiven = false;
        for (int i = 1; i <= steps; i++) {
            String step = prefix + i;
            boolean isDone = done.contains(step);
            String status = isDone ? "DONE_ON_TIME" : runningGiven ? "NOT_STARTED" : "RUNNING";
            runningGiven |= !isDone;
            rows.add("""
                    {"step": "%s", "name": "nama", "nameEn": "name", "cycle": 1, "standardTime": %s,
                     "startedAt": %s, "endedAt": %s, "deadline": %s, "workingTime": "PT1H", "workingSeconds": 3600,
                     "status": "%s", "heldBy": %s, "doneBy": %s, "output": %s, "overdueReportedAt": null}"""
                    .formatted(step, standardTime(prefix, i, steps), isDone || status.equals("RUNNING") ? "\"2025-04-02T01:00:00Z\"" : "null",
                            isDone ? "\"2025-04-02T02:00:00Z\"" : "null",
                            status.equals("NOT_STARTED") ? "null" : "\"2025-04-02T03:00:00Z\"", status,
                            isDone ? "null" : prefix.equals("A") ? "{\"role\": \"SAKIP_TEAM\", \"divisions\": []}" : "\"SAKIP_TEAM\"",
                            isDone ? "{\"userId\": \"tim.sakip.disdagtrans\", \"role\": \"SAKIP_TEAM\"}" : "null",
                            isDone ? output(step) : "null"));
        }
        return "{\"roundId\": \"" + ROUND + "\", \"year\": 2025, \"quarter\": 1, " + extra + " \"cycle\": 1, \"steps\": ["
                + String.join(",", rows) + "]}";
    }

    /** As the services answer: the archiving step (A12, B10) has no standard time. */
    private static String standardTime(String prefix, int step, int steps) {
        return step == steps ? "null" : "\"120m\"";
    }

    static String collectionTimeline(String... done) {
        return timeline("A", 12, Set.of(done), "\"roundStatus\": \"OPEN\",");
    }

    static String measurementTimeline(String recap, String... done) {
        return timeline("B", 10, Set.of(done), "\"recap\": " + recap + ",");
    }

    /** A refusal with its context, as the services word it. */
    static String problem(int status, String code, String title, String detail, String context) {
        return """
                {"type": "https://kinerja.go.id/problems/%s", "status": %d, "code": "%s", "title": "%s", "detail": "%s",
                 "context": %s}""".formatted(code.toLowerCase().replace('_', '-'), status, code, title, detail, context);
    }

    private static String output(String step) {
        return switch (step) {
            case "A1", "B1" -> "{\"number\": \"800/112/DP-Trans/2025\", \"date\": \"2025-04-01\"}";
            case "A2", "B2" -> "{\"date\": \"2025-04-02\", \"attendees\": [\"Sekretaris\", \"Ketua Tim SAKIP\"], "
                    + "\"summary\": \"Pengumpulan data selesai dalam dua hari kerja\"}";
            case "A3", "B3" -> "{\"activities\": [{\"activity\": \"Pengarahan operator bidang\", \"start\": \"2025-04-03\", "
                    + "\"end\": \"2025-04-03\", \"responsible\": \"Tim SAKIP\"}]}";
            case "A4" -> "{\"documents\": [{\"kind\": \"PK\", \"status\": \"AVAILABLE\", \"attachment\": \"PK-2025-ttd.pdf\"}]}";
            case "A5" -> "{\"date\": \"2025-04-03\", \"divisions\": [{\"divisionCode\": \"PERDAGANGAN\", \"attendees\": [\"Budi\"]}]}";
            case "B4" -> "{\"note\": \"Metodologi ditetapkan\"}";
            default -> "{}";
        };
    }
}
