package id.go.kinerja.measurement.recap;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reopened", description = "Indicators whose methodology the Secretary returned to the team (SOP B8)")
public record ReopenedView(
        UUID recapId,
        @Schema(description = "The returned revision") int revision,
        RecapStatus recapState,
        @Schema(description = "The Secretary's overall note") String note,
        @Schema(description = "Items returned to MEASUREMENT; empty unless the recap is RETURNED") List<Item> items,
        @Schema(description = "How many items of the revision went back to COLLECTION instead") int returnedToCollection) {

    @Schema(name = "ReopenedItem")
    public record Item(
            @Schema(example = "IKS-01") String indicatorCode,
            String indicatorName,
            @Schema(description = "The Secretary's reason (alasan)",
                    example = "Gunakan rumus rasio untuk indikator negatif") String reason,
            @Schema(description = "Methodology version of the returned result") int methodologyVersionAtReturn,
            @Schema(description = "Methodology version now in force") int currentMethodologyVersion,
            @Schema(description = "True once a newer methodology version was saved") boolean fixed) {
    }
}
