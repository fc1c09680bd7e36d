package id.go.kinerja.platform.upload;

import id.go.kinerja.platform.problem.DomainProblem;
import id.go.kinerja.platform.problem.Message;
import id.go.kinerja.platform.problem.PlatformProblem;
import java.util.Map;

/** An upload whose ZIP package would inflate beyond the limits (a "zip bomb"): refused before it is parsed. */
public class UnsafeArchive extends DomainProblem {

    UnsafeArchive(Message why, Map<String, Object> limit) {
        super(PlatformProblem.ARCHIVE_UNSAFE, limit, why);
    }
}
