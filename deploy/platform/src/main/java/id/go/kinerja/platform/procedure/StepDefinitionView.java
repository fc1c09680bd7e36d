package id.go.kinerja.platform.procedure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.go.kinerja.platform.worktime.StandardTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A step of the service's SOP procedure (part A in collection, part B in measurement) with the "
        + "caller's agency's standard time (waktu baku)")
public record StepDefinitionView(
        @Schema(example = "A6") String step,
        @Schema(example = "6") int number,
        @Schema(example = "Operator menginput data kinerja pada aplikasi") String name,
        @Schema(example = "Operators enter the performance data") String nameEn,
        @Schema(description = "Role holding the step while it runs", example = "OPERATOR") String ownerRole,
        @Schema(example = "collection-service") String ownerService,
        @Schema(description = "Steps that must be done first", example = "[\"A5\"]") List<String> predecessors,
        OutputKind output,
        @Schema(description = "true: a person records it here; false: it follows from what the services do")
        boolean recordedByPerson,
        @Schema(description = "The agency's standard time in working time: minutes (90m) or working days (2d); "
                + "null when the step has none", example = "2d") String standardTime,
        @Schema(description = "The SOP's own standard time", example = "2d") String sopStandardTime) {

    /**
     * The entity tag of the step's standard time: the standard time itself ("2d"), or "none"; what changes when an
     * ADMIN sets it, and what If-Match names when setting it.
     */
    @JsonIgnore
    public String entityTag() {
        return standardTime == null ? "none" : standardTime;
    }

    /** @param standardTime the agency's; null when the step has none */
    public static StepDefinitionView of(ProcedureStep step, StandardTime standardTime) {
        ProcedureStep.Definition definition = step.definition();
        return new StepDefinitionView(step.name(), step.number(), definition.nameId(), definition.nameEn(),
                definition.ownerRole(), definition.ownerService(),
                step.predecessors().stream().map(ProcedureStep::name).toList(), definition.output(),
                definition.recordedByPerson(), standardTime == null ? null : standardTime.toString(),
                step.standardTime().map(StandardTime::toString).orElse(null));
    }

    /** Every step of the procedure in its order, with the agency's standard times ({@link StandardTimeTable}). */
    public static <S extends Enum<S> & ProcedureStep> List<StepDefinitionView> catalogue(Procedure<S> procedure,
                                                                                         Map<S, StandardTime> times) {
        return procedure.steps().stream().map(step -> of(step, times.get(step))).toList();
    }
}
