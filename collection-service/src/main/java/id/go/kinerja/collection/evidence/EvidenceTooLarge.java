package id.go.kinerja.collection.evidence;

import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

class EvidenceTooLarge extends DomainProblem {

    EvidenceTooLarge(long size, long limit) {
        super(413, "Payload too large", "The file has " + size + " bytes, more than the evidence limit of " + limit
                + " bytes", Map.of("maxBytes", limit));
    }
}
