package id.go.kinerja.systemtest.security;

import id.go.kinerja.infrastructure.ZipBombs;
import id.go.kinerja.systemtest.security.ApiCatalogue.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Uploads built to take a service's memory: a worksheet of more rows than any agency has (refused with 413 at
 * the first row too many), one of thousands of wrong rows (422 whose report stays small), and Office files that
 * inflate a thousandfold (zip bombs) as evidence and as a worksheet (refused, never stored).
 */
final class Uploads {

    private static final String ROWS = "uploads: rows bounded";
    private static final String ZIP = "uploads: zip bombs refused";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** More than the worksheet's row limit. */
    private static final int TOO_MANY_ROWS = 25_000;
    /** Fewer than the limit, every one wrong. */
    private static final int WRONG_ROWS = 5_000;
    /** An error report larger than this lists every row instead of the first ones. */
    private static final int REPORT_BYTES = 128 * 1024;
    /** A few hundred kilobytes on the wire. */
    private static final long INFLATED_BYTES = 300L << 20;

    private final Suite suite;
    private final Resources open;

    Uploads(Suite suite) {
        this.suite = suite;
        this.open = suite.agencies().open;
    }

    void run() {
        Operation worksheet = suite.operation("POST", "/api/collection/rounds/{roundId}/worksheet");
        String integration = Tokens.sign(Tokens.claims(List.of("INTEGRATION"), Agencies.A, null));
        String path = open.path(worksheet) + "?dryRun=true&source=SIPD-Keuangan";

        Probe.Answer tooMany = suite.send(ROWS, suite.requests().call(worksheet, path, integration, "application/json")
                .body("text/csv", worksheetOf(TOO_MANY_ROWS)).labelled(TOO_MANY_ROWS + " rows"));
        if (tooMany.status() != 413 || !tooMany.isProblem() || tooMany.body().length > REPORT_BYTES) {
            suite.violation(ROWS, "worksheet of " + TOO_MANY_ROWS + " rows: " + tooMany.body().length + " bytes, "
                    + tooMany.describe());
        }
        Probe.Answer wrong = suite.send(ROWS, suite.requests().call(worksheet, path, integration, "application/json")
                .body("text/csv", worksheetOf(WRONG_ROWS)).labelled(WRONG_ROWS + " wrong rows"));
        if (wrong.status() != 422 || !wrong.isProblem() || wrong.body().length > REPORT_BYTES) {
            suite.violation(ROWS, "worksheet of " + WRONG_ROWS + " unknown indicators: " + wrong.body().length
                    + " bytes, " + wrong.describe());
        }
        Probe.Answer xlsxBomb = suite.send(ZIP, suite.requests().call(worksheet, path, integration, "application/json")
                .body(XLSX, ZipBombs.xlsx(INFLATED_BYTES)).labelled("XLSX zip bomb"));
        refused(xlsxBomb, "worksheet XLSX inflating to " + (INFLATED_BYTES >> 20) + " MB");

        Operation evidence = suite.operation("POST", "/api/collection/rounds/{roundId}/entries/{indicatorCode}/evidence");
        String operator = Tokens.sign(Tokens.claims(List.of("OPERATOR"), Agencies.A, Agencies.OWN_DIVISION));
        String evidencePath = "/api/collection/rounds/" + open.roundId() + "/entries/" + Agencies.OWN_INDICATOR + "/evidence";
        Probe.Answer docxBomb = suite.send(ZIP, suite.requests().call(evidence, evidencePath, operator, "application/json")
                .body(Requests.multipartType(), Requests.multipart("file", "laporan.docx", ZipBombs.docx(INFLATED_BYTES)))
                .labelled("DOCX zip bomb"));
        refused(docxBomb, "evidence DOCX inflating to " + (INFLATED_BYTES >> 20) + " MB");
    }

    private void refused(Probe.Answer answer, String what) {
        if (answer.status() < 400 || answer.status() >= 500 || !answer.isProblem()) {
            suite.violation(ZIP, what + ": " + answer.describe());
        }
    }

    /** The round's own worksheet header, then {@code rows} rows of indicators no plan has. */
    private byte[] worksheetOf(int rows) {
        List<String> lines = new String(suite.agencies().worksheetCsv, StandardCharsets.UTF_8).lines().toList();
        String header = lines.get(0);
        String sample = lines.get(1);
        int firstCell = sample.indexOf(header.contains(";") ? ';' : ',');
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        for (int row = 0; row < rows; row++) {
            csv.append("ZZ-").append(row).append(sample.substring(firstCell)).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
