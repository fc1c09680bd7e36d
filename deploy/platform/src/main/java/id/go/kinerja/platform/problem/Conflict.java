package id.go.kinerja.platform.problem;

import java.util.Map;

/** The request is well formed but the current state refuses it (a step out of order, a locked item, a stale version). */
public class Conflict extends DomainProblem {

    public Conflict(ProblemCode code, Object... args) {
        super(code, null, args);
    }

    public Conflict(ProblemCode code, Map<String, Object> context, Object... args) {
        super(code, context, args);
    }

    /** A conflict not yet given a code of its own: {@code STATE_CONFLICT} with this detail. */
    public Conflict(String detail) {
        super(409, null, detail, null);
    }

    /** A conflict not yet given a code of its own: {@code STATE_CONFLICT} with this detail. */
    public Conflict(String detail, Map<String, Object> context) {
        super(409, null, detail, context);
    }
}
