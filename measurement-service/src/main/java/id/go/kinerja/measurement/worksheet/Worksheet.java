package id.go.kinerja.measurement.worksheet;

import id.go.kinerja.measurement.recap.MeasurementView;
import id.go.kinerja.measurement.recap.RecapMeasured.CombinedValue;
import id.go.kinerja.measurement.recap.RecapMeasured.MeasuredItem;
import id.go.kinerja.measurement.recap.RecapMeasured.MeasuredNode;
import id.go.kinerja.measurement.recap.RecapMeasured;
import id.go.kinerja.measurement.recap.RecapStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Worksheet", description = "The filled measurement worksheet (Kertas Kerja Pengukuran Kinerja, SOP B5-B6) "
        + "of one measurement of a recap: indicators in plan order, each plan node's roll-up with its budget "
        + "absorption, and each level's summary")
public record Worksheet(
        UUID recapId,
        String agencyCode,
        String agencyName,
        int year,
        @Schema(description = "Quarter (triwulan) 1-4; 4 is the annual report") int quarter,
        int revision,
        int measuredRevision,
        RecapStatus recapState,
        @Schema(description = "True when this revision was approved: its results never change") boolean frozen,
        @Schema(description = "Whether it went to the Secretary") boolean forwarded,
        Instant measuredAt,
        RecapMeasured.ScaleRef predicateScale,
        BigDecimal rollUpCeiling,
        @Schema(description = "Headline achievement (capaian IKU), the OBJECTIVE level summary") BigDecimal headlineAchievement,
        @Schema(description = "Indicators without a methodology (tanpa metodologi)") List<String> methodologyMissing,
        List<IndicatorRow> indicators,
        List<NodeRow> nodes,
        List<RecapMeasured.LevelSummary> levels) {

    @Schema(name = "WorksheetIndicator", description = "One row of the worksheet: an indicator and its achievement")
    public record IndicatorRow(
            @Schema(example = "IKP-02") String code,
            String name,
            @Schema(example = "orang") String unit,
            String nodeCode,
            String divisionCode,
            @Schema(description = "Methodology version used") Integer methodologyVersion,
            @Schema(description = "Combined target (target)") CombinedValue target,
            @Schema(description = "Combined realisation (realisasi)") CombinedValue realisation,
            String rule,
            @Schema(description = "Formula used (rumus)", example = "R / T × 100") String formula,
            @Schema(description = "Achievement (capaian), percent", example = "80.00") BigDecimal achievement,
            @Schema(description = "Predicate (predikat)", example = "TINGGI") String predicate,
            @Schema(example = "OK") String status,
            List<String> flags,
            String note) {
    }

    @Schema(name = "WorksheetNode", description = "A plan node's roll-up with its budget absorption beside it")
    public record NodeRow(
            String code,
            @Schema(example = "PROGRAM") String level,
            String name,
            String parentCode,
            String status,
            @Schema(description = "Achievement (capaian), percent") BigDecimal achievement,
            String predicate,
            int evaluatedIndicators,
            int leftOutIndicators,
            @Schema(description = "Budget ceiling (pagu), IDR") BigDecimal budgetCeiling,
            @Schema(description = "Realised spending (realisasi anggaran), IDR") BigDecimal budgetRealised,
            @Schema(description = "Budget absorption (serapan anggaran), percent") BigDecimal budgetAbsorption) {
    }

    static Worksheet of(MeasurementView measurement) {
        List<MeasuredNode> ordered = planOrder(measurement.nodes());
        Map<String, Integer> position = new LinkedHashMap<>();
        ordered.forEach(node -> position.put(node.code(), position.size()));
        List<IndicatorRow> indicators = measurement.items().stream()
                .sorted((a, b) -> Integer.compare(position.getOrDefault(a.nodeCode(), Integer.MAX_VALUE),
                        position.getOrDefault(b.nodeCode(), Integer.MAX_VALUE)))
                .map(Worksheet::row)
                .toList();
        List<NodeRow> nodes = ordered.stream().map(Worksheet::row).toList();
        return new Worksheet(measurement.recapId(), measurement.agencyCode(), measurement.agencyName(),
                measurement.year(), measurement.quarter(), measurement.revision(), measurement.measuredRevision(),
                measurement.recapState(), measurement.frozen(), measurement.forwarded(), measurement.measuredAt(),
                measurement.predicateScale(), measurement.rollUpCeiling(), measurement.headlineAchievement(),
                measurement.methodologyMissing(), indicators, nodes, measurement.levelSummaries());
    }

    private static IndicatorRow row(MeasuredItem item) {
        RecapMeasured.ItemResult result = item.result();
        return new IndicatorRow(item.indicatorCode(), item.indicatorName(), item.unit(), item.nodeCode(),
                item.divisionCode(), result.methodologyVersion(), result.target(), result.realisation(), result.rule(),
                result.formula(), result.achievement(), result.predicate(), result.status(), result.flags(),
                result.note());
    }

    private static NodeRow row(MeasuredNode node) {
        RecapMeasured.NodeRollUp rollUp = node.rollUp();
        return new NodeRow(node.code(), node.level(), node.name(), node.parentCode(), rollUp.status(),
                rollUp.achievement(), rollUp.predicate(), rollUp.evaluatedIndicators(), rollUp.leftOutIndicators(),
                node.budgetCeiling(), node.budgetRealised(), rollUp.budgetAbsorption());
    }

    /** Each node followed by its children (Tujuan → Sasaran → Program → Kegiatan → Sub Kegiatan), as a report prints them. */
    private static List<MeasuredNode> planOrder(List<MeasuredNode> nodes) {
        Map<String, List<MeasuredNode>> children = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        nodes.forEach(node -> codes.add(node.code()));
        List<MeasuredNode> roots = new ArrayList<>();
        for (MeasuredNode node : nodes) {
            if (node.parentCode() == null || !codes.contains(node.parentCode()) || node.parentCode().equals(node.code())) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parentCode(), parent -> new ArrayList<>()).add(node);
            }
        }
        List<MeasuredNode> ordered = new ArrayList<>(nodes.size());
        Set<String> visited = new HashSet<>();
        roots.forEach(root -> visit(root, children, visited, ordered));
        // nodes in a parent cycle have no root; they still belong on the worksheet
        nodes.stream().filter(node -> !visited.contains(node.code())).forEach(node -> visit(node, children, visited, ordered));
        return ordered;
    }

    private static void visit(MeasuredNode node, Map<String, List<MeasuredNode>> children, Set<String> visited,
                              List<MeasuredNode> ordered) {
        if (!visited.add(node.code())) {
            return;
        }
        ordered.add(node);
        children.getOrDefault(node.code(), List.of()).forEach(child -> visit(child, children, visited, ordered));
    }
}
