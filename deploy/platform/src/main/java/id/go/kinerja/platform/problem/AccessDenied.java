package id.go.kinerja.platform.problem;

/** The caller's role or division does not allow this, inside their own agency. */
public class AccessDenied extends DomainProblem {

    public AccessDenied(ProblemCode code, Object... args) {
        super(code, null, args);
    }

    /** Not yet given a code of its own: {@code ACCESS_DENIED} with this detail. */
    public AccessDenied(String detail) {
        super(403, null, detail, null);
    }
}
