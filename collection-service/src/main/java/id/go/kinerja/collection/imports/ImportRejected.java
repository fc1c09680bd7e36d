package id.go.kinerja.collection.imports;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

/** Some rows are wrong: nothing was written, and the summary tells which rows and why. */
public class ImportRejected extends DomainProblem {

    /** @param report the summary of every row; the answer lists the first {@code listed} rejected ones */
    public ImportRejected(ImportReport report, int listed) {
        super(CollectionProblem.IMPORT_REJECTED, Map.of("summary", report.rejectedOnly(listed)), report.rejected(),
                report.rows().size());
    }
}
