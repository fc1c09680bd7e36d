package id.go.kinerja.collection.sop;

import id.go.kinerja.collection.round.RoundStatus;
import id.go.kinerja.platform.procedure.TimelineStep;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a round stands in SOP part A: every step, in order, cycle by cycle (a return of the recap "
        + "runs A6-A10 again as the next cycle)")
public record TimelineView(
        UUID roundId,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        RoundStatus roundStatus,
        @Schema(description = "The current cycle: 1, plus one per return", example = "1") int cycle,
        List<TimelineStep<Holder>> steps) {

    @Schema(name = "StepHolder")
    public record Holder(
            @Schema(example = "OPERATOR") String role,
            @Schema(description = "For A6 and A7: the divisions with entries still waiting", example = "[\"METROLOGI\"]")
            List<String> divisions) {
    }
}
