package id.go.kinerja.platform.upload;

import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

/** An upload whose ZIP package would inflate beyond the limits (a "zip bomb"): refused before it is parsed. */
public class UnsafeArchive extends DomainProblem {

    UnsafeArchive(String why, Map<String, Object> limit) {
        super(413, "Payload too large", "The file is a ZIP package (XLSX, DOCX) that " + why
                + "; such a file is refused before it is read", limit);
    }
}
