package id.go.kinerja.platform.problem;

/** Not there, or not the caller's agency: both answer the same, so nothing leaks across agencies. */
public class NotFound extends DomainProblem {

    /** {@code code}'s detail names what was looked for with {@code id}, e.g. "Putaran {0} tidak ada". */
    public NotFound(ProblemCode code, Object... id) {
        super(code, null, id);
    }

    /** Not yet given a code of its own: {@code NOT_FOUND} with an English detail. */
    public NotFound(String what, Object id) {
        super(404, null, what + " " + id + " does not exist", null);
    }
}
