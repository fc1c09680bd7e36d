package id.go.kinerja.collection.evidence;

import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

class UnsupportedEvidence extends DomainProblem {

    UnsupportedEvidence(String filename, String found) {
        super(415, "Unsupported media type", "The content of " + filename + " is " + found
                + "; evidence must be a PDF, PNG, JPEG, XLSX or DOCX file (the type is read from the content, "
                + "not from the name)", Map.of("allowed", EvidenceType.ALLOWED));
    }
}
