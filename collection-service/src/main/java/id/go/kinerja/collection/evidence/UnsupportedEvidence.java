package id.go.kinerja.collection.evidence;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

class UnsupportedEvidence extends DomainProblem {

    UnsupportedEvidence(String filename, String found) {
        super(CollectionProblem.EVIDENCE_TYPE_UNSUPPORTED, Map.of("allowed", EvidenceType.ALLOWED), filename, found);
    }
}
