package id.go.kinerja.collection.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How an indicator's targets changed: every published version that held the indicator, oldest "
        + "first, with its targets (e.g. PK 2025, then PK Perubahan 1 of 2025)")
public record TargetHistory(
        @Schema(example = "IKP-01") String indicatorCode,
        List<Held> versions) {

    @Schema(description = "One version holding the indicator and the indicator's targets in it")
    public record Held(
            PlanVersionView version,
            @Schema(description = "The indicator's name in that version") String indicatorName,
            @Schema(description = "Targets by year (only the asked year when filtered)")
            List<IndicatorView.YearTargets> targets) {
    }
}
