package id.go.kinerja.measurement.sop;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.measurement.recap.RecapState;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.procedure.StepStatus;
import java.time.Instant;
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
        RecapStatus recap,
        List<Step> steps) {

    @Schema(name = "MeasurementTimelineStep")
    public record Step(
            @Schema(example = "B4") String step,
            @Schema(example = "Tim menyusun metodologi pengukuran berdasarkan indikator SMART") String name,
            @Schema(example = "Team prepares the measurement methodology from SMART indicators") String nameEn,
            @Schema(example = "1") int cycle,
            @Schema(description = "The agency's standard time; null when the step has none", example = "120m")
            String standardTime,
            Instant startedAt,
            Instant endedAt,
            @Schema(description = "When the standard time runs out, counted in working time") Instant deadline,
            @Schema(description = "Working time taken so far, ISO-8601", example = "PT1H30M") String workingTime,
            @Schema(example = "5400") long workingSeconds,
            StepStatus status,
            @Schema(description = "The role holding the step while it runs (NOT_STARTED: that will)",
                    example = "SAKIP_TEAM") String heldBy,
            @Schema(description = "Who did it, once done") Actor doneBy,
            @Schema(description = "The step's output: memo, minutes, work plan, methodology, or what the services "
                    + "recorded (measured revision, decision, disposition, archive id)") JsonNode output,
            @Schema(description = "When StepOverdue was published for it, if it was") Instant overdueReportedAt) {
    }

    @Schema(name = "MeasurementRoundRecap")
    public record RecapStatus(UUID recapId, @Schema(example = "1") int revision, RecapState state) {
    }
}
