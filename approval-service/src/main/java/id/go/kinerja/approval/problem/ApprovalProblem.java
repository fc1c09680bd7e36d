package id.go.kinerja.approval.problem;

import id.go.kinerja.platform.problem.Message;
import id.go.kinerja.platform.problem.ProblemCode;

/**
 * The causes approval-service refuses a request for, besides the platform's (docs/errors.md); their words are in
 * {@code problems/approval.properties} (Bahasa Indonesia) and {@code approval_en.properties}.
 */
public enum ApprovalProblem implements ProblemCode {

    RECAP_NOT_FOUND(404),
    REVISION_NOT_FOUND(404),
    MEASUREMENT_NOT_FOUND(404),
    ITEM_NOT_FOUND(404),
    RECAP_LOCKED(409),
    REVISION_NOT_UNDER_REVIEW(409),
    REVISION_RETURNED(409),
    ITEMS_NOT_ACCEPTED(409),
    NOTHING_RETURNED(409),
    DISPOSITION_RECORDED(409),
    RECAP_NOT_APPROVED(409);

    public static final String BUNDLE = "problems.approval";

    private final int status;

    ApprovalProblem(int status) {
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

    /** A text of approval's bundle, e.g. a field error's message. */
    public static Message text(String key, Object... args) {
        return Message.of(BUNDLE, key, args);
    }
}
