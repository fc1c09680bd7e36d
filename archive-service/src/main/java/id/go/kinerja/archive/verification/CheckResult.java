package id.go.kinerja.archive.verification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of one check")
public record CheckResult(
        @Schema(description = "Which check") Check check,
        @Schema(description = "Whether it passed") boolean passed,
        @Schema(description = "The value recomputed or found where the record points") String expected,
        @Schema(description = "The value the record holds") String actual,
        @Schema(description = "What was compared, and on failure what it means") String detail) {

    static CheckResult of(Check check, String expected, String actual, String passedDetail, String failedDetail) {
        boolean passed = expected.equals(actual);
        return new CheckResult(check, passed, expected, actual, passed ? passedDetail : failedDetail);
    }
}
