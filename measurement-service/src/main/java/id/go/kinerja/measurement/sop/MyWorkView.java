package id.go.kinerja.measurement.sop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementMyWork", description = "What waits for the caller in measurement, oldest first")
public record MyWorkView(List<Item> items) {

    @Schema(name = "MeasurementMyWorkKind", description = "MEMO (a recap arrived for a period whose round the Head has "
            + "not opened: B1), STEP (a running SOP step the caller's role holds), METHODOLOGY (an indicator without "
            + "methodology), FIX (an item the Secretary returned to MEASUREMENT: new methodology version, then "
            + "remeasure)")
    public enum Kind {
        MEMO, STEP, METHODOLOGY, FIX
    }

    @Schema(name = "MeasurementMyWorkItem")
    public record Item(
            Kind kind,
            @Schema(example = "2025") Integer year,
            @Schema(example = "1") Integer quarter,
            @Schema(example = "B4") String step,
            @Schema(example = "Team prepares the measurement methodology from SMART indicators") String stepName,
            @Schema(description = "For FIX, and MEMO when a recap waits") UUID recapId,
            @Schema(description = "For METHODOLOGY and FIX", example = "IKS-02") String indicatorCode,
            @Schema(description = "For METHODOLOGY and FIX; for FIX the Secretary's reason") String detail,
            @Schema(description = "Since when it waits") Instant since,
            @Schema(example = "120m") String standardTime,
            Instant deadline,
            boolean overdue) {
    }
}
