package id.go.kinerja.measurement.recap;

import id.go.kinerja.platform.events.Actor;
import java.time.Instant;

/**
 * What happens to a recap here, raised inside the transaction that did it, for whoever records it: the SOP
 * timeline observes them (B5-B10). In-process only; nothing here leaves the service.
 */
public final class RecapProgress {

    private RecapProgress() {
    }

    /**
     * A revision was measured; {@code forwarded} when the result went to the Secretary, not when it is held back
     * for missing methodologies.
     */
    public record Measured(RecapRef recap, int measuredRevision, int items, boolean forwarded, Actor actor) {
    }

    /** The Secretary returned {@code items} items, {@code toMeasurement} of them to measurement. */
    public record Returned(RecapRef recap, int items, int toMeasurement, Actor secretary, Instant at) {
    }

    /** The Secretary approved the revision. */
    public record Approved(RecapRef recap, String note, Actor secretary, Instant at) {
    }

    /** The Head's disposition of the approved recap. */
    public record Disposed(RecapRef recap, String disposition, Actor head, Instant at) {
    }

    /** The archive sealed the approved recap. */
    public record Archived(RecapRef recap, String archiveId, String contentHash, Instant at) {
    }
}
