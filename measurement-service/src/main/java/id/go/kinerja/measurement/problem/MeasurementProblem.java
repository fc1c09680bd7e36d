package id.go.kinerja.measurement.problem;

import id.go.kinerja.measurement.engine.RefusedInputException;
import id.go.kinerja.platform.problem.Message;
import id.go.kinerja.platform.problem.ProblemCode;

/**
 * The causes measurement-service refuses a request for, besides the platform's (docs/errors.md); their words are in
 * {@code problems/measurement.properties} (Bahasa Indonesia) and {@code measurement_en.properties}.
 */
public enum MeasurementProblem implements ProblemCode {

    RECAP_NOT_FOUND(404),
    MEASUREMENT_NOT_FOUND(404),
    MEASUREMENT_ROUND_NOT_FOUND(404),
    INDICATOR_NOT_FOUND(404),
    PREDICATE_SCALE_NOT_FOUND(404),
    METHODOLOGIES_MISSING(409),
    RECAP_METHODOLOGIES_MISSING(409),
    METHODOLOGY_UNCHANGED(409),
    PREDICATE_SCALE_DATE_TAKEN(409),
    RECAP_APPROVED_FROZEN(409),
    NOTHING_TO_REMEASURE(409),
    NOTHING_RETURNED_TO_MEASUREMENT(409),
    ITEMS_RETURNED_TO_COLLECTION(409),
    METHODOLOGY_DEPARTS_FROM_PLAN(409),
    METHODOLOGIES_REJECTED(422);

    public static final String BUNDLE = "problems.measurement";

    private final int status;

    MeasurementProblem(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String bundle() {
        return BUNDLE;
    }

    /** The words of a refusal of the measurement rules: its key's text in the bundle, else its message as written. */
    public static Message refusal(RefusedInputException refused) {
        return refused.key() != null && Message.exists(BUNDLE, refused.key())
                ? text(refused.key(), refused.args().toArray()) : text("refused", refused.getMessage());
    }

    /** A text of measurement's bundle, e.g. a field error's message. */
    public static Message text(String key, Object... args) {
        return Message.of(BUNDLE, key, args);
    }
}
