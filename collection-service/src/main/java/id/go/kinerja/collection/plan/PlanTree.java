package id.go.kinerja.collection.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The plan tree of one year: tujuan → sasaran → program → kegiatan → sub kegiatan, each node "
        + "with its pagu of the year and its indicators with their targets of the year")
public record PlanTree(
        @Schema(example = "DISDAGTRANS") String agencyCode,
        @Schema(example = "Dinas Perdagangan dan Transmigrasi") String agencyName,
        @Schema(example = "2025") int year,
        List<Node> goals) {

    /** The tree of a plan document, live or of a published version: children and indicators in code order. */
    public static PlanTree of(PlanDocument document) {
        Map<String, List<IndicatorWithTargets>> indicators = new HashMap<>();
        for (PlanDocument.IndicatorSpec spec : document.indicators()) {
            indicators.computeIfAbsent(spec.nodeCode(), code -> new ArrayList<>())
                    .add(new IndicatorWithTargets(spec.code(), spec.name(), spec.unit(), spec.divisionCode(),
                            spec.polarity(), spec.valueType(), spec.frequency(), spec.periodAggregation(), spec.targets()));
        }
        Map<String, List<PlanDocument.Node>> children = new HashMap<>();
        document.nodes().stream().filter(node -> node.parentCode() != null)
                .forEach(node -> children.computeIfAbsent(node.parentCode(), code -> new ArrayList<>()).add(node));
        List<Node> goals = document.nodes().stream().filter(node -> node.parentCode() == null)
                .map(node -> node(node, children, indicators)).toList();
        return new PlanTree(document.agencyCode(), document.agencyName(), document.year(), goals);
    }

    private static Node node(PlanDocument.Node node, Map<String, List<PlanDocument.Node>> children,
                             Map<String, List<IndicatorWithTargets>> indicators) {
        List<Node> below = children.getOrDefault(node.code(), List.of()).stream()
                .map(child -> node(child, children, indicators)).toList();
        return new Node(node.code(), node.level(), node.name(), node.budgetCeiling(),
                indicators.getOrDefault(node.code(), List.of()), below);
    }

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
