package id.go.kinerja.collection.problem;

import id.go.kinerja.platform.problem.Message;
import id.go.kinerja.platform.problem.ProblemCode;

/**
 * The causes collection-service refuses a request for, besides the platform's (docs/errors.md); their words are in
 * {@code problems/collection.properties} (Bahasa Indonesia) and {@code collection_en.properties}.
 */
public enum CollectionProblem implements ProblemCode {

    ROUND_NOT_FOUND(404),
    RECAP_NOT_FOUND(404),
    RECAP_OF_ROUND_NOT_FOUND(404),
    RECAP_REVISION_NOT_FOUND(404),
    INDICATOR_NOT_FOUND(404),
    INDICATOR_NOT_IN_ROUND(404),
    PLAN_NODE_NOT_FOUND(404),
    PLAN_VERSION_NOT_FOUND(404),
    DIVISION_NOT_FOUND(404),
    EVIDENCE_NOT_FOUND(404),
    OWN_ENTRY_VERIFICATION(403),
    SOP_NOT_TRACKED(409),
    ROUND_ALREADY_OPEN(409),
    NO_AGREEMENT_PUBLISHED(409),
    NOTHING_TO_COLLECT(409),
    ROUND_STATUS_CONFLICT(409),
    BUDGET_READ_ONLY(409),
    NO_PAGU(409),
    RECAP_INCOMPLETE(409),
    RECAP_AWAITS_REVIEW(409),
    RECAP_NOTHING_TO_SUBMIT(409),
    RECAP_STATUS_CONFLICT(409),
    ENTRY_VERIFIED(409),
    ENTRY_AWAITS_VERIFICATION(409),
    ENTRY_NOT_PROPOSED(409),
    ENTRY_NOT_ENTERED(409),
    ENTRY_SENT_BACK(409),
    ENTRY_ALREADY_SENT_BACK(409),
    ENTRY_AWAITS_REENTRY(409),
    ENTRY_ALREADY_VERIFIED(409),
    ENTRY_NOT_RETURNED(409),
    ENTRIES_READ_ONLY_SUBMITTED(409),
    ENTRY_AWAITS_CONFIRMATION(409),
    ENTRY_LOCKED(409),
    PLAN_NODE_EXISTS(409),
    INDICATOR_EXISTS(409),
    DIVISION_EXISTS(409),
    AGREEMENT_ALREADY_PUBLISHED(409),
    NO_AGREEMENT_TO_REVISE(409),
    PLAN_WITHOUT_TARGETS(409),
    RENSTRA_PERIOD_OVERLAP(409),
    EVIDENCE_LIMIT_REACHED(409),
    EVIDENCE_SUBMITTED(409),
    FILE_TOO_LARGE(413),
    FILE_TOO_MANY_ROWS(413),
    FILE_TOO_MANY_TEXTS(413),
    EVIDENCE_TOO_LARGE(413),
    EVIDENCE_TYPE_UNSUPPORTED(415),
    IMPORT_REJECTED(422),
    UPLOAD_REJECTED(422);

    public static final String BUNDLE = "problems.collection";

    private final int status;

    CollectionProblem(int status) {
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

    /** A text of collection's bundle, e.g. a field error's message. */
    public static Message text(String key, Object... args) {
        return Message.of(BUNDLE, key, args);
    }
}
