package id.go.kinerja.collection.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A performance indicator (indikator kinerja), without its targets")
public record IndicatorSummary(
        @Schema(example = "IKP-02") String code,
        @Schema(example = "Jumlah pelaku usaha yang mengikuti pelatihan") String name,
        @Schema(example = "orang") String unit,
        @Schema(example = "3.30.07") String nodeCode,
        @Schema(example = "PERDAGANGAN") String divisionCode,
        Polarity polarity,
        ValueType valueType,
        Frequency frequency,
        PeriodAggregation periodAggregation,
        long version) {

    static IndicatorSummary of(Indicator indicator) {
        return new IndicatorSummary(indicator.code, indicator.name, indicator.unit, indicator.node.code,
                indicator.division.code, indicator.polarity, indicator.valueType, indicator.frequency,
                indicator.periodAggregation, indicator.version);
    }
}
