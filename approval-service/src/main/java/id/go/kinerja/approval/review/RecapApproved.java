package id.go.kinerja.approval.review;

import java.util.UUID;

/** The Secretary approved a revision (SOP A10 / B8): its data and methodology become read-only for good. */
public record RecapApproved(UUID roundId, int year, int quarter, String note) {

    public static final String TOPIC = "kinerja.approval.recap-approved";
    public static final String EVENT_TYPE = "RecapApproved";
}
