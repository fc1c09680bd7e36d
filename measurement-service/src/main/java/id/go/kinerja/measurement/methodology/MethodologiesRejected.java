package id.go.kinerja.measurement.methodology;

import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

/** A bulk save with rejected rows: nothing is saved; the answer has every row's outcome. */
public class MethodologiesRejected extends DomainProblem {

    MethodologiesRejected(BulkReport report) {
        super(422, "Methodologies rejected", report.rejected() + " of " + report.rows().size()
                + " rows are rejected; nothing was saved (see context.summary)",
                Map.of("summary", report));
    }
}
