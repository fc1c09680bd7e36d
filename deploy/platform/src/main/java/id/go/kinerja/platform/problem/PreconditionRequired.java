package id.go.kinerja.platform.problem;

import java.util.Map;

/** An edit of an existing record without If-Match: it could overwrite a change the caller has not seen. */
public class PreconditionRequired extends DomainProblem {

    public PreconditionRequired(Map<String, Object> context) {
        super(PlatformProblem.IF_MATCH_REQUIRED, context);
    }
}
