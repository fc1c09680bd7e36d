package id.go.kinerja.approval.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A measured recap awaiting the Secretary's review (telaah), in the inbox")
public record InboxEntry(
        UUID recapId,
        @Schema(description = "The collection round (putaran pengumpulan) the recap belongs to") UUID roundId,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        @Schema(description = "Revision awaiting review", example = "1") int revision,
        @Schema(description = "Measurement of that revision (more than 1 after a methodology fix)", example = "1") int measuredRevision,
        @Schema(description = "When the measured recap reached the inbox") Instant receivedAt,
        @Schema(description = "The agency's headline achievement (capaian IKU, Sasaran level), %; null when not evaluable",
                example = "94.25") BigDecimal headlineAchievement,
        @Schema(description = "Number of items (indicators)", example = "12") int itemCount,
        @Schema(description = "Items accepted so far", example = "10") long acceptedCount,
        @Schema(description = "Items marked for return so far", example = "1") long returnedCount,
        @Schema(description = "When the recap last changed in the approval step (a new revision or measurement "
                + "arrived); decisions on single items do not change it") Instant updatedAt) {
}
