package id.go.kinerja.collection.plan;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The plan tree of one year: tujuan → sasaran → program → kegiatan → sub kegiatan, each node "
        + "with its pagu of the year and its indicators with their targets of the year")
public record PlanTree(
        @Schema(example = "DISDAGTRANS") String agencyCode,
        @Schema(example = "Dinas Perdagangan dan Transmigrasi") String agencyName,
        @Schema(example = "2025") int year,
        List<Node> goals) {

    @Schema(name = "PlanTreeNode", description = "A node of the plan tree with its children")
    public record Node(
            String code,
            NodeLevel level,
            String name,
            @Schema(description = "Pagu (IDR) of the year, or null") BigDecimal budgetCeiling,
            List<IndicatorWithTargets> indicators,
            List<Node> children) {
    }

    @Schema(description = "An indicator of a node with its targets of the year (empty: not collected that year)")
    public record IndicatorWithTargets(
            String code,
            String name,
            String unit,
            String divisionCode,
            Polarity polarity,
            ValueType valueType,
            Frequency frequency,
            PeriodAggregation periodAggregation,
            List<Target> targets) {
    }
}
