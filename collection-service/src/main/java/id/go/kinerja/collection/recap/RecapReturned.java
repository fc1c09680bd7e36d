package id.go.kinerja.collection.recap;

import java.util.List;
import java.util.UUID;

/** What collection reads of {@code RecapReturned} (docs/events.md); other fields are ignored. */
public record RecapReturned(UUID roundId, Integer year, Integer quarter, String note, List<Item> items) {

    public record Item(String indicatorCode, String reason, ReturnTo returnTo) {
    }
}
