package id.go.kinerja.collection.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a plan document changed")
public record ImportSummary(
        @Schema(example = "2025") int year,
        int divisionsCreated,
        int divisionsUpdated,
        int nodesCreated,
        int nodesUpdated,
        int indicatorsCreated,
        int indicatorsUpdated,
        @Schema(description = "Targets of the year now recorded") int targets) {
}
