package id.go.kinerja.collection.plan;

import id.go.kinerja.platform.api.Versioned;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A performance indicator (indikator kinerja) with its targets of every year")
public record IndicatorView(
        @Schema(example = "IKP-02") String code,
        @Schema(example = "Jumlah pelaku usaha yang mengikuti pelatihan") String name,
        @Schema(example = "orang") String unit,
        @Schema(example = "3.30.07") String nodeCode,
        @Schema(example = "PERDAGANGAN") String divisionCode,
        Polarity polarity,
        ValueType valueType,
        Frequency frequency,
        PeriodAggregation periodAggregation,
        @Schema(description = "The version, also the ETag; send it back as If-Match when replacing targets") long version,
        @Schema(description = "Targets by year") List<YearTargets> targets) implements Versioned {

    @Schema(description = "The targets of one year")
    public record YearTargets(@Schema(example = "2025") int year, List<Target> targets) {
    }
}
