package id.go.kinerja.platform.deadletter;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** That a dead letter was sent back to its topic: where it landed, when, and who asked (table dead_letter_replay). */
@Schema(description = "A replay of a dead letter to its original topic (kirim ulang)")
public record Replay(
        @Schema(example = "kinerja.collection.recap-submitted") String targetTopic,
        @Schema(example = "1") int targetPartition,
        @Schema(example = "310") long targetOffset,
        Instant replayedAt,
        @Schema(description = "The ADMIN's user id", example = "admin@disdagtrans") String replayedBy,
        @Schema(description = "The request that replayed it, as in the audit trail") String requestId) {
}
