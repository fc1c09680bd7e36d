package id.go.kinerja.collection.recap;

import java.util.UUID;

/** What collection reads of {@code RecapArchived} (docs/events.md); other fields are ignored. */
public record RecapArchived(UUID roundId, String archiveId, String contentHash, Long chainPosition, String previousHash) {
}
