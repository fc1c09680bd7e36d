package id.go.kinerja.collection.sop;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.collection.round.RoundStatus;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.procedure.StepStatus;
import java.time.Instant;
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
        List<Step> steps) {

    @Schema(name = "TimelineStep")
    public record Step(
            @Schema(example = "A6") String step,
            @Schema(example = "Operator menginput data kinerja pada aplikasi") String name,
            @Schema(example = "Operators enter the performance data") String nameEn,
            @Schema(example = "1") int cycle,
            @Schema(description = "The agency's standard time; null when the step has none", example = "2d")
            String standardTime,
            Instant startedAt,
            Instant endedAt,
            @Schema(description = "When the standard time runs out, counted in working time") Instant deadline,
            @Schema(description = "Working time taken so far, ISO-8601", example = "PT12H30M") String workingTime,
            @Schema(example = "45000") long workingSeconds,
            StepStatus status,
            @Schema(description = "Who holds the step while it runs (NOT_STARTED: who will)") Holder heldBy,
            @Schema(description = "Who did it, once done") Actor doneBy,
            @Schema(description = "The step's output: memo, minutes, work plan, checklist, briefing, or what the "
                    + "services recorded (entries, revision, decision, disposition, archive id)") JsonNode output,
            @Schema(description = "When StepOverdue was published for it, if it was") Instant overdueReportedAt) {
    }

    @Schema(name = "StepHolder")
    public record Holder(
            @Schema(example = "OPERATOR") String role,
            @Schema(description = "For A6 and A7: the divisions with entries still waiting", example = "[\"METROLOGI\"]")
            List<String> divisions) {
    }
}
