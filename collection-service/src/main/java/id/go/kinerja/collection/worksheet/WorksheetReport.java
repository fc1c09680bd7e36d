package id.go.kinerja.collection.worksheet;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kinerja.collection.imports.ProblemCounts;
import id.go.kinerja.collection.imports.RowOutcome;
import id.go.kinerja.platform.problem.Problem.FieldError;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Upload summary of a realisation worksheet (lembar realisasi): what was (or in a dry run would "
        + "be) created, updated, left unchanged or rejected, row by row")
public record WorksheetReport(
        UUID roundId,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        @Schema(description = "True: nothing was written") boolean dryRun,
        @Schema(description = "The system the figures come from (INTEGRATION uploads; their rows land as PROPOSED)",
                example = "SIPD-Keuangan") String source,
        @Schema(description = "Rows that gave an entry its first realisation") int created,
        @Schema(description = "Rows that changed an entry's realisation, grade or note") int updated,
        @Schema(description = "Rows equal to the entry, or with nothing filled in") int unchanged,
        int rejected,
        @Schema(description = "Every row; in a 422 only the first rejected ones (see problems)") List<Row> rows,
        @Schema(description = "Only in a 422") @JsonInclude(JsonInclude.Include.NON_NULL) ProblemCounts problems) {

    /** The summary a refusal answers: the first {@code limit} rejected rows, the rest counted. */
    public WorksheetReport rejectedOnly(int limit) {
        ProblemCounts.Listed<Row> listed = ProblemCounts.of(rows, Row::outcome, Row::errors, limit);
        return new WorksheetReport(roundId, year, quarter, dryRun, source, created, updated, unchanged, rejected,
                listed.rows(), listed.counts());
    }

    @Schema(name = "WorksheetRow", description = "One row of the worksheet")
    public record Row(
            @Schema(description = "Row number in the file (the header is row 1)", example = "2") int row,
            @Schema(example = "IKP-01") String indicatorCode,
            RowOutcome outcome,
            @Schema(description = "Why the row is rejected, column by column") List<FieldError> errors) {
    }
}
