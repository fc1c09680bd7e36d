package id.go.kinerja.collection.sop;

import java.time.Instant;
import java.util.UUID;

/** What collection reads of {@code RecapDisposed} (docs/events.md): the Head's disposition; the rest is ignored. */
public record RecapDisposed(UUID roundId, Disposition disposition) {

    public record Disposition(String text, String decidedBy, Instant decidedAt) {
    }
}
