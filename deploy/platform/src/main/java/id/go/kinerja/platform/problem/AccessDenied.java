package id.go.kinerja.platform.problem;

/** The caller's role or division does not allow this, inside their own agency. */
public class AccessDenied extends DomainProblem {

    public AccessDenied(String detail) {
        super(403, "Forbidden", detail, null);
    }
}
