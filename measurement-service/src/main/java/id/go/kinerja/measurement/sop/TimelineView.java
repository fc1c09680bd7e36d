package id.go.kinerja.measurement.sop;

import id.go.kinerja.measurement.recap.RecapStatus;
import id.go.kinerja.platform.procedure.TimelineStep;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a measurement round stands in SOP part B: every step, in order, cycle by cycle (a return "
        + "of the recap runs B5-B8 again as the next cycle)")
public record TimelineView(
        UUID roundId,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        @Schema(description = "The current cycle: 1, plus one per return", example = "1") int cycle,
        @Schema(description = "The period's recap as measurement holds it; null before collection submitted one")
        RoundRecap recap,
        List<TimelineStep<String>> steps) {

    @Schema(name = "MeasurementRoundRecap")
    public record RoundRecap(UUID recapId, @Schema(example = "1") int revision, RecapStatus state) {
    }
}
