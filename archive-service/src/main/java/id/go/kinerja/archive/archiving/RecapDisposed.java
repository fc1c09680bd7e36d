package id.go.kinerja.archive.archiving;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.platform.events.MalformedEventException;
import java.time.Instant;
import java.util.UUID;

/**
 * The part of {@code RecapDisposed} (docs/events.md) the archive reads to file the document. The
 * archive stores the whole event regardless; this reader ignores everything else, so the producer may
 * add fields freely.
 */
public record RecapDisposed(
        String agencyName,
        UUID roundId,
        Integer year,
        Integer quarter,
        JsonNode items,
        JsonNode reviews,
        Disposition disposition) {

    public static final String EVENT_TYPE = "RecapDisposed";

    public record Disposition(String text, String decidedBy, Instant decidedAt) {
    }

    /**
     * An archived record cannot be completed later, so an event without the parts that make it a
     * disposed recap is refused (and goes to the dead-letter topic) rather than archived half.
     */
    void requireComplete() {
        if (roundId == null || year == null || quarter == null || quarter < 1 || quarter > 4) {
            throw new MalformedEventException("RecapDisposed without roundId, year or a quarter 1-4");
        }
        if (items == null || !items.isArray() || reviews == null || !reviews.isArray()) {
            throw new MalformedEventException("RecapDisposed without its items[] or reviews[]");
        }
        if (disposition == null || disposition.decidedAt() == null) {
            throw new MalformedEventException("RecapDisposed without the Head's disposition");
        }
    }
}
