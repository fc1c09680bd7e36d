package id.go.kinerja.platform.problem;

import java.util.List;

/** Input that passed the shape checks but breaks a domain rule, field by field. */
public class InvalidInput extends DomainProblem {

    private final List<Problem.FieldError> errors;

    public InvalidInput(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public InvalidInput(List<Problem.FieldError> errors) {
        super(400, "Invalid input", errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid", null);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
