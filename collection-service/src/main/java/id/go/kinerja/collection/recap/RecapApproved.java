package id.go.kinerja.collection.recap;

import java.util.UUID;

/** What collection reads of {@code RecapApproved} (docs/events.md); other fields are ignored. */
public record RecapApproved(UUID roundId, Integer year, Integer quarter, String note) {
}
