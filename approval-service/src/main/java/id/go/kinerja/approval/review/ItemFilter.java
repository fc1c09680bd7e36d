package id.go.kinerja.approval.review;

/** Which items of a document to show, by their decision. */
public enum ItemFilter {
    UNDECIDED,
    ACCEPTED,
    RETURNED;

    boolean matches(ItemDecisionView decision) {
        return switch (this) {
            case UNDECIDED -> decision == null;
            case ACCEPTED -> decision != null && decision.decision() == Decision.ACCEPTED;
            case RETURNED -> decision != null && decision.decision() == Decision.RETURNED;
        };
    }
}
