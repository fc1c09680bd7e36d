package id.go.kinerja.platform.problem;

import java.util.List;

/** Input that passed the shape checks but breaks a domain rule, field by field ({@code VALIDATION_FAILED}). */
public class InvalidInput extends DomainProblem {

    private final List<Problem.FieldError> errors;

    public InvalidInput(String field, Message message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    /** A field error not yet put in a bundle: its message is shown as written. */
    public InvalidInput(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public InvalidInput(List<Problem.FieldError> errors) {
        this(PlatformProblem.VALIDATION_FAILED, errors);
    }

    /** A field error of a cause with a code of its own (e.g. {@code LIST_PARAMETER_INVALID}), not VALIDATION_FAILED. */
    public InvalidInput(ProblemCode code, String field, Message message) {
        this(code, List.of(new Problem.FieldError(field, message)));
    }

    /** {@code code}'s detail gets the number of errors ({0}) and the first error or their count ({1}). */
    private InvalidInput(ProblemCode code, List<Problem.FieldError> errors) {
        super(code, null, errors.size(), summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The first field error, shown in the detail of a problem with one field error. */
    private static Message summary(List<Problem.FieldError> errors) {
        Problem.FieldError first = errors.get(0);
        return errors.size() == 1
                ? PlatformProblem.text("fieldError", first.field(), first.text())
                : PlatformProblem.text("fieldErrors", errors.size());
    }
}
