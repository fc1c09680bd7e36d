package id.go.kinerja.measurement.sop;

import id.go.kinerja.platform.procedure.MeasurementStep;
import id.go.kinerja.platform.procedure.OutputKind;
import id.go.kinerja.platform.worktime.StandardTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A step of SOP part B with the caller's agency's standard time (waktu baku)")
public record StepDefinitionView(
        @Schema(example = "B4") String step,
        @Schema(example = "4") int number,
        @Schema(example = "Tim menyusun metodologi pengukuran berdasarkan indikator SMART") String name,
        @Schema(example = "Team prepares the measurement methodology from SMART indicators") String nameEn,
        @Schema(description = "Role holding the step while it runs", example = "SAKIP_TEAM") String ownerRole,
        @Schema(example = "measurement-service") String ownerService,
        @Schema(description = "Steps that must be done first", example = "[\"B3\"]") List<String> predecessors,
        OutputKind output,
        @Schema(description = "true: a person records it here; false: it follows from what the services do")
        boolean recordedByPerson,
        @Schema(description = "The agency's standard time in working time: minutes (90m) or working days (2d); "
                + "null when the step has none", example = "120m") String standardTime,
        @Schema(description = "The SOP's own standard time", example = "120m") String sopStandardTime) {

    static StepDefinitionView of(MeasurementStep step, StandardTime standardTime) {
        return new StepDefinitionView(step.name(), step.number(), step.definition().nameId(),
                step.definition().nameEn(), step.definition().ownerRole(), step.definition().ownerService(),
                step.predecessors().stream().map(Enum::name).toList(), step.definition().output(),
                step.definition().recordedByPerson(), standardTime == null ? null : standardTime.toString(),
                step.standardTime().map(StandardTime::toString).orElse(null));
    }
}
