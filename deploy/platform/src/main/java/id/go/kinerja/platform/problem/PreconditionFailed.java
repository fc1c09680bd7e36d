package id.go.kinerja.platform.problem;

import java.util.Map;

/** An If-Match that names another version than the current one: somebody changed it since the caller read it. */
public class PreconditionFailed extends DomainProblem {

    public PreconditionFailed(Map<String, Object> context) {
        super(PlatformProblem.VERSION_STALE, context);
    }
}
