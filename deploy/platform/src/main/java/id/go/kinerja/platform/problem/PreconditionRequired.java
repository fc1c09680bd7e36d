package id.go.kinerja.platform.problem;

/** An edit of an existing record without If-Match: it could overwrite a change the caller has not seen. */
public class PreconditionRequired extends DomainProblem {

    public PreconditionRequired(String detail) {
        super(428, "Precondition Required", detail, null);
    }
}
