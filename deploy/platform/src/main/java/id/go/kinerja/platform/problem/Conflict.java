package id.go.kinerja.platform.problem;

import java.util.Map;

/** The request is well formed but the current state refuses it (a step out of order, a locked item, a stale version). */
public class Conflict extends DomainProblem {

    public Conflict(String detail) {
        super(409, "Conflict with the current state", detail, null);
    }

    public Conflict(String detail, Map<String, Object> context) {
        super(409, "Conflict with the current state", detail, context);
    }
}
