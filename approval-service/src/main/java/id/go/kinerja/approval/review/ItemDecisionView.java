package id.go.kinerja.approval.review;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The Secretary's decision on one item of one revision")
public record ItemDecisionView(
        @Schema(example = "IKP-02") String indicatorCode,
        @Schema(example = "1") int revision,
        @Schema(example = "1") int measuredRevision,
        Decision decision,
        @Schema(description = "Reason for returning (alasan)") String reason,
        ReturnTo returnTo,
        @Schema(description = "User id of the Secretary", example = "sekretaris@disdagtrans") String decidedBy,
        Instant decidedAt) {

    static ItemDecisionView of(ItemDecision decision) {
        return new ItemDecisionView(decision.indicatorCode, decision.document.revision(),
                decision.document.measuredRevision(), decision.decision, decision.reason, decision.returnTo,
                decision.decidedBy, decision.decidedAt);
    }
}
