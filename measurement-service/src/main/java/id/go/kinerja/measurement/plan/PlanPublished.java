package id.go.kinerja.measurement.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The part of collection's {@code PlanPublished} (docs/events.md) that measurement reads: the plan version and its
 * indicators with the plan's hints on how to measure them. Unknown fields are ignored (tolerant reader).
 */
public record PlanPublished(
        String agencyName,
        PlanVersionRef planVersion,
        int yearFrom,
        int yearTo,
        List<Indicator> indicators) {

    public record PlanVersionRef(UUID id, String kind, int number) {
    }

    public record Indicator(
            String indicatorCode,
            String indicatorName,
            String unit,
            String nodeCode,
            String level,
            String divisionCode,
            String polarity,
            String valueType,
            String frequency,
            String periodAggregation,
            List<YearTargets> targets) {
    }

    public record YearTargets(int year, List<Target> targets) {
    }

    public record Target(Integer quarter, BigDecimal value, BigDecimal min, BigDecimal max, String grade) {
    }
}
