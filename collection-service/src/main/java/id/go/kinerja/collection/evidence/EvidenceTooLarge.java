package id.go.kinerja.collection.evidence;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

class EvidenceTooLarge extends DomainProblem {

    EvidenceTooLarge(long size, long limit) {
        super(CollectionProblem.EVIDENCE_TOO_LARGE, Map.of("maxBytes", limit), size, limit);
    }
}
