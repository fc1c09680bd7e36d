package id.go.kinerja.measurement.methodology;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kinerja.platform.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MethodologyBulkReport", description = "What a bulk save of methodologies did, row by row (all rows "
        + "or none are saved)")
public record BulkReport(
        @Schema(description = "Rows that made a new version") int saved,
        @Schema(description = "Rows equal to the current methodology: no new version") int unchanged,
        int rejected,
        List<Row> rows) {

    public enum Outcome { SAVED, UNCHANGED, REJECTED }

    @Schema(name = "MethodologyBulkRow", description = "One row of a bulk save")
    public record Row(
            @Schema(description = "Position in the request (1 for the first), or row number in the sheet (the "
                    + "header is row 1)", example = "2") int row,
            @Schema(example = "IKP-02") String indicatorCode,
            Outcome outcome,
            @Schema(description = "The current version after the save") @JsonInclude(JsonInclude.Include.NON_NULL)
            Integer version,
            @Schema(description = "Why the row is rejected, field by field") @JsonInclude(JsonInclude.Include.NON_EMPTY)
            List<FieldError> errors,
            @Schema(description = "Departures from the plan the request acknowledged")
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PlanDisagreement> warnings) {
    }

    static final class Builder {
        private final List<Row> rows = new ArrayList<>();
        private int saved;
        private int unchanged;
        private int rejected;

        void saved(int row, String code, int version, List<PlanDisagreement> warnings) {
            saved++;
            rows.add(new Row(row, code, Outcome.SAVED, version, List.of(), warnings));
        }

        void unchanged(int row, String code, int version, List<PlanDisagreement> warnings) {
            unchanged++;
            rows.add(new Row(row, code, Outcome.UNCHANGED, version, List.of(), warnings));
        }

        void rejected(int row, String code, List<FieldError> errors) {
            rejected++;
            rows.add(new Row(row, code, Outcome.REJECTED, null, errors, List.of()));
        }

        /** The report; with any rejected row, the refusal that rolls the whole request back. */
        BulkReport buildOrRefuse() {
            BulkReport report = new BulkReport(saved, unchanged, rejected, List.copyOf(rows));
            if (rejected > 0) {
                throw new MethodologiesRejected(report);
            }
            return report;
        }
    }
}
