package id.go.kinerja.platform.problem;

/** An If-Match that names another version than the current one: somebody changed it since the caller read it. */
public class PreconditionFailed extends DomainProblem {

    public PreconditionFailed(String detail) {
        super(412, "Precondition Failed", detail, null);
    }
}
