package id.go.kinerja.collection.round;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A collection round (pengumpulan data kinerja) in a list")
public record RoundSummary(
        UUID roundId,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        RoundStatus status,
        @Schema(example = "secretary@disdagtrans") String openedBy,
        Instant openedAt,
        @Schema(description = "Number of indicators to collect") long items,
        @Schema(description = "Number of entries per state", example = "{\"VERIFIED\": 10, \"ENTERED\": 2}")
        Map<EntryState, Long> entries,
        @Schema(description = "When the round itself last changed: opened, submitted, returned, approved or archived "
                + "(an entry's change does not change it)") Instant updatedAt) {
}
