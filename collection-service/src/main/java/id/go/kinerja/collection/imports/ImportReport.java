package id.go.kinerja.collection.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kinerja.platform.problem.Problem.FieldError;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Import summary: what was (or in a dry run would be) created, updated, left unchanged or rejected, "
        + "row by row")
public record ImportReport(
        @Schema(example = "2025") int year,
        @Schema(description = "True: nothing was written") boolean dryRun,
        ImportStrategy strategy,
        @Schema(description = "Divisions (bidang) created from the JSON document's divisions") int divisionsCreated,
        int created,
        int updated,
        int unchanged,
        int rejected,
        @Schema(description = "Every row; in a 422 only the first rejected ones (see problems)") List<Row> rows,
        @Schema(description = "Only in a 422") @JsonInclude(JsonInclude.Include.NON_NULL) ProblemCounts problems) {

    /** The summary a refusal answers: the first {@code limit} rejected rows, the rest counted. */
    public ImportReport rejectedOnly(int limit) {
        ProblemCounts.Listed<Row> listed = ProblemCounts.of(rows, Row::outcome, Row::errors, limit);
        return new ImportReport(year, dryRun, strategy, divisionsCreated, created, updated, unchanged, rejected,
                listed.rows(), listed.counts());
    }

    @Schema(name = "ImportRow", description = "One row of the file (a plan node or an indicator with its targets)")
    public record Row(
            @Schema(description = "Row number in the file (CSV/XLSX: the header is row 1; JSON: position, nodes first)",
                    example = "7") int row,
            @Schema(description = "NODE or INDICATOR") RowKind kind,
            @Schema(description = "The node's or the indicator's code", example = "IKP-02") String code,
            RowOutcome outcome,
            @Schema(description = "Why the row is rejected, column by column") List<FieldError> errors) {
    }

    public enum RowKind {
        NODE, INDICATOR
    }
}
