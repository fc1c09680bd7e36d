package id.go.kinerja.web.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * collection-service's row-by-row answer to an uploaded worksheet: of a file taken (or, in a dry run, that would be
 * taken), or of a refused one (422, {@code context.summary}: only the rejected rows, nothing written).
 */
public record WorksheetReport(boolean dryRun, boolean refused, int created, int updated, int unchanged, int rejected,
                              int rowsNotListed, List<Row> rows) {

    /** One row of the file: its number (the header is row 1), its indicator, what became of it and why. */
    public record Row(int row, String indicatorCode, String outcome, List<String> errors) {

        public boolean rejected() {
            return "REJECTED".equals(outcome);
        }
    }

    static WorksheetReport of(JsonNode summary, boolean refused) {
        List<Row> rows = new ArrayList<>();
        summary.path("rows").forEach(row -> {
            List<String> errors = new ArrayList<>();
            row.path("errors").forEach(error -> errors.add(error.path("field").asText("") + ": "
                    + error.path("message").asText("")));
            rows.add(new Row(row.path("row").asInt(), row.path("indicatorCode").asText(""),
                    row.path("outcome").asText(), errors));
        });
        return new WorksheetReport(summary.path("dryRun").asBoolean(false), refused, summary.path("created").asInt(),
                summary.path("updated").asInt(), summary.path("unchanged").asInt(), summary.path("rejected").asInt(),
                summary.path("problems").path("rowsNotListed").asInt(0), rows);
    }
}
