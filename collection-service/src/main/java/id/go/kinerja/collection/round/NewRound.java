package id.go.kinerja.collection.round;

import id.go.kinerja.platform.procedure.StepOutputs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The period of a new collection round and the Head's memo that orders it (SOP A1)")
public record NewRound(
        @Schema(example = "2025") @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Quarter (triwulan) 1-4", example = "1") @NotNull @Min(1) @Max(4) Integer quarter,
        @NotNull @Valid StepOutputs.HeadMemo memo) {
}
