package id.go.kinerja.platform.procedure;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.worktime.StandardTime;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of a round's timeline in one cycle, against the agency's standard time.
 *
 * @param <H> who holds the step while it runs, as the service tells it
 */
public record TimelineStep<H>(
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
        @Schema(description = "Who holds the step while it runs (NOT_STARTED: who will)") H heldBy,
        @Schema(description = "Who did it, once done") Actor doneBy,
        @Schema(description = "The step's output: memo, minutes, work plan, checklist, briefing, methodology, or what "
                + "the services recorded (entries, revision, decision, disposition, archive id)") JsonNode output,
        @Schema(description = "When StepOverdue was published for it, if it was") Instant overdueReportedAt) {

    /** @param heldBy null once the step is done */
    static <S extends Enum<S> & ProcedureStep, H> TimelineStep<H> of(StepRow<S> row, StandardTime standard,
                                                                     ServiceLevel level, H heldBy, JsonNode output) {
        ProcedureStep.Definition definition = row.step().definition();
        return new TimelineStep<>(row.step().name(), definition.nameId(), definition.nameEn(), row.cycle(),
                standard == null ? null : standard.toString(), row.startedAt(), row.endedAt(), level.deadline(),
                level.workingTime().toString(), level.workingTime().toSeconds(), level.status(), heldBy,
                row.doneBy(), output, row.overdueReportedAt());
    }
}
