package id.go.kinerja.measurement.recap;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "RecapSummary", description = "A measured recap in a list")
public record RecapSummary(
        UUID recapId,
        UUID roundId,
        String agencyName,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        @Schema(description = "The recap's current (latest submitted) revision") int currentRevision,
        @Schema(description = "Which measurement of the current revision is current") int currentMeasuredRevision,
        RecapStatus state,
        Integer approvedRevision,
        @Schema(description = "Headline achievement (capaian IKU); hidden from division-bound callers",
                example = "87.25") BigDecimal headlineAchievement,
        int itemCount,
        Instant updatedAt) {

    RecapSummary withoutHeadline() {
        return new RecapSummary(recapId, roundId, agencyName, year, quarter, currentRevision, currentMeasuredRevision, state,
                approvedRevision, null, itemCount, updatedAt);
    }
}
