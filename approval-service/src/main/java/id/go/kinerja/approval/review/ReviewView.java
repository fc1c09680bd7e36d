package id.go.kinerja.approval.review;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A concluded review (telaah Sekretaris) of one revision, with its per-item decisions")
public record ReviewView(
        @Schema(example = "1") int revision,
        @Schema(example = "1") int measuredRevision,
        ReviewOutcome decision,
        @Schema(example = "sekretaris@disdagtrans") String decidedBy,
        Instant decidedAt,
        @Schema(description = "Overall note (catatan)") String note,
        @Schema(description = "Every item decided in this review, in document order") List<Item> items) {

    @Schema(name = "ReviewItem", description = "The decision on one item in a concluded review")
    public record Item(
            @Schema(example = "IKP-02") String indicatorCode,
            Decision decision,
            String reason,
            ReturnTo returnTo) {
    }
}
