package id.go.kinerja.collection.recap;

import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.platform.events.Actor;
import java.time.Instant;

/**
 * What happens to a round's recap here, raised inside the transaction that did it (which holds the round's lock),
 * for whoever records it: the SOP timeline observes them. In-process only; nothing here leaves the service.
 */
public final class RecapProgress {

    private RecapProgress() {
    }

    /** The team submitted a revision of {@code items} entries. */
    public record Submitted(CollectionRound round, int revision, int items, Actor team) {
    }

    /** The Secretary returned the revision with {@code items} items to correct. */
    public record Returned(CollectionRound round, int revision, int items, Actor secretary, Instant at) {
    }

    /** The Secretary approved the revision. */
    public record Approved(CollectionRound round, int revision, String note, Actor secretary, Instant at) {
    }

    /** The archive sealed the approved recap. */
    public record Archived(CollectionRound round, String archiveId, String contentHash, Instant at) {
    }
}
