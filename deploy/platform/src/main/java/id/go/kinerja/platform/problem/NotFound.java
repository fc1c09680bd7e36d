package id.go.kinerja.platform.problem;

/** Not there, or not the caller's agency: both answer the same, so nothing leaks across agencies. */
public class NotFound extends DomainProblem {

    public NotFound(String what, Object id) {
        super(404, "Not found", what + " " + id + " does not exist", null);
    }
}
