package id.go.kinerja.approval.review;

import java.util.List;
import java.util.UUID;

/**
 * The Secretary returned a revision (SOP A10 / B8): exactly the returned items, each with its reason and
 * where it goes back to. Collection reopens the COLLECTION items for re-entry; measurement revisits the
 * methodology of the MEASUREMENT items.
 */
public record RecapReturned(UUID roundId, int year, int quarter, String note, List<Item> items) {

    public static final String TOPIC = "kinerja.approval.recap-returned";
    public static final String EVENT_TYPE = "RecapReturned";

    public record Item(String indicatorCode, String reason, ReturnTo returnTo) {
    }
}
