package id.go.kinerja.collection.imports;

import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

/** Some rows are wrong: nothing was written, and the summary tells which rows and why. */
public class ImportRejected extends DomainProblem {

    /** @param report the summary of every row; the answer lists the first {@code listed} rejected ones */
    public ImportRejected(ImportReport report, int listed) {
        super(422, "Import rejected", report.rejected() + " of " + report.rows().size()
                + " rows are rejected; nothing was written (see context.summary)",
                Map.of("summary", report.rejectedOnly(listed)));
    }
}
