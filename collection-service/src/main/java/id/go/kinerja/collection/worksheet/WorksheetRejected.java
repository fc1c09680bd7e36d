package id.go.kinerja.collection.worksheet;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

/** Some rows of a worksheet are wrong: nothing was written, and the summary tells which rows and why. */
public class WorksheetRejected extends DomainProblem {

    /** @param report the summary of every row; the answer lists the first {@code listed} rejected ones */
    public WorksheetRejected(WorksheetReport report, int listed) {
        super(CollectionProblem.UPLOAD_REJECTED, Map.of("summary", report.rejectedOnly(listed)), report.rejected(),
                report.rows().size());
    }
}
