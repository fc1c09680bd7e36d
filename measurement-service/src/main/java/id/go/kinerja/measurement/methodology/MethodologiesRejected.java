package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.problem.MeasurementProblem;
import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

/** A bulk save with rejected rows: nothing is saved; the answer has every row's outcome. */
public class MethodologiesRejected extends DomainProblem {

    MethodologiesRejected(BulkReport report) {
        super(MeasurementProblem.METHODOLOGIES_REJECTED, Map.of("summary", report), report.rejected(), report.rows().size());
    }
}
