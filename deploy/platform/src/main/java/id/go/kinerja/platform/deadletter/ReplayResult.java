package id.go.kinerja.platform.deadletter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a replay of one dead letter. */
@Schema(description = "What a replay did with one dead letter")
public record ReplayResult(
        int partition,
        long offset,
        String eventType,
        String eventId,
        @Schema(description = "REPLAYED: sent to its topic now; ALREADY_REPLAYED: it was sent before (see replay) and is "
                + "not sent again") Status status,
        Replay replay) {

    public enum Status { REPLAYED, ALREADY_REPLAYED }
}
