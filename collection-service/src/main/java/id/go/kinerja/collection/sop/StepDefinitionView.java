package id.go.kinerja.collection.sop;

import id.go.kinerja.platform.procedure.CollectionStep;
import id.go.kinerja.platform.procedure.OutputKind;
import id.go.kinerja.platform.worktime.StandardTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A step of SOP part A with the caller's agency's standard time (waktu baku)")
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

    static StepDefinitionView of(CollectionStep step, StandardTime standardTime) {
        return new StepDefinitionView(step.name(), step.number(), step.definition().nameId(), step.definition().nameEn(),
                step.definition().ownerRole(), step.definition().ownerService(),
                step.predecessors().stream().map(Enum::name).toList(), step.definition().output(),
                step.definition().recordedByPerson(), standardTime == null ? null : standardTime.toString(),
                step.standardTime().map(StandardTime::toString).orElse(null));
    }
}
