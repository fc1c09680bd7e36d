package id.go.kinerja.collection.imports;

import id.go.kinerja.platform.problem.Problem.FieldError;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The tail of a refused file's summary: the 422 lists only the first rejected rows (kinerja.import.max-listed-rows),
 * so that a file of thousands of wrong rows gets an answer of a few kilobytes, and counts the rest here.
 */
@Schema(description = "In a 422: the rejected rows not listed, and the errors of the whole file counted by column")
public record ProblemCounts(
        @Schema(description = "Rejected rows beyond the listed ones", example = "0") int rowsNotListed,
        @Schema(description = "Errors per column (field) in the whole file", example = "{\"realisation\": 3}")
        Map<String, Integer> errorsByColumn) {

    /** The first {@code limit} rejected rows, and the counts of all of them. */
    public static <R> Listed<R> of(List<R> rows, Function<R, RowOutcome> outcome, Function<R, List<FieldError>> errors,
                            int limit) {
        List<R> rejected = rows.stream().filter(row -> outcome.apply(row) == RowOutcome.REJECTED).toList();
        Map<String, Integer> byColumn = new TreeMap<>();
        rejected.forEach(row -> errors.apply(row).forEach(error -> byColumn.merge(error.field(), 1, Integer::sum)));
        List<R> listed = rejected.subList(0, Math.min(limit, rejected.size()));
        return new Listed<>(List.copyOf(listed), new ProblemCounts(rejected.size() - listed.size(), byColumn));
    }

    public record Listed<R>(List<R> rows, ProblemCounts counts) {
    }
}
