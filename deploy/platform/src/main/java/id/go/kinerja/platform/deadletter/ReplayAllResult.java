package id.go.kinerja.platform.deadletter;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to "replay all": what was sent now, and what was left and why. */
@Schema(description = "What a replay of a whole dead-letter topic did")
public record ReplayAllResult(
        String topic,
        @Schema(description = "The dead letters sent to their topic by this call") List<ReplayResult> replayed,
        @Schema(description = "Dead letters of the caller's agency replayed before and not sent again") int alreadyReplayed,
        @Schema(description = "Messages that are not events (no readable JSON with eventId and agencyCode): they would "
                + "only fail again, so they are replayed one by one or not at all") int notEvents) {
}
